// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseloadCommand.h"

#include "CliOutput.h"
#include "common/CsvWriter.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "incoming/core/AuthorityStatement.h"
#include "incoming/core/IncomingCommandServices.h"
#include "incoming/core/IncomingService.h"
#include "security/UserDirectory.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lac {

QString CaseloadCommand::summary() const
{
    return tr("caseload --db PATH [--as-of DATE] [--format csv|json] [--authority CODE --out "
              "DIR [--from MONTH] [--to MONTH]]   the caseload split: own children and those "
              "placed here by other authorities; or one authority's statement");
}

int CaseloadCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the LAC health team's caseload on a day: our own children in care and the "
           "children other authorities have placed in our area, one row per authority and a "
           "total (authority,own_children,placed_here_by_them). A child placed here who is "
           "also in our care is counted once, as ours."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database."),
                                      QStringLiteral("path"));
    const QCommandLineOption asOfOption(QStringLiteral("as-of"),
                                        tr("The day (YYYY-MM-DD); today by default."),
                                        QStringLiteral("date"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("csv (default) or json."),
                                          QStringLiteral("format"), QStringLiteral("csv"));
    const QCommandLineOption authorityOption(
        QStringLiteral("authority"),
        tr("Write the statement for one requesting authority (its GSS code or name): the "
           "turnaround of its requests by month and its own children's requests, as two CSV "
           "files in --out. Personal data: audited, never the current folder by default."),
        QStringLiteral("code"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), tr("The folder for the statement's files."), QStringLiteral("dir"));
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        tr("The statement's first month (YYYY-MM); 11 months before "
           "--to by default."),
        QStringLiteral("month"));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        tr("The statement's last month (YYYY-MM); the --as-of month by "
           "default."),
        QStringLiteral("month"));
    parser.addOptions(
        {dbOption, asOfOption, formatOption, authorityOption, outOption, fromOption, toOption});
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;
    if (!parser.isSet(dbOption))
        return CliOutput::error(tr("caseload needs --db PATH"), ExitUsageError);
    enum class Format
    {
        Csv,
        Json,
    };
    static const QHash<QString, Format> formats{{QStringLiteral("csv"), Format::Csv},
                                                {QStringLiteral("json"), Format::Json}};
    const auto format = formats.constFind(parser.value(formatOption));
    if (format == formats.cend())
        return CliOutput::error(
            tr("--format: '%1' is not csv or json").arg(parser.value(formatOption)),
            ExitUsageError);
    QDate asOf = QDate::currentDate();
    if (parser.isSet(asOfOption)) {
        asOf = QDate::fromString(parser.value(asOfOption), Qt::ISODate);
        if (!asOf.isValid())
            return CliOutput::error(
                tr("--as-of: '%1' is not a date (YYYY-MM-DD)").arg(parser.value(asOfOption)),
                ExitUsageError);
        if (asOf > QDate::currentDate())
            return CliOutput::error(
                tr("--as-of: %1 is in the future").arg(parser.value(asOfOption)), ExitUsageError);
    }
    const bool statement = parser.isSet(authorityOption);
    if (statement != parser.isSet(outOption))
        return CliOutput::error(tr("a statement needs both --authority CODE and --out DIR"),
                                ExitUsageError);
    if (!statement && (parser.isSet(fromOption) || parser.isSet(toOption)))
        return CliOutput::error(tr("--from and --to are for a statement (--authority)"),
                                ExitUsageError);
    const auto month = [&parser](const QCommandLineOption& o, QDate fallback) {
        return parser.isSet(o)
                   ? QDate::fromString(parser.value(o) + QStringLiteral("-01"), Qt::ISODate)
                   : fallback;
    };
    const QDate last = month(toOption, QDate(asOf.year(), asOf.month(), 1));
    const QDate first = month(fromOption, last.addMonths(-11));
    if (!first.isValid() || !last.isValid())
        return CliOutput::error(tr("--from and --to take a month as YYYY-MM"), ExitUsageError);
    if (!Database::isServerLocation(parser.value(dbOption)) &&
        !QFileInfo::exists(parser.value(dbOption)))
        return CliOutput::error(tr("no database at %1").arg(parser.value(dbOption)), ExitDataError);
    Database::Options options;
    options.createIfMissing = false;
    auto db = Database::open(parser.value(dbOption), options);
    if (!db)
        return CliOutput::failure(db.failure(), ExitDataError);
    auto signedIn = UserDirectory(*db.value()).signIn(UserContext::osLogin());
    if (!signedIn)
        return CliOutput::failure(signedIn.failure(), ExitDataError);
    const AuditLog audit(*db.value(), signedIn.value());
    auto services = IncomingCommandServices::open(*db.value(), audit);
    if (!services)
        return CliOutput::failure(services.failure(), ExitDataError);
    if (statement) {
        const IncomingService& host = services.value()->service();
        const QString code = host.authorities().find(parser.value(authorityOption));
        if (code.isEmpty())
            return CliOutput::error(tr("--authority: '%1' is not an authority on the list")
                                        .arg(parser.value(authorityOption)),
                                    ExitUsageError);
        auto st = AuthorityStatement::read(host, code, first, last, asOf);
        if (!st)
            return CliOutput::failure(st.failure(), ExitDataError);
        // Named on the command line, so never a default: made absolute for the audit trail.
        auto paths = st.value().write(host, QDir(parser.value(outOption)).absolutePath());
        if (!paths)
            return CliOutput::failure(paths.failure(), ExitDataError);
        for (const QString& p : paths.value())
            CliOutput::out(tr("wrote %1").arg(QDir::toNativeSeparators(p)));
        return ExitSuccess;
    }
    auto split = services.value()->service().caseload(asOf);
    if (!split)
        return CliOutput::failure(split.failure(), ExitDataError);
    const CaseloadSplit& s = split.value();
    if (*format == Format::Json) {
        QJsonArray lines;
        for (const CaseloadLine& l : s.lines)
            lines << QJsonObject{{QStringLiteral("authority"), l.authority},
                                 {QStringLiteral("code"), l.authorityCode},
                                 {QStringLiteral("own_children"), l.ownChildren},
                                 {QStringLiteral("placed_here_by_them"), l.placedHere}};
        const QJsonObject all{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                              {QStringLiteral("authorities"), lines},
                              {QStringLiteral("total"),
                               QJsonObject{{QStringLiteral("own_children"), s.ownChildren},
                                           {QStringLiteral("placed_here_by_them"), s.placedHere},
                                           {QStringLiteral("caseload"), s.total()}}},
                              {QStringLiteral("known_both_ways"), s.knownBothWays}};
        CliOutput::out(
            QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Indented)).trimmed());
        return ExitSuccess;
    }
    const auto row = [](const QString& authority, int own, int placed) {
        return CsvWriter::encodeCell(authority) + QStringLiteral(",%1,%2").arg(own).arg(placed);
    };
    CliOutput::out(QStringLiteral("authority,own_children,placed_here_by_them"));
    for (const CaseloadLine& l : s.lines)
        CliOutput::out(row(l.authority, l.ownChildren, l.placedHere));
    CliOutput::out(row(tr("Total"), s.ownChildren, s.placedHere));
    return ExitSuccess;
}

} // namespace lac
