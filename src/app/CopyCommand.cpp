// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CopyCommand.h"

#include "CliOutput.h"
#include "data/Database.h"
#include "data/DatabaseCopy.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>

namespace lac {

QString CopyCommand::summary() const
{
    return tr("Copy a database into a new, empty one (e.g. onto a team server)");
}

int CopyCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Copies every table of the database FROM into the empty database TO (usually a "
           "PostgreSQL server: postgresql://… or service=NAME), keeping every id, in one "
           "transaction: if anything fails, TO is left empty. Each table is read back and "
           "compared before the copy is committed."));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("The database to copy."),
                                        QStringLiteral("file"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("The empty database to fill."),
                                      QStringLiteral("database"));
    parser.addOptions({fromOption, toOption});
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;
    if (!parser.isSet(fromOption) || !parser.isSet(toOption))
        return CliOutput::error(tr("copy needs --from FILE and --to DATABASE"), ExitUsageError);
    const QString from = parser.value(fromOption);
    if (!Database::isServerLocation(from) && !QFileInfo::exists(from))
        return CliOutput::error(tr("no database at %1").arg(from), ExitDataError);

    Database::Options existing;
    existing.createIfMissing = false;
    auto source = Database::open(from, existing);
    if (!source)
        return CliOutput::failure(source.failure(), ExitDataError);
    auto target = Database::open(parser.value(toOption));
    if (!target)
        return CliOutput::failure(target.failure(), ExitDataError);

    QElapsedTimer timer;
    timer.start();
    auto counts = DatabaseCopy::copy(*source.value(), *target.value());
    if (!counts)
        return CliOutput::failure(counts.failure(), ExitDataError);
    qint64 total = 0;
    for (const auto& c : counts.value()) {
        CliOutput::out(tr("%1: %2 rows copied and checked").arg(c.table, -18).arg(c.rows));
        total += c.rows;
    }
    CliOutput::out(tr("Copied %1 rows from %2 to %3 in %4 s")
                       .arg(total)
                       .arg(source.value()->path(), target.value()->path())
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return ExitSuccess;
}

} // namespace lac
