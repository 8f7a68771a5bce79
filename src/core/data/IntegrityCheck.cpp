// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/IntegrityCheck.h"

#include "data/Database.h"
#include "data/RawConnection.h"
#include "data/ReportCountsSql.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace lac {
namespace {

constexpr int applicationId = 0x4C414348; // 'LACH', as Database writes it
constexpr int maxProblems = 50;

// The report's stored counts (schema 20) against a fresh count of the records: how many
// groups differ (latest is left out: it only ever grows). The triggers keep them equal;
// this is the independent check of that.
QString countsDisagreeing()
{
    return QStringLiteral("WITH fresh AS (SELECT measure, month, location, placement_type, "
                          "outcome, request_in_time, late_reason, n FROM (%1)), "
                          "stored AS (SELECT measure, month, location, placement_type, outcome, "
                          "request_in_time, late_reason, n FROM report_counts WHERE n <> 0) "
                          "SELECT (SELECT count(*) FROM (SELECT * FROM fresh EXCEPT SELECT * "
                          "FROM stored)) + (SELECT count(*) FROM (SELECT * FROM stored EXCEPT "
                          "SELECT * FROM fresh))")
        .arg(reportcounts::freshCountsSelect());
}

} // namespace

Result<IntegrityReport> IntegrityCheck::run(const QString& path, Depth depth)
{
    if (!QFileInfo(path).isFile())
        return Failure{tr("no database file here"), path};
    IntegrityReport report;
    RawConnection connection(path, true);
    if (!connection.isOpen()) {
        report.problems
            << tr("the file cannot be opened as a database (%1)").arg(connection.errorText());
        return report;
    }
    QSqlQuery q(connection.sql());
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        report.problems << tr("the file is not a database or its header is damaged (%1)")
                               .arg(q.lastError().text());
        return report;
    }
    const int appId = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        report.problems << tr("the schema version cannot be read (%1)").arg(q.lastError().text());
        return report;
    }
    report.schemaVersion = q.value(0).toInt();
    if (appId != applicationId) {
        report.foreign = true;
        report.problems << (appId == 0 && report.schemaVersion == 0
                                ? tr("this is not a LAC Health Tracker database (it is empty or "
                                     "was made by another program)")
                                : tr("this is a database from another program"));
        return report;
    }
    report.fromNewerVersion = report.schemaVersion > Database::latestSchemaVersion();
    if (report.fromNewerVersion)
        report.problems << tr("written by a newer version of the program (schema %1; this one "
                              "understands up to %2)")
                               .arg(report.schemaVersion)
                               .arg(Database::latestSchemaVersion());
    if (depth == Depth::Header) {
        report.ok = report.problems.isEmpty();
        return report;
    }

    const QString pragma = depth == Depth::Quick ? QStringLiteral("PRAGMA quick_check(%1)")
                                                 : QStringLiteral("PRAGMA integrity_check(%1)");
    if (!q.exec(pragma.arg(maxProblems))) {
        report.problems << tr("the integrity check could not run: the file is damaged (%1)")
                               .arg(q.lastError().text());
        return report;
    }
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            report.problems << tr("damaged: %1").arg(line);
    }
    if (depth == Depth::Full) {
        if (!q.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            report.problems
                << tr("the reference check could not run (%1)").arg(q.lastError().text());
        } else {
            int n = 0;
            while (q.next() && n++ < maxProblems)
                report.problems << tr("%1 row %2 refers to a missing row in %3")
                                       .arg(q.value(0).toString(), q.value(1).toString(),
                                            q.value(2).toString());
        }
        if (report.schemaVersion >= 20 && report.problems.isEmpty()) {
            if (!q.exec(countsDisagreeing()) || !q.next())
                report.problems << tr("the report's counts could not be checked (%1)")
                                       .arg(q.lastError().text());
            else if (const int groups = q.value(0).toInt(); groups > 0)
                report.problems << tr("the report's stored counts disagree with the records "
                                      "in %1 groups: reports from this file would be wrong")
                                       .arg(groups);
        }
    }
    report.ok = report.problems.isEmpty();
    return report;
}

} // namespace lac
