// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every figure the report's timeliness part reads, as one map, read either through the
// stored counts (report_counts) or from the records: tests that write records compare the
// two (tst_reportcounts, tst_importservice).
#pragma once
#include "data/ReportRepository.h"

#include <QMap>

namespace lac::test {

/// Figure key (measure, month, location, group and the row's own fields) -> count; keys that
/// add up to 0 are left out.
using ReportFigures = QMap<QString, int>;

namespace detail {
template <typename Row>
void addFigure(ReportFigures& f, const QString& measure, const Row& r, const QString& rest)
{
    const QString key = QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(measure, r.month)
                            .arg(int(r.location))
                            .arg(r.group, rest);
    f[key] += r.count;
    if (f[key] == 0)
        f.remove(key);
}
} // namespace detail

/// The figures of the months \a first to \a last as at \a asOf; \a exact false reads the
/// RHAs as a tolerance of 10 days does.
inline ReportFigures reportFigures(const Database& db, ReportRepository::CountsFrom from,
                                   QDate first, QDate last, QDate asOf, bool exact = true)
{
    const ReportRepository repo(db, from);
    ReportFigures f;
    const QList<ReportRepository::EntryRow> entries = repo.careEntries(first, last).value();
    for (const auto& r : entries)
        detail::addFigure(f, QStringLiteral("entry"), r, QString());
    auto assessments = [&](const QString& measure,
                           const QList<ReportRepository::AssessmentRow>& rows) {
        for (const auto& r : rows)
            detail::addFigure(f, measure, r,
                              QStringLiteral("%1 %2 %3 %4 %5")
                                  .arg(int(r.outcome))
                                  .arg(r.requestInTime)
                                  .arg(r.lateReason, r.due.toString(Qt::ISODate),
                                       r.completed.toString(Qt::ISODate)));
    };
    assessments(QStringLiteral("IHA"), repo.initialAssessments(first, last, asOf).value());
    assessments(
        QStringLiteral("RHA"),
        repo.reviewAssessments(first, last, asOf, asOf.addDays(exact ? 0 : -10), exact).value());
    return f;
}

} // namespace lac::test
