// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CliOutput.h"
#include "CommandDatabase.h"
#include "FeatureReports.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/SettingsStore.h"
#include "report/BoardPaperPdfWriter.h"
#include "reporting/BoardPaperPublisher.h"
#include "reporting/ReportCsvWriter.h"
#include "reporting/ReportHtmlWriter.h"
#include "reporting/ReportJsonWriter.h"
#include "reporting/TimelinessReportService.h"

#include <QHash>
#include <QSaveFile>

#include <cstdio>

namespace lac {
namespace {

QDate parseMonth(const QString& text)
{
    return QDate::fromString(text + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
}

} // namespace

QString ReportCommand::summary() const
{
    return tr("report --db PATH --from YYYY-MM --to YYYY-MM [--format csv|json|html|pdf] "
              "[--out FILE] [--suppress N] [--audit]   timeliness report / board paper");
}

int ReportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the monthly timeliness report: children who entered care, IHAs and RHAs in "
           "time, late and not yet due, in area / out of area / all. CSV (long format) and JSON "
           "for other systems; HTML and PDF are the board paper, with small numbers suppressed."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database file."),
                                      QStringLiteral("path"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("First month, YYYY-MM."),
                                        QStringLiteral("month"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Last month, YYYY-MM."),
                                      QStringLiteral("month"));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          tr("csv (default), json, html or pdf."),
                                          QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("Write to this file instead of standard output."),
                                       QStringLiteral("file"));
    const QCommandLineOption suppressOption(
        QStringLiteral("suppress"),
        tr("Show counts from 1 to N-1 as \"<N\" (0 turns suppression off). Default: the "
           "report.suppression_threshold setting (5) for html and pdf, 0 for csv and json."),
        QStringLiteral("N"));
    const QCommandLineOption asOfOption(
        QStringLiteral("as-of"), tr("Judge late and not-yet-due on this date (default today)."),
        QStringLiteral("date"));
    const QCommandLineOption authorOption(
        QStringLiteral("author"), tr("html and pdf: who the paper is from (name and role)."),
        QStringLiteral("text"));
    const QCommandLineOption purposeOption(QStringLiteral("purpose"),
                                           tr("html and pdf: the purpose of the report."),
                                           QStringLiteral("text"));
    const QCommandLineOption recommendationOption(
        QStringLiteral("recommendation"),
        tr("html and pdf: a recommendation to the board (repeat for each)."),
        QStringLiteral("text"));
    const QCommandLineOption auditOption(
        QStringLiteral("audit"),
        tr("Print, for each hidden figure of the paper, the values the published figures still "
           "allow (exit 1 if any can be worked out), and write nothing else."));
    parser.addOptions({dbOption, fromOption, toOption, formatOption, outOption, suppressOption,
                       asOfOption, authorOption, purposeOption, recommendationOption, auditOption});
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;

    if (!parser.isSet(dbOption) || !parser.isSet(fromOption) || !parser.isSet(toOption))
        return CliOutput::error(
            tr("report needs --db, --from and --to, e.g. 'lachealth report --db lac.sqlite "
               "--from 2026-01 --to 2026-03 --format pdf --out board.pdf'"),
            ExitUsageError);
    const QDate from = parseMonth(parser.value(fromOption));
    if (!from.isValid())
        return CliOutput::error(
            tr("--from: '%1' is not a month (YYYY-MM)").arg(parser.value(fromOption)),
            ExitUsageError);
    const QDate to = parseMonth(parser.value(toOption));
    if (!to.isValid())
        return CliOutput::error(
            tr("--to: '%1' is not a month (YYYY-MM)").arg(parser.value(toOption)), ExitUsageError);
    enum class Format
    {
        Csv,
        Json,
        Html,
        Pdf
    };
    static const QHash<QString, Format> formats{{QStringLiteral("csv"), Format::Csv},
                                                {QStringLiteral("json"), Format::Json},
                                                {QStringLiteral("html"), Format::Html},
                                                {QStringLiteral("pdf"), Format::Pdf}};
    const QString formatName = parser.value(formatOption).toLower();
    if (!formats.contains(formatName))
        return CliOutput::error(tr("--format: '%1' is not csv, json, html or pdf").arg(formatName),
                                ExitUsageError);
    const Format format = formats.value(formatName);
    if (format == Format::Pdf && !parser.isSet(outOption))
        return CliOutput::error(tr("--format pdf needs --out FILE"), ExitUsageError);
    QDate asOf = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf.isValid())
            return CliOutput::error(
                tr("--as-of: '%1' is not a date (YYYY-MM-DD)").arg(parser.value(asOfOption)),
                ExitUsageError);
    }
    int threshold = -1;
    if (parser.isSet(suppressOption)) {
        bool ok = false;
        threshold = parser.value(suppressOption).toInt(&ok);
        if (!ok || threshold < 0 || threshold > 1000)
            return CliOutput::error(tr("--suppress: '%1' is not a whole number from 0 to 1000")
                                        .arg(parser.value(suppressOption)),
                                    ExitUsageError);
    }
    // The OS sign-in name and its role from the users table; the service checks RunReports.
    auto opened = CommandDatabase::open(parser.value(dbOption));
    if (!opened)
        return CliOutput::failure(opened.failure(), ExitDataError);
    const Database& db = *opened.value().db;
    const SettingsStore settings(db);
    const UserContext user = opened.value().user;
    const TimelinessReportService service(db, settings);
    const AuditLog audit(db, user);
    // What each kind of record adds to the report (the same sections as the window's).
    const FeatureReports features(db, settings);
    const BoardPaperPublisher publisher(service, audit, &features.sections());
    // HTML and PDF are papers to publish: the installation's threshold unless one is given.
    const bool isPublic = format == Format::Html || format == Format::Pdf;
    if (threshold < 0 && !isPublic)
        threshold = 0;
    // The same steps as the window's export: a paper that lets a hidden count be worked out
    // is never written.
    auto paper = publisher.prepare(ReportRequest{from, to, asOf}, threshold,
                                   BoardPaperCover{parser.value(purposeOption).trimmed(),
                                                   parser.values(recommendationOption),
                                                   parser.value(authorOption).simplified()});
    if (!paper)
        return CliOutput::failure(paper.failure(), ExitDataError);
    const PublishedReport& published = paper->published;
    threshold = published.threshold();
    const PublishedReport::DisclosureAudit& attack = paper->attack;
    if (parser.isSet(auditOption)) {
        const QStringList& lines = attack.lines;
        const bool optimised =
            published.suppression().method() == SmallNumberSuppression::Method::Optimised;
        CliOutput::out(
            tr("Disclosure audit, %1, counts below %2 hidden: %3 small count(s) hidden or "
               "implied; %4")
                .arg(published.periodText())
                .arg(threshold)
                .arg(lines.size())
                .arg(optimised ? tr("the \"*\" figures were chosen by optimisation (least "
                                    "information lost)")
                               : tr("the \"*\" figures were chosen step by step (the "
                                    "optimisation did not finish within its limits)")));
        for (const QString& line : lines)
            CliOutput::out(QStringLiteral("  ") + line);
        return attack.leak.isEmpty() ? 0 : 1;
    }
    if (Status safe = BoardPaperPublisher::refuseLeak(paper.value()); !safe)
        return CliOutput::failure(safe.failure(), ExitDataError);

    QByteArray bytes;
    if (format == Format::Csv)
        bytes = ReportCsvWriter::write(published, paper->sections);
    else if (format == Format::Json)
        bytes = ReportJsonWriter::write(published, paper->sections);
    else if (format == Format::Html)
        bytes = ReportHtmlWriter::write(published, paper->sections);
    else {
        auto pdf = BoardPaperPdfWriter::write(published, paper->sections);
        if (!pdf)
            return CliOutput::failure(pdf.failure(), ExitDataError);
        bytes = pdf.value();
    }

    const QString out = parser.value(outOption);
    if (out.isEmpty()) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
    } else {
        QSaveFile file(out);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return CliOutput::error(tr("could not write %1: %2").arg(out, file.errorString()),
                                    ExitDataError);
    }
    if (Status logged = publisher.recordExport(paper.value(), formatName, out); !logged)
        return CliOutput::failure(logged.failure(), ExitDataError);
    return ExitSuccess;
}

} // namespace lac
