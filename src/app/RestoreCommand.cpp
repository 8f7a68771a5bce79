// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreCommand.h"

#include "CliOutput.h"
#include "data/Database.h"
#include "domain/UserContext.h"
#include "services/DatabaseRecovery.h"

#include <QDir>

namespace lac {

QString RestoreCommand::summary() const
{
    return tr("restore --db PATH --from FILE     replace the database with a checked backup");
}

int RestoreCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replaces the database with a backup. The backup is checked in full first; the file it "
           "replaces is kept beside it as PATH.replaced-<time>, so nothing is lost."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file to replace."),
                                      QStringLiteral("path"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The backup file."),
                                        QStringLiteral("file"));
    parser.addOption(dbOption);
    parser.addOption(fromOption);
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;
    if (!parser.isSet(dbOption) || !parser.isSet(fromOption))
        return CliOutput::error(tr("restore needs --db PATH and --from FILE"), ExitUsageError);

    if (Database::isServerLocation(parser.value(dbOption)))
        return CliOutput::notForServer(
            QStringLiteral("restore"),
            tr("pg_restore --clean --single-transaction --dbname=DATABASE FILE, with everyone "
               "signed out"));
    auto kept = DatabaseRecovery::restore(parser.value(dbOption), parser.value(fromOption),
                                          UserContext::osLogin());
    if (!kept)
        return CliOutput::failure(kept.failure(), ExitDataError);
    CliOutput::out(tr("restored %1 from %2")
                       .arg(QDir::toNativeSeparators(parser.value(dbOption)),
                            QDir::toNativeSeparators(parser.value(fromOption))));
    if (!kept->isEmpty())
        CliOutput::out(
            tr("the replaced database was kept as %1").arg(QDir::toNativeSeparators(*kept)));
    return ExitSuccess;
}

} // namespace lac
