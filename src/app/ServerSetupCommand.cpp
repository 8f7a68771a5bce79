// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServerSetupCommand.h"

#include "CliOutput.h"
#include "data/Database.h"

#include <QCommandLineParser>
#include <QFile>

namespace lac {

QString ServerSetupCommand::summary() const
{
    return tr("Create or upgrade a team database's schema; print the DBA's roles script");
}

int ServerSetupCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("For the database administrator. --db DATABASE (postgresql://… or service=NAME) "
           "creates the schema in an empty database, or upgrades it to this version, under a "
           "lock so that no other PC upgrades at the same time. --print-sql prints the script "
           "that creates the team's roles and grants (run it with psql after the schema, and "
           "again after each upgrade). See docs/deployment.md."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The team database."),
                                      QStringLiteral("database"));
    const QCommandLineOption sqlOption(QStringLiteral("print-sql"),
                                       tr("Print the roles and grants script."));
    parser.addOptions({dbOption, sqlOption});
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;
    if (parser.isSet(sqlOption)) {
        QFile script(QStringLiteral(":/postgresql/team-setup.sql"));
        if (!script.open(QIODevice::ReadOnly))
            return CliOutput::error(tr("the set-up script is missing from this build"),
                                    ExitDataError);
        CliOutput::out(QString::fromUtf8(script.readAll()).trimmed());
        return ExitSuccess;
    }
    if (!parser.isSet(dbOption))
        return CliOutput::error(tr("server-setup needs --db DATABASE or --print-sql"),
                                ExitUsageError);
    if (!Database::isServerLocation(parser.value(dbOption)))
        return CliOutput::error(tr("--db must name a PostgreSQL database (postgresql://… or "
                                   "service=NAME); a file needs no set-up"),
                                ExitUsageError);
    auto db = Database::open(parser.value(dbOption));
    if (!db)
        return CliOutput::failure(db.failure(), ExitDataError);
    CliOutput::out(
        tr("%1: ready (schema %2)").arg(db.value()->path()).arg(db.value()->schemaVersion()));
    if (!db.value()->storageWarning().isEmpty())
        CliOutput::out(db.value()->storageWarning());
    return ExitSuccess;
}

} // namespace lac
