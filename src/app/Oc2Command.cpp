// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Oc2Command.h"

#include "CliOutput.h"
#include "CommandDatabase.h"
#include "data/AuditLog.h"
#include "oc2/core/Oc2ReturnService.h"

namespace lac {

QString Oc2Command::summary() const
{
    return tr("oc2 --db PATH --year YYYY-YY --out DIR [--allow-gaps]   year-end OC2 return");
}

int Oc2Command::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the year-end SSDA903 OC2 return of the children looked after continuously "
           "for at least 12 months at 31 March (short breaks left out): oc2.csv in the DfE's "
           "12 columns, with header.csv and episodes.csv for the same children. Where a child "
           "lacks what a field needs, the gaps are listed and nothing is written."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database."),
                                      QStringLiteral("path"));
    const QCommandLineOption yearOption(
        QStringLiteral("year"), tr("The collection year, e.g. 2025-26 (1 April to 31 March)."),
        QStringLiteral("year"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The folder to write to (created if missing)."),
                                       QStringLiteral("dir"));
    const QCommandLineOption gapsOption(
        QStringLiteral("allow-gaps"),
        tr("Write the files even with gaps (left blank, and listed in gaps.csv)."));
    parser.addOptions({dbOption, yearOption, outOption, gapsOption});
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;
    if (!parser.isSet(dbOption) || !parser.isSet(yearOption) || !parser.isSet(outOption))
        return CliOutput::error(tr("oc2 needs --db, --year and --out (the return holds personal "
                                   "data, so it is never written to the current folder by "
                                   "default), e.g. 'lachealth oc2 --db lac.sqlite --year "
                                   "2025-26 --out ~/returns/2025-26'"),
                                ExitUsageError);
    const auto year = Oc2Year::parse(parser.value(yearOption));
    if (!year)
        return CliOutput::error(tr("--year: '%1' is not a collection year such as 2025-26")
                                    .arg(parser.value(yearOption)),
                                ExitUsageError);
    if (year->end() >= QDate::currentDate())
        return CliOutput::error(tr("--year: %1 has not ended (it runs to 31 March %2)")
                                    .arg(year->label())
                                    .arg(year->end().year()),
                                ExitUsageError);
    auto opened = CommandDatabase::open(parser.value(dbOption));
    if (!opened)
        return CliOutput::failure(opened.failure(), ExitDataError);
    const Database& db = *opened.value().db;
    const AuditLog audit(db, opened.value().user);
    const Oc2ReturnService service(db, audit);
    auto oc2 = service.prepare(*year);
    if (!oc2)
        return CliOutput::failure(oc2.failure(), ExitDataError);
    const bool allowGaps = parser.isSet(gapsOption);
    if (!oc2.value().gaps.isEmpty()) {
        CliOutput::out(tr("child,field,what is missing"));
        for (const Oc2Gap& g : oc2.value().gaps)
            CliOutput::out(
                QStringLiteral("%1,%2,%3").arg(g.caseId, Oc2Rules::fieldName(g.field), g.missing));
    }
    CliOutput::out(tr("%1: %2 of %3 children with care in the year are in the cohort; %4 gap(s)")
                       .arg(oc2.value().year.label())
                       .arg(oc2.value().rows.size())
                       .arg(oc2.value().childrenOfYear)
                       .arg(oc2.value().gaps.size()));
    if (!oc2.value().gaps.isEmpty() && !allowGaps)
        return CliOutput::error(tr("nothing written: fill the gaps, or give --allow-gaps to "
                                   "write the files with them left blank"),
                                ExitDataError);
    auto written = service.write(oc2.value(), parser.value(outOption), allowGaps);
    if (!written)
        return CliOutput::failure(written.failure(), ExitDataError);
    for (const QString& path : written.value())
        CliOutput::out(tr("wrote %1").arg(path));
    return ExitSuccess;
}

} // namespace lac
