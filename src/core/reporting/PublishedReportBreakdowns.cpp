// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The breakdowns of a published report (placement types, late reasons and whose delay it was,
// the exceptions in words, the month-end backlogs), as suppressed text. Kept apart from
// PublishedReport.cpp, which builds the linked tables.
#include "reporting/PublishedReport.h"

#include "domain/PlacementGroup.h"
#include "reporting/DelayOwner.h"
#include "reporting/ExceptionsCommentary.h"
#include "reporting/LateReasonFolding.h"

namespace lac {

namespace {

QString typeName(const QString& code)
{
    return code.isEmpty() ? PublishedReport::tr("Placement not recorded")
                          : PlacementGroup::displayName(code);
}

} // namespace

QString PublishedReport::groupName(int group) const
{
    const QList<int>& members = m_groupRows.at(group);
    if (members.size() == 1)
        return typeName(m_report.groups.at(members.first()).group);
    // "Other placements (Other residential, Temporary)": what the combined row holds.
    const QString names = combinedGroupNames().join(tr(", "));
    return tr("Other placements (%1)").arg(names);
}

QString PublishedReport::groupCode(int group) const
{
    QStringList codes;
    for (int i : m_groupRows.at(group))
        codes << m_report.groups.at(i).group;
    return codes.join(QLatin1Char('+'));
}

QStringList PublishedReport::combinedGroupNames() const
{
    QStringList names;
    if (m_groupRows.isEmpty() || m_groupRows.last().size() < 2)
        return names;
    for (int i : m_groupRows.last())
        names << typeName(m_report.groups.at(i).group);
    return names;
}

QString PublishedReport::groupCount(int group, GroupMeasure measure) const
{
    return m_s.text(m_groupCells.at(group * 4 + int(measure)));
}

std::optional<int> PublishedReport::groupShown(int group, GroupMeasure measure) const
{
    const int cell = m_groupCells.at(group * 4 + int(measure));
    if (m_s.isHidden(cell))
        return std::nullopt;
    return m_s.value(cell);
}

std::optional<double> PublishedReport::groupPercentValue(int group, bool initial) const
{
    const auto inTime =
        groupShown(group, initial ? GroupMeasure::IhaInTime : GroupMeasure::RhaInTime);
    const auto late = groupShown(group, initial ? GroupMeasure::IhaLate : GroupMeasure::RhaLate);
    if (!inTime || !late)
        return std::nullopt;
    return percentInTime(*inTime, *late);
}

QString PublishedReport::groupPercent(int group, bool initial) const
{
    if (const auto p = groupPercentValue(group, initial))
        return percentText(*p);
    const int inTime = m_s.value(m_groupCells.at(group * 4 + (initial ? 0 : 2)));
    const int late = m_s.value(m_groupCells.at(group * 4 + (initial ? 1 : 3)));
    const bool hidden =
        !groupShown(group, initial ? GroupMeasure::IhaInTime : GroupMeasure::RhaInTime) ||
        !groupShown(group, initial ? GroupMeasure::IhaLate : GroupMeasure::RhaLate);
    return hidden && inTime + late > 0 ? SmallNumberSuppression::secondaryText()
                                       : QStringLiteral("–");
}

void PublishedReport::foldLateReasons()
{
    const QList<LateReasonCount> reasons = m_report.periodLateReasons();
    const LateReasonFolding::Rows rows =
        LateReasonFolding::fold(reasons, m_s.enabled() ? threshold() : 0);
    m_owners.clear();
    m_ownerRows = rows.owners;
    for (const QStringList& codes : rows.owners)
        m_owners << codes.join(QLatin1Char('+'));
    m_reasons.clear();
    m_reasonCodes.clear();
    for (int r = 0; r < rows.reasons.size(); ++r) {
        const QList<int>& members = rows.reasons.at(r);
        LateReasonCount row = reasons.at(members.first());
        const int owner = rows.reasonOwner.at(r);
        if (owner >= 0)
            row.owner = m_owners.at(owner);
        QStringList codes{row.code};
        if (members.size() > 1) {
            // "Other reasons counted together (paperwork incorrect or incomplete; consent
            // delayed or refused)": what the combined row holds, in the exceptions' words.
            QStringList phrases;
            codes.clear();
            row.count = 0;
            for (int i : members) {
                codes << reasons.at(i).code;
                phrases << ExceptionsCommentary::reasonPhrase(reasons.at(i).code,
                                                              reasons.at(i).description);
                row.count += reasons.at(i).count;
            }
            row.code = codes.join(QLatin1Char('+'));
            row.description = tr("Other reasons counted together (%1)").arg(phrases.join(tr("; ")));
        }
        m_reasons << row;
        m_reasonCodes << codes;
    }
}

QString PublishedReport::ownerName(int owner) const
{
    const QStringList& codes = m_ownerRows.at(owner);
    if (codes.size() == 1)
        return DelayOwner::displayName(codes.first());
    QStringList names;
    for (const QString& code : codes)
        names << DelayOwner::displayName(code);
    return tr("Others together (%1)").arg(names.join(tr(", ")));
}

QStringList PublishedReport::combinedLateRows() const
{
    QStringList names;
    for (int o = 0; o < m_ownerRows.size(); ++o)
        if (m_ownerRows.at(o).size() > 1)
            names << ownerName(o);
    for (int r = 0; r < m_reasons.size(); ++r)
        if (m_reasonCodes.at(r).size() > 1)
            names << m_reasons.at(r).description;
    return names;
}

QString PublishedReport::ownerCount(int column, int owner) const
{
    const int cell = m_ownerCells.at(modelColumn(column) * m_owners.size() + owner);
    return m_s.isPrinted(cell) ? m_s.text(cell) : QString();
}

std::optional<int> PublishedReport::ownerShown(int column, int owner) const
{
    const int cell = m_ownerCells.at(modelColumn(column) * m_owners.size() + owner);
    if (!m_s.isPrinted(cell) || m_s.isHidden(cell))
        return std::nullopt;
    return m_s.value(cell);
}

QString PublishedReport::reasonCount(int column, int reason) const
{
    const int cell = m_reasonCells.at(modelColumn(column) * m_reasons.size() + reason);
    return m_s.isPrinted(cell) ? m_s.text(cell) : QString();
}

QString PublishedReport::exceptions(int column) const
{
    QList<ExceptionsCommentary::Item> late;
    const int month = modelColumn(column);
    for (int r = 0; r < m_reasons.size(); ++r) {
        const int cell = m_reasonCells.at(month * m_reasons.size() + r);
        if (m_s.value(cell) > 0 || m_s.isHidden(cell))
            late << ExceptionsCommentary::Item{
                ExceptionsCommentary::reasonPhrase(m_reasons.at(r).code,
                                                   m_reasons.at(r).description),
                m_s.text(cell)};
    }
    QList<ExceptionsCommentary::Item> missed;
    const auto addMissed = [&](int m) {
        for (int k = 0; k < m_missedCodes.size(); ++k) {
            // Months given together: their missed appointments added up.
            const int cell = column == 0 && !m_leadMissedCells.isEmpty()
                                 ? m_leadMissedCells.at(k)
                                 : m_missedCells.at(m * m_missedCodes.size() + k);
            if (m_s.value(cell) > 0)
                missed << ExceptionsCommentary::Item{
                    ExceptionsCommentary::appointmentPhrase(m_missedCodes.at(k)), m_s.text(cell)};
        }
    };
    if (column < monthCount())
        addMissed(month);
    // A public paper gives the late reasons for the whole period only.
    if (!m_reasons.isEmpty() && !m_s.isPrinted(m_reasonCells.at(month * m_reasons.size())))
        return ExceptionsCommentary::describeMissed(missed);
    return ExceptionsCommentary::describe(late, missed);
}

QString PublishedReport::openPaperworkIssues(int month) const
{
    return m_s.text(m_paperworkCells.at(modelColumn(month)));
}

std::optional<int> PublishedReport::openPaperworkShown(int month) const
{
    if (m_s.isHidden(m_paperworkCells.at(modelColumn(month))))
        return std::nullopt;
    return m_s.value(m_paperworkCells.at(modelColumn(month)));
}

QString PublishedReport::outOfAreaWaits(int month) const
{
    return m_s.text(m_waitCells.at(modelColumn(month)));
}

std::optional<int> PublishedReport::outOfAreaWaitsShown(int month) const
{
    if (m_s.isHidden(m_waitCells.at(modelColumn(month))))
        return std::nullopt;
    return m_s.value(m_waitCells.at(modelColumn(month)));
}

} // namespace lac
