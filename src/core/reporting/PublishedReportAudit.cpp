// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The audit of a published report: every hidden count attacked as an outsider would, named
// in words. Kept apart from PublishedReport.cpp, which builds the linked tables.
#include "reporting/PublishedReport.h"

#include <cmath>

namespace lac {
namespace {

QString locationName(int location)
{
    switch (location) {
    case 0:
        return PublishedReport::tr("in area");
    case 1:
        return PublishedReport::tr("out of area or not known");
    default:
        return PublishedReport::tr("all");
    }
}

} // namespace

QString PublishedReport::describeCell(int cell) const
{
    const int columns = int(m_report.months.size()) + 1;
    const QList<ReportIndicator> indicators = allReportIndicators();
    if (const int k = int(m_leadCells.indexOf(cell)); k >= 0) {
        const auto ind = ReportIndicator(k / 3);
        return tr("%1, %2, %3")
            .arg(indicatorLabel(ind), rowColumnTitle(leadColumn(ind), ind), locationName(k % 3));
    }
    for (int c = 0; c < columns; ++c)
        for (ReportIndicator ind : indicators)
            for (int l = 0; l < 3; ++l)
                if (modelCell(c, ind, l) == cell)
                    return tr("%1, %2, %3")
                        .arg(indicatorLabel(ind), modelColumnTitle(c), locationName(l));
    const QString groupMeasures[] = {tr("IHAs in time"), tr("IHAs late"), tr("RHAs in time"),
                                     tr("RHAs late")};
    for (int i = 0; i < m_groupCells.size(); ++i)
        if (m_groupCells.at(i) == cell)
            return tr("%1, %2, %3")
                .arg(groupMeasures[i % 4], groupName(i / 4), columnTitle(periodColumn()));
    for (int i = 0; i < m_ownerCells.size(); ++i) {
        if (m_ownerCells.at(i) != cell || m_owners.isEmpty())
            continue;
        // Late with no reason recorded has no owner: never "late because of , Apr 2026".
        const QString owner = m_owners.at(i % m_owners.size());
        const QString column = modelColumnTitle(i / m_owners.size());
        return owner.isEmpty() ? tr("late, reason not recorded, %1").arg(column)
                               : tr("late because of %1, %2")
                                     .arg(ownerName(i % m_owners.size()).toLower(), column);
    }
    for (int i = 0; i < m_reasonCells.size(); ++i)
        if (m_reasonCells.at(i) == cell && !m_reasons.isEmpty())
            return tr("late: %1, %2")
                .arg(m_reasons.at(i % m_reasons.size()).description,
                     modelColumnTitle(i / m_reasons.size()));
    for (int i = 0; i < m_missedCells.size(); ++i)
        if (m_missedCells.at(i) == cell && !m_missedCodes.isEmpty())
            return tr("missed appointments (%1), %2")
                .arg(m_missedCodes.at(i % m_missedCodes.size()),
                     modelColumnTitle(i / m_missedCodes.size()));
    if (const int k = int(m_leadMissedCells.indexOf(cell)); k >= 0)
        return tr("missed appointments (%1), %2").arg(m_missedCodes.at(k), columnTitle(0));
    if (const int m = int(m_paperworkCells.indexOf(cell)); m >= 0)
        return tr("paperwork issues open at the end of %1").arg(modelColumnTitle(m));
    if (const int m = int(m_waitCells.indexOf(cell)); m >= 0)
        return tr("out-of-area requests waiting at the end of %1").arg(modelColumnTitle(m));
    return tr("a figure the paper implies but does not print (cell %1)").arg(cell);
}

PublishedReport::DisclosureAudit PublishedReport::audit() const
{
    DisclosureAudit result;
    const auto shown = [](double v) { return QString::number(std::lround(v)); };
    const QSet<int> given = alreadyGivenAway();
    for (const SmallNumberSuppression::Exposure& e : m_s.audit()) {
        const bool unsolved = std::isnan(e.lowest) || std::isnan(e.highest);
        if (const EarlierPaper* other = paperOf(e.cell)) {
            // Another paper's figure: only a small count it hid, newly worked out, matters
            // (a "*" of 5 or more that this paper shows is no child's count).
            const int v = m_s.value(e.cell);
            if (e.protectedEnough || given.contains(e.cell) || v < 1 || v >= other->threshold)
                continue;
            result.lines
                << tr("a figure of %1: CAN BE WORKED OUT with this paper").arg(paperName(*other));
            if (result.leak.isEmpty())
                result.leak = tr("a figure of %1 could be worked out when read with this paper")
                                  .arg(paperName(*other));
            continue;
        }
        if (!unsolved && !e.protectedEnough && given.contains(e.cell)) {
            result.lines << tr("%1: shown as %2; already given away by earlier papers")
                                .arg(describeCell(e.cell), m_s.text(e.cell));
            continue;
        }
        const bool small = m_s.value(e.cell) > 0 && m_s.value(e.cell) < m_s.threshold();
        QString range =
            unsolved             ? tr("NOT CHECKED: the solver gave no answer")
            : !e.protectedEnough ? tr("CAN BE WORKED OUT: %1").arg(shown(e.lowest))
            : std::isinf(e.highest)
                ? tr("the paper allows %1 or more").arg(shown(e.lowest))
                : tr("the paper allows %1 to %2").arg(shown(e.lowest), shown(e.highest));
        if (!unsolved && e.protectedEnough && small && !e.wholeInterval)
            range += tr(" (narrower than 1 to %1: the other labels alone allow no more)")
                         .arg(m_s.threshold() - 1);
        result.lines << tr("%1: shown as %2; %3")
                            .arg(describeCell(e.cell),
                                 !m_s.isPrinted(e.cell) ? tr("(not printed)") : m_s.text(e.cell),
                                 range);
        if (!e.protectedEnough && result.leak.isEmpty())
            result.leak = unsolved ? tr("%1 could not be checked by the disclosure audit")
                                         .arg(describeCell(e.cell))
                                   : tr("%1 could be worked out from the paper (it is %2)")
                                         .arg(describeCell(e.cell))
                                         .arg(std::lround(e.lowest));
    }
    return result;
}

PublishedReport::SuppressionFigures PublishedReport::suppressionFigures() const
{
    SuppressionFigures f;
    for (int c = 0; c < m_ownCells; ++c) {
        if (!m_s.isPrinted(c))
            continue;
        ++f.printed;
        const int v = m_s.value(c);
        f.small += v > 0 && v < m_s.threshold() ? 1 : 0;
        f.secondary += m_s.visibility(c) == SmallNumberSuppression::Visibility::Secondary ? 1 : 0;
        if (v >= m_s.threshold()) {
            ++f.large;
            f.largeHidden += m_s.isHidden(c) ? 1 : 0;
        }
    }
    return f;
}

} // namespace lac
