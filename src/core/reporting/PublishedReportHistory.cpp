// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Papers published over time: a reader holding a quarter's paper and the year's paper around
// it (or two rolling years) has two views of the same months. Kept apart from the paper's own
// tables (PublishedReport.cpp) and its own audit (PublishedReportAudit.cpp).
#include "reporting/EarlierPaper.h"
#include "reporting/PublishedReport.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace lac {
namespace {

QString columnKey(const TimelinessReport& report, int column)
{
    if (column == int(report.months.size()))
        return QStringLiteral("period");
    return report.months.at(column).month.toString(QStringLiteral("yyyy-MM"));
}

SmallNumberSuppression::Visibility shownAs(const QString& text)
{
    using V = SmallNumberSuppression::Visibility;
    if (text == SmallNumberSuppression::secondaryText())
        return V::Secondary;
    return text.startsWith(QLatin1Char('<')) ? V::Primary : V::Shown;
}

} // namespace

QJsonObject PublishedReport::publishedCells() const
{
    QJsonObject columns;
    const int months = int(m_report.months.size());
    // Each month (empty where not printed) and the period; months given together under
    // "first/last" (an ISO 8601 interval), which a later paper's attack adds up again: the
    // first column's, and each row's own (BoardTableLayout::leadingMonths), with the rows
    // that give those months together.
    for (int c = 0; c <= months; ++c) {
        QJsonObject indicators;
        for (ReportIndicator ind : allReportIndicators()) {
            QJsonArray texts;
            for (int l = 0; l < tableLocations(); ++l) {
                const int cell = modelCell(c, ind, l);
                texts << (m_s.isPrinted(cell) ? m_s.text(cell) : QString());
            }
            indicators.insert(indicatorCode(ind), texts);
        }
        columns.insert(columnKey(m_report, c), indicators);
    }
    for (ReportIndicator ind : allReportIndicators()) {
        if (leadColumn(ind) < 0)
            continue;
        const QString key = columnKey(m_report, 0) + QLatin1Char('/') +
                            columnKey(m_report, modelColumn(leadColumn(ind)));
        QJsonObject indicators = columns.value(key).toObject();
        QJsonArray texts;
        for (int l = 0; l < tableLocations(); ++l) {
            const int cell = tableCell(leadColumn(ind), ind, l);
            texts << (m_s.isPrinted(cell) ? m_s.text(cell) : QString());
        }
        indicators.insert(indicatorCode(ind), texts);
        columns.insert(key, indicators);
    }
    return {{QStringLiteral("threshold"), threshold()},
            {QStringLiteral("zeros_small"), m_s.zerosAreSmall()},
            {QStringLiteral("columns"), columns}};
}

void PublishedReport::addEarlierPapers()
{
    m_ownCells = m_s.cellCount();
    m_earlierStarts.clear();
    if (!m_s.enabled())
        return;
    const int perColumn = reportIndicatorCount * tableLocations();
    QHash<QString, int> sameFigure; // a month's figure, in whichever paper showed it first
    for (int m = 0; m < int(m_report.months.size()); ++m)
        for (int k = 0; k < perColumn; ++k)
            sameFigure.insert(columnKey(m_report, m) + QString::number(k),
                              m_table.at(m * perColumn + k));
    for (const EarlierPaper& e : std::as_const(m_earlier)) {
        m_earlierStarts << m_s.cellCount();
        const int months = int(e.figures.months.size());
        const auto cellFor = [&](int column, int k) {
            const ReportIndicator ind = ReportIndicator(k / tableLocations());
            const int l = k % tableLocations();
            const LocationCounts counts =
                column == months ? e.figures.periodTotal(ind) : e.figures.months.at(column)[ind];
            const QString text = e.columns.value(columnKey(e.figures, column))
                                     .toObject()
                                     .value(indicatorCode(ind))
                                     .toArray()
                                     .at(l)
                                     .toString();
            const int today = l == 0   ? counts.inArea
                              : l == 1 ? counts.outOfArea + counts.unknown
                                       : counts.total();
            // A figure that paper did not print (a month's split) is known to no reader.
            if (text.isEmpty())
                return m_s.addCell(today, false);
            // A number shown then is what the reader has, even if the data changed since (a
            // relation it no longer obeys is then left out of the attack).
            bool shownNumber = false;
            const int printed = text.toInt(&shownNumber);
            return m_s.addPublishedCell(shownNumber ? printed : today, shownAs(text), e.threshold,
                                        e.zerosAreSmall);
        };
        const QList<int> table = addMainTable(m_s, e.figures, cellFor, true);
        addMonthsTogether(e, table);
        for (int m = 0; m < months; ++m) {
            for (int k = 0; k < perColumn; ++k) {
                const QString key = columnKey(e.figures, m) + QString::number(k);
                const int cell = table.at(m * perColumn + k);
                if (const auto it = sameFigure.constFind(key); it != sameFigure.cend())
                    m_s.addSumRule(*it, {cell}); // the same figure in two papers
                else
                    sameFigure.insert(key, cell);
            }
        }
    }
}

void PublishedReport::addMonthsTogether(const EarlierPaper& e, const QList<int>& table)
{
    // A column of months given together ("2016-12/2023-01"): as printed, the sum of those
    // months of that paper.
    const int perColumn = reportIndicatorCount * tableLocations();
    for (auto it = e.columns.constBegin(); it != e.columns.constEnd(); ++it) {
        const QStringList range = it.key().split(QLatin1Char('/'));
        if (range.size() != 2)
            continue;
        QList<int> months;
        for (int m = 0; m < e.figures.months.size(); ++m) {
            const QString key = columnKey(e.figures, m);
            if (key >= range.first() && key <= range.last())
                months << m;
        }
        for (ReportIndicator ind : allReportIndicators()) {
            const QJsonArray texts = it.value().toObject().value(indicatorCode(ind)).toArray();
            for (int l = 0; l < tableLocations(); ++l) {
                const QString text = texts.at(l).toString();
                if (text.isEmpty() || months.isEmpty())
                    continue;
                QList<int> parts;
                int today = 0;
                for (int m : std::as_const(months)) {
                    parts << table.at(m * perColumn + int(ind) * tableLocations() + l);
                    today += m_s.value(parts.last());
                }
                bool shownNumber = false;
                const int printed = text.toInt(&shownNumber);
                const int cell = m_s.addPublishedCell(shownNumber ? printed : today, shownAs(text),
                                                      e.threshold, e.zerosAreSmall);
                m_s.addSumRule(cell, parts);
            }
        }
    }
}

QSet<int> PublishedReport::alreadyGivenAway() const
{
    // The same attack without this paper's figures: what the earlier papers give away alone
    // (this paper cannot take that back, and repeating it tells nobody anything new).
    QSet<int> given;
    if (m_earlierStarts.isEmpty())
        return given;
    SmallNumberSuppression before = m_s;
    for (int c = 0; c < m_ownCells; ++c)
        before.setUnprinted(c);
    for (const auto& x : before.audit())
        if (!x.protectedEnough)
            given.insert(x.cell);
    return given;
}

const EarlierPaper* PublishedReport::paperOf(int cell) const
{
    const EarlierPaper* paper = nullptr;
    for (int i = 0; i < m_earlierStarts.size(); ++i)
        if (cell >= m_earlierStarts.at(i))
            paper = &m_earlier.at(i);
    return paper;
}

QString PublishedReport::paperName(const EarlierPaper& paper) const
{
    return tr("the paper for %1 to %2 published on %3")
        .arg(paper.firstMonth.toString(QStringLiteral("MMM yyyy")),
             paper.lastMonth.toString(QStringLiteral("MMM yyyy")), paper.publishedAt.left(10));
}

bool PublishedReport::ownCountsProtected() const
{
    const QSet<int> given = alreadyGivenAway();
    const auto exposures = m_s.audit();
    return std::all_of(exposures.cbegin(), exposures.cend(), [&](const auto& x) {
        return x.cell >= m_ownCells || x.protectedEnough || given.contains(x.cell);
    });
}

} // namespace lac
