// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "CliOutput.h"
#include "data/Database.h"
#include "data/IntegrityCheck.h"

#include <QCoreApplication>

namespace lac {

QString CheckCommand::summary() const
{
    return tr(
        "check --db PATH                   integrity and foreign-key check (exit 1 if damaged)");
}

int CheckCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Checks the database without changing it: every page and index (integrity_check) and "
        "every reference between tables (foreign_key_check). Exit status 1 lists the problems."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file."),
                                      QStringLiteral("path"));
    const QCommandLineOption quickOption(QStringLiteral("quick"),
                                         tr("Only the fast structural check (quick_check)."));
    parser.addOption(dbOption);
    parser.addOption(quickOption);
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;
    if (!parser.isSet(dbOption))
        return CliOutput::error(tr("check needs --db PATH"), ExitUsageError);

    const QString path = parser.value(dbOption);
    if (Database::isServerLocation(path))
        return CliOutput::notForServer(
            QStringLiteral("check"),
            tr("PostgreSQL checks every page it reads; the amcheck extension checks indexes "
               "(pg_amcheck --database=DATABASE). 'lachealth server-setup --db DATABASE' creates "
               "or upgrades the schema"));
    auto report =
        IntegrityCheck::run(path, parser.isSet(quickOption) ? IntegrityCheck::Depth::Quick
                                                            : IntegrityCheck::Depth::Full);
    if (!report)
        return CliOutput::failure(report.failure(), ExitDataError);
    if (!report->ok) {
        for (const QString& problem : report->problems)
            CliOutput::error(QStringLiteral("%1: %2").arg(path, problem), ExitDataError);
        return CliOutput::error(tr("%1: %n problem(s) found; restore the latest good backup "
                                   "with 'lachealth restore'",
                                   nullptr, int(report->problems.size()))
                                    .arg(path),
                                ExitDataError);
    }
    CliOutput::out(tr("%1: ok (schema %2)").arg(path).arg(report->schemaVersion));
    return ExitSuccess;
}

} // namespace lac
