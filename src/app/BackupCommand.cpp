// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "CliOutput.h"
#include "data/Database.h"
#include "data/DatabaseBackup.h"

#include <QDir>

namespace lac {

QString BackupCommand::summary() const
{
    return tr("backup --db PATH --to FILE        a consistent copy of the database");
}

int BackupCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies the database to FILE (which must not exist) with SQLite's VACUUM INTO, so the "
           "copy is consistent even while others are working, and flushes it to disk."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file."),
                                      QStringLiteral("path"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The backup file to create."),
                                      QStringLiteral("file"));
    parser.addOption(dbOption);
    parser.addOption(toOption);
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;
    if (!parser.isSet(dbOption) || !parser.isSet(toOption))
        return CliOutput::error(tr("backup needs --db PATH and --to FILE"), ExitUsageError);

    if (Database::isServerLocation(parser.value(dbOption)))
        return CliOutput::notForServer(
            QStringLiteral("backup"),
            tr("pg_dump --format=custom --dbname=DATABASE --file=FILE, with the server's own "
               "backup schedule"));
    if (auto s = DatabaseBackup::write(parser.value(dbOption), parser.value(toOption)); !s)
        return CliOutput::failure(s.failure(), ExitDataError);
    CliOutput::out(
        tr("backup written to %1").arg(QDir::toNativeSeparators(parser.value(toOption))));
    return ExitSuccess;
}

} // namespace lac
