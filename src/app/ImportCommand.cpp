// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CliOutput.h"
#include "carers/core/CarerMedicalImport.h"
#include "dental/core/DentalImport.h"
#include "immunisations/core/ImmunisationImport.h"
#include "incoming/core/IncomingImport.h"
#include "incoming/core/IncomingService.h"
#include "security/UserDirectory.h"
#include "services/AppServices.h"
#include "services/ImportService.h"
#include "uasc/core/UascImport.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <cstdio>
#include <functional>

namespace lac {
namespace {

void printProblem(const ImportProblem& p)
{
    const QByteArray bytes = p.text().toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

/// Prints what an all-or-nothing import of one kind of record found or did; \a what names
/// a number of its records ("12 doses").
template <typename Report>
int finishRecordImport(const Result<Report>& result, bool dryRun,
                       const std::function<QString(int)>& what)
{
    if (!result)
        return CliOutput::failure(result.failure(), ExitDataError);
    const Report& report = result.value();
    for (const ImportProblem& p : report.problems)
        printProblem(p);
    std::fflush(stderr);
    if (!report.problems.isEmpty())
        return CliOutput::error(ImportCommand::tr("nothing was imported: %n problems (see above)",
                                                  nullptr, int(report.problems.size())),
                                ExitDataError);
    const int toWrite = report.rows - report.alreadyRecorded;
    CliOutput::out(dryRun ? ImportCommand::tr("Dry run, nothing written. Would import %1; %2 "
                                              "already recorded.")
                                .arg(what(toWrite))
                                .arg(report.alreadyRecorded)
                          : ImportCommand::tr("Imported %1; %2 already recorded.")
                                .arg(what(report.written))
                                .arg(report.alreadyRecorded));
    return ExitSuccess;
}

} // namespace

int ImportCommand::importImmunisations(const AppServices& services, const QString& path,
                                       bool dryRun) const
{
    auto book = ImmunisationScheduleBook::bundled();
    if (!book)
        return CliOutput::failure(book.failure(), ExitDataError);
    return finishRecordImport(
        ImmunisationImport(services.caseContext(), book.value()).run(path, dryRun), dryRun,
        [](int n) { return tr("%n doses", nullptr, n); });
}

int ImportCommand::importDental(const AppServices& services, const QString& path, bool dryRun) const
{
    return finishRecordImport(DentalImport(services.caseContext()).run(path, dryRun), dryRun,
                              [](int n) { return tr("%n dental checks", nullptr, n); });
}

int ImportCommand::importUasc(const AppServices& services, const QString& path, bool dryRun) const
{
    return finishRecordImport(UascImport(services.caseContext()).run(path, dryRun), dryRun,
                              [](int n) { return tr("%n UASC screenings", nullptr, n); });
}

int ImportCommand::importCarerMedicals(const AppServices& services, const QString& path,
                                       bool dryRun) const
{
    return finishRecordImport(CarerMedicalImport(services.caseContext()).run(path, dryRun), dryRun,
                              [](int n) { return tr("%n carers' medicals", nullptr, n); });
}

int ImportCommand::importIncoming(const AppServices& services, const QString& path,
                                  bool dryRun) const
{
    auto authorities = RequestingAuthorities::bundled();
    if (!authorities)
        return CliOutput::failure(authorities.failure(), ExitDataError);
    const IncomingService service(services.caseContext(), services.settings(), services.calendar(),
                                  authorities.value());
    return finishRecordImport(IncomingImport(service).run(path, dryRun), dryRun,
                              [](int n) { return tr("%n incoming requests", nullptr, n); });
}

QString ImportCommand::summary() const
{
    return tr("import --db PATH (--ssda903 DIR | --assessments FILE.csv | --dental FILE.csv | "
              "--immunisations FILE.csv | --uasc-screenings FILE.csv | --carer-medicals FILE.csv | "
              "--incoming FILE.csv) "
              "[--skip-invalid] [--dry-run] [--json]   import SSDA903 files, past assessments, "
              "immunisation histories, dental checks, UASC screenings, carers' medicals or "
              "requests from other "
              "authorities");
}

int ImportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports an SSDA903 folder (header.csv, episodes.csv, optional uasc.csv) or a CSV "
           "of past assessments (child_id,type,completed_date,...) or of immunisations "
           "(child_id,vaccine,date,source[,notes]). All or nothing: if any row "
           "is invalid nothing is written and every problem is listed as "
           "file:line: column: value: reason (exit code 1). See docs/import.md."));
    const QCommandLineOption db(QStringLiteral("db"), tr("The database file."),
                                QStringLiteral("path"));
    const QCommandLineOption ssda903(QStringLiteral("ssda903"),
                                     tr("Folder with header.csv and episodes.csv."),
                                     QStringLiteral("dir"));
    const QCommandLineOption assessments(QStringLiteral("assessments"),
                                         tr("CSV of past assessments."), QStringLiteral("file"));
    const QCommandLineOption immunisations(
        QStringLiteral("immunisations"),
        tr("CSV of immunisations: child_id, vaccine (a schedule code such as 6in1 or MMR), date, "
           "source (gp_record, red_book, parents_account, overseas_record), notes."),
        QStringLiteral("file"));
    const QCommandLineOption dental(
        QStringLiteral("dental"),
        tr("CSV of dental checks: child_id, date, dentist, not_seen (blank when the teeth were "
           "checked; else no_nhs_dentist, refused, was_not_brought, other), notes."),
        QStringLiteral("file"));
    const QCommandLineOption uasc(
        QStringLiteral("uasc-screenings"),
        tr("CSV of UASC screenings: child_id, screen (tb, hepatitis_b, hepatitis_c, hiv, other), "
           "other_name, date, outcome (awaited, no_further_action, referred, declined), "
           "referral, notes."),
        QStringLiteral("file"));
    const QCommandLineOption carerMedicals(
        QStringLiteral("carer-medicals"),
        tr("CSV of prospective carers' and adopters' medicals: applicant, household, "
           "application, form, requested, and the later steps (docs/import.md)."),
        QStringLiteral("file"));
    const QCommandLineOption incoming(
        QStringLiteral("incoming"),
        tr("CSV of requests from other authorities for children placed here: authority, "
           "their_case_id, date_of_birth, placed_from, kind, received, and the later steps "
           "(docs/import.md)."),
        QStringLiteral("file"));
    const QCommandLineOption skipInvalid(
        QStringLiteral("skip-invalid"),
        tr("Import the valid rows; write the rejected ones, with the reason, to a CSV you can "
           "correct and import again."));
    const QCommandLineOption rejected(
        QStringLiteral("rejected"),
        tr("Where --skip-invalid writes rejected rows (a folder for --ssda903, a file for "
           "--assessments). Default: beside the imported file or folder. The rows are "
           "children's personal data: keep them where such data is kept."),
        QStringLiteral("path"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Check and count; write nothing."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the counts as a JSON object."));
    parser.addOptions({db, ssda903, assessments, immunisations, dental, uasc, carerMedicals,
                       incoming, skipInvalid, rejected, dryRun, json});
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;
    if (!parser.isSet(db))
        return CliOutput::error(tr("import needs --db PATH"), ExitUsageError);
    if (int(parser.isSet(ssda903)) + int(parser.isSet(assessments)) +
            int(parser.isSet(immunisations)) + int(parser.isSet(dental)) + int(parser.isSet(uasc)) +
            int(parser.isSet(carerMedicals)) + int(parser.isSet(incoming)) !=
        1)
        return CliOutput::error(tr("import needs one of --ssda903 DIR, --assessments FILE.csv, "
                                   "--immunisations FILE.csv, --dental FILE.csv, "
                                   "--uasc-screenings FILE.csv, "
                                   "--carer-medicals FILE.csv or --incoming FILE.csv"),
                                ExitUsageError);
    if ((parser.isSet(immunisations) || parser.isSet(dental) || parser.isSet(uasc) ||
         parser.isSet(carerMedicals) || parser.isSet(incoming)) &&
        parser.isSet(skipInvalid))
        return CliOutput::error(
            tr("an immunisation, dental, UASC screening, carers' medicals or incoming "
               "requests import is all or nothing: --skip-invalid does not "
               "apply"),
            ExitUsageError);
    if (!parser.positionalArguments().isEmpty())
        return CliOutput::error(
            tr("unexpected argument '%1'").arg(parser.positionalArguments().first()),
            ExitUsageError);
    if (parser.isSet(rejected) && !parser.isSet(skipInvalid))
        return CliOutput::error(tr("--rejected only makes sense with --skip-invalid"),
                                ExitUsageError);

    // Created when missing, so that a first import can set up a new database.
    auto database = Database::open(parser.value(db));
    if (!database)
        return CliOutput::failure(database.failure(), ExitDataError);
    // The OS sign-in name and its role from the users table: only roles with
    // Permission::ImportData may import (the service checks).
    auto user = UserDirectory(*database.value()).signIn(UserContext::osLogin());
    if (!user)
        return CliOutput::failure(user.failure(), ExitDataError);
    AppServices services(std::move(database).value(), user.value());
    if (parser.isSet(immunisations))
        return importImmunisations(services, parser.value(immunisations), parser.isSet(dryRun));
    if (parser.isSet(dental))
        return importDental(services, parser.value(dental), parser.isSet(dryRun));
    if (parser.isSet(uasc))
        return importUasc(services, parser.value(uasc), parser.isSet(dryRun));
    if (parser.isSet(carerMedicals))
        return importCarerMedicals(services, parser.value(carerMedicals), parser.isSet(dryRun));
    if (parser.isSet(incoming))
        return importIncoming(services, parser.value(incoming), parser.isSet(dryRun));
    const ImportService importer(services.database(), services.auditLog(), services.settings(),
                                 services.dueDates());

    ImportRequest request;
    request.source =
        parser.isSet(ssda903) ? ImportRequest::Source::Ssda903 : ImportRequest::Source::Assessments;
    request.path = parser.isSet(ssda903) ? parser.value(ssda903) : parser.value(assessments);
    request.dryRun = parser.isSet(dryRun);
    request.skipInvalid = parser.isSet(skipInvalid);
    request.rejectedPath = parser.value(rejected);

    auto result = importer.run(request);
    if (!result)
        return CliOutput::failure(result.failure(), ExitDataError);
    const ImportReport& report = result.value();
    for (const ImportProblem& p : report.problems)
        printProblem(p);
    if (report.problemCount > report.problems.size())
        CliOutput::error(
            tr("... and %1 more problems").arg(report.problemCount - report.problems.size()),
            ExitDataError);
    std::fflush(stderr);

    if (parser.isSet(json)) {
        QJsonObject o = report.counts.toJson();
        o.insert(QStringLiteral("written"), report.written);
        o.insert(QStringLiteral("dry_run"), request.dryRun);
        o.insert(QStringLiteral("problems"), report.problemCount);
        if (!report.rejectedPath.isEmpty())
            o.insert(QStringLiteral("rejected_path"), report.rejectedPath);
        CliOutput::out(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    const bool refused = report.fatal || (report.problemCount > 0 && !request.skipInvalid);
    if (refused) {
        return CliOutput::error(
            report.fatal
                ? tr("nothing was imported: a file cannot be read as it is (see above)")
                : tr("nothing was imported: %1 problem(s) in %2 row(s) (see above; fix them, or "
                     "use --skip-invalid to import the valid rows)")
                      .arg(report.problemCount)
                      .arg(report.counts.rejected),
            ExitDataError);
    }
    if (!parser.isSet(json)) {
        CliOutput::out(
            request.dryRun
                ? tr("Dry run, nothing written. Would import: %1").arg(report.counts.summary())
                : tr("Imported: %1").arg(report.counts.summary()));
    }
    if (!report.rejectedPath.isEmpty())
        CliOutput::error(tr("%1 rejected row(s) written to %2 (personal data: keep it where "
                            "children's records are kept, delete it when done); correct them "
                            "and import that again")
                             .arg(report.counts.rejected)
                             .arg(report.rejectedPath),
                         ExitSuccess);
    return ExitSuccess;
}

} // namespace lac
