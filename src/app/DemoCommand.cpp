// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "CliOutput.h"
#include "carers/core/CarerMedicalDemo.h"
#include "data/Database.h"
#include "demo/DemoDatabaseBuilder.h"
#include "dental/core/DentalDemo.h"
#include "development/core/DevelopmentDemo.h"
#include "immunisations/core/ImmunisationDemo.h"
#include "incoming/core/IncomingDemo.h"
#include "oc2/core/Oc2Demo.h"
#include "passport/core/PassportDemo.h"
#include "sdq/core/SdqDemo.h"
#include "uasc/core/UascDemo.h"

namespace lac {
namespace {
constexpr int maxChildren = 500000;
} // namespace

QList<DemoRecordFiller> DemoCommand::featureFillers()
{
    return {&ImmunisationDemo::fill, &DentalDemo::fill,   &DevelopmentDemo::fill,
            &SdqDemo::fill,          &Oc2Demo::fill,      &CarerMedicalDemo::fill,
            &PassportDemo::fill,     &IncomingDemo::fill, &UascDemo::fill};
}

QString DemoCommand::summary() const
{
    return tr(
        "demo --db PATH [--children N] [--seed S]   build a demo database of a made-up county");
}

int DemoCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Builds a demo database: a made-up English county (Northshire) with children in care "
           "over the last three years, their placements and their health assessments. The same "
           "seed always gives the same data."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file to create."),
                                      QStringLiteral("path"));
    const QCommandLineOption childrenOption(
        QStringLiteral("children"), tr("Children in care at some time in the last three years."),
        QStringLiteral("n"), QStringLiteral("1650"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), tr("Random seed."),
                                        QStringLiteral("s"), QStringLiteral("1"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         tr("Build as if today were this date (YYYY-MM-DD)."),
                                         QStringLiteral("date"));
    const QCommandLineOption replaceOption(QStringLiteral("replace"),
                                           tr("Overwrite a database file that already exists."));
    parser.addOptions({dbOption, childrenOption, seedOption, todayOption, replaceOption});
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;

    if (!parser.positionalArguments().isEmpty())
        return CliOutput::error(tr("demo takes no positional arguments (did you mean --db %1?)")
                                    .arg(parser.positionalArguments().constFirst()),
                                ExitUsageError);
    if (!parser.isSet(dbOption) || parser.value(dbOption).isEmpty())
        return CliOutput::error(tr("demo needs --db PATH, e.g. 'lachealth demo --db demo.sqlite'"),
                                ExitUsageError);
    if (Database::isServerLocation(parser.value(dbOption)))
        return CliOutput::error(
            tr("the demo county is written to a file; to try it on a team server, copy it "
               "there: 'lachealth demo --db demo.sqlite' then 'lachealth copy --from demo.sqlite "
               "--to %1'")
                .arg(parser.value(dbOption)),
            ExitUsageError);
    DemoOptions options;
    bool ok = false;
    options.children = parser.value(childrenOption).toInt(&ok);
    if (!ok || options.children < 1 || options.children > maxChildren)
        return CliOutput::error(tr("--children: '%1' is not a number from 1 to %2")
                                    .arg(parser.value(childrenOption))
                                    .arg(maxChildren),
                                ExitUsageError);
    options.seed = parser.value(seedOption).toUInt(&ok);
    if (!ok)
        return CliOutput::error(tr("--seed: '%1' is not a whole number from 0 to 4294967295")
                                    .arg(parser.value(seedOption)),
                                ExitUsageError);
    if (parser.isSet(todayOption)) {
        options.today = QDate::fromString(parser.value(todayOption), QStringLiteral("yyyy-MM-dd"));
        if (!options.today.isValid())
            return CliOutput::error(
                tr("--today: '%1' is not a valid date (YYYY-MM-DD)").arg(parser.value(todayOption)),
                ExitUsageError);
    }

    const UserContext user{UserContext::osLogin(), UserRole::Administrator};
    auto report = DemoDatabaseBuilder::build(parser.value(dbOption), options,
                                             parser.isSet(replaceOption), user, featureFillers());
    if (!report)
        return CliOutput::failure(report.failure(), ExitDataError);
    const DemoSummary& s = report->summary;
    CliOutput::out(tr("Demo database written to %1 (%2 MB)")
                       .arg(parser.value(dbOption))
                       .arg(double(report->bytes) / (1024.0 * 1024.0), 0, 'f', 1));
    CliOutput::out(tr("%1 children (%2 in care today), %3 periods of care, %4 placements, "
                      "%5 assessments, %6 appointments, %7 paperwork issues, "
                      "%8 out-of-area requests")
                       .arg(s.children)
                       .arg(s.inCare)
                       .arg(s.carePeriods)
                       .arg(s.episodes)
                       .arg(s.assessments)
                       .arg(s.appointments)
                       .arg(s.paperworkIssues)
                       .arg(s.ooaRequests));
    CliOutput::out(tr("%1 records of other kinds (immunisations…)").arg(report->featureRecords));
    CliOutput::out(tr("Generated in %1 s; checked against the due-date rules in %2 s "
                      "(%3 rows changed)")
                       .arg(double(report->generateMs) / 1000.0, 0, 'f', 1)
                       .arg(double(report->verifyMs) / 1000.0, 0, 'f', 1)
                       .arg(report->recomputeChanges));
    return ExitSuccess;
}

} // namespace lac
