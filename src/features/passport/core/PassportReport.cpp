// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/core/PassportReport.h"

#include "passport/data/PassportStore.h"
#include "reporting/PublishedReport.h"
#include "reporting/ReportSectionParts.h"
#include "reporting/SmallNumberSuppression.h"
#include "security/AccessPolicy.h"

namespace lac {

PassportReport::PassportReport(const Database& db)
    : m_db(db)
{}

Result<QList<PassportMonth>> PassportReport::figures(QDate first, QDate last, QDate asOf,
                                                     const UserContext& user) const
{
    if (auto s = AccessPolicy::require(user, Permission::RunReports); !s)
        return s.failure();
    const PassportStore store(m_db);
    QList<PassportMonth> months;
    for (QDate m = first; m.isValid() && m <= last; m = m.addMonths(1)) {
        const QDate end = std::min(m.addMonths(1).addDays(-1), asOf);
        auto counts = store.deliveredCount(end, end.addMonths(-(17 * 12 + 6)));
        if (!counts)
            return counts.failure();
        months << PassportMonth{m, counts.value().first, counts.value().second};
    }
    return months;
}

Result<std::optional<ReportSection>> PassportReport::section(const PublishedReport& report,
                                                             const UserContext& user) const
{
    const TimelinessReport& r = report.report();
    auto f = figures(r.firstMonth, r.lastMonth, r.asOf, user);
    if (!f)
        return f.failure();
    return std::optional<ReportSection>(section(f.value(), report, report.threshold()));
}

ReportSection PassportReport::section(const QList<PassportMonth>& months,
                                      const PublishedReport& report, int threshold)
{
    SmallNumberSuppression s(threshold);
    QList<int> older, delivered, without;
    for (const PassportMonth& m : months) {
        older << s.addCell(m.olderYoungPeople);
        delivered << s.addCell(m.delivered);
        without << s.addCell(m.olderYoungPeople - m.delivered, false);
        s.addSumRule(older.last(), {delivered.last(), without.last()});
        s.addAtMostRule(delivered.last(), older.last());
    }
    if (!months.isEmpty()) {
        // The period column is the last month's position again.
        older << s.addCell(months.last().olderYoungPeople);
        delivered << s.addCell(months.last().delivered);
        s.addSumRule(older.last(), {older.at(months.size() - 1)});
        s.addSumRule(delivered.last(), {delivered.at(months.size() - 1)});
    }
    if (s.enabled())
        s.apply();

    ReportSection section;
    section.title = tr("Care leavers' health passports");
    ReportSectionRow olderRow{
        QStringLiteral("passport_aged_17_6_plus"), tr("In care aged 17½ or over at month end"), {}};
    ReportSectionRow deliveredRow{
        QStringLiteral("passport_delivered"), tr("… with a health passport delivered"), {}};
    for (int i = 0; i < older.size(); ++i) {
        olderRow.cells << s.text(older.at(i));
        deliveredRow.cells << s.text(delivered.at(i));
    }
    if (months.isEmpty()) {
        olderRow.cells << QStringLiteral("–");
        deliveredRow.cells << QStringLiteral("–");
    }
    section.rows << olderRow << deliveredRow;
    section.paragraphs << tr("Each young person in care is offered a health passport, their own "
                             "health history to keep, from 16 and before they leave care at 18. "
                             "The table counts the young people in care aged 17½ or over at the "
                             "end of each month and how many of them had been given theirs.");
    const auto at = [&](int cell, const QList<int>& cells) {
        return ReportSectionParts::columnOf(cell, cells, report);
    };
    ReportSectionParts::addAudit(section, s, [&](int cell) {
        if (!at(cell, older).isEmpty())
            return tr("young people aged 17½ or over, %1").arg(at(cell, older));
        if (!at(cell, delivered).isEmpty())
            return tr("health passports delivered, %1").arg(at(cell, delivered));
        return tr("young people aged 17½ or over without a passport, %1 (not printed)")
            .arg(at(cell, without));
    });
    return section;
}

} // namespace lac
