// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/core/AuthorityStatement.h"

#include "common/CsvWriter.h"
#include "data/SqlTransaction.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>

namespace lac {
namespace {

QString day(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString line(const QStringList& cells)
{
    QStringList encoded;
    for (const QString& c : cells)
        encoded << CsvWriter::encodeCell(c);
    return encoded.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QStringList monthCells(const QString& label, const IncomingMonth& m)
{
    return {label,
            QString::number(m.received),
            QString::number(m.complete),
            QString::number(m.done),
            QString::number(m.doneInTarget),
            IncomingFigures::medianText(m.turnaround),
            QString::number(m.waitingRequester),
            QString::number(m.lateRequester),
            QString::number(m.lateHost)};
}

} // namespace

Result<AuthorityStatement> AuthorityStatement::read(const IncomingService& service,
                                                    const QString& code, QDate first, QDate last,
                                                    QDate asOf)
{
    if (!service.authorities().contains(code))
        return Failure{tr("%1 is not an authority on the list").arg(code), tr("Authority")};
    if (!first.isValid() || !last.isValid() || last < first)
        return Failure{tr("the months run backwards"), tr("Months")};
    auto log = service.log(asOf);
    if (!log)
        return log.failure();
    AuthorityStatement s;
    s.authorityCode = code;
    s.authorityName = service.authorities().name(code);
    s.asOf = asOf;
    QList<IncomingRequestRow> theirs;
    for (const IncomingLine& l : log.value()) {
        if (l.row.child.authorityCode != code)
            continue;
        s.requests << l;
        theirs << l.row;
    }
    s.figures = IncomingFigures::count(theirs, service.calendar(), service.turnaroundDays(), first,
                                       last, asOf);
    return s;
}

// The columns are names for the authority's own spreadsheet: stable, never translated.
QString AuthorityStatement::turnaroundCsv() const
{
    QString out =
        line({QStringLiteral("month"), QStringLiteral("received"), QStringLiteral("complete"),
              QStringLiteral("done"), QStringLiteral("done_in_target"),
              QStringLiteral("median_working_days"), QStringLiteral("waiting_on_your_paperwork"),
              QStringLiteral("late_your_paperwork"), QStringLiteral("late_our_capacity")});
    for (const IncomingMonth& m : figures.months)
        out += line(monthCells(m.month.toString(QStringLiteral("yyyy-MM")), m));
    out += line(monthCells(QStringLiteral("period"), figures.period));
    return out;
}

QString AuthorityStatement::requestsCsv() const
{
    QString out = line({QStringLiteral("their_case_id"),
                        QStringLiteral("nhs_number"),
                        QStringLiteral("given_name"),
                        QStringLiteral("family_name"),
                        QStringLiteral("date_of_birth"),
                        QStringLiteral("kind"),
                        QStringLiteral("received"),
                        QStringLiteral("complete"),
                        QStringLiteral("your_due_date"),
                        QStringLiteral("booked"),
                        QStringLiteral("done"),
                        QStringLiteral("report_sent"),
                        QStringLiteral("withdrawn"),
                        QStringLiteral("stage"),
                        QStringLiteral("turnaround_working_days"),
                        QStringLiteral("our_due_date"),
                        QStringLiteral("late_because"),
                        QStringLiteral("open_paperwork_problems"),
                        QStringLiteral("invoice_raised"),
                        QStringLiteral("invoice_paid")});
    for (const IncomingLine& l : requests) {
        const HostChild& c = l.row.child;
        const IncomingRequest& r = l.row.request;
        out += line({c.theirCaseId,
                     c.nhsNumber,
                     c.givenName,
                     c.familyName,
                     day(c.dateOfBirth),
                     IncomingService::kindText(r.kind),
                     day(r.received),
                     day(r.complete),
                     day(r.requesterDue),
                     day(r.booked),
                     day(r.done),
                     day(r.reportSent),
                     day(r.withdrawn),
                     IncomingService::stageText(l.stage),
                     l.turnaround >= 0 ? QString::number(l.turnaround) : QString(),
                     day(l.hostDue),
                     IncomingService::delayText(l.delay),
                     QString::number(l.row.openIssues),
                     day(r.invoiceRaised),
                     day(r.invoicePaid)});
    }
    return out;
}

Result<QStringList> AuthorityStatement::write(const IncomingService& service,
                                              const QString& folder) const
{
    const CaseContext& ctx = service.context();
    if (auto s = AccessPolicy::require(ctx.user(), Permission::ReadHostRequests); !s)
        return s.failure();
    if (auto s = AccessPolicy::require(ctx.user(), Permission::ExportCaseData); !s)
        return s.failure();
    if (folder.trimmed().isEmpty() || QDir::isRelativePath(folder))
        return Failure{tr("name the folder in full: a statement holds children's details, so it "
                          "is never written to the current folder by default"),
                       tr("Folder")};
    if (!QDir(folder).exists())
        return Failure{tr("the folder does not exist"), folder};
    const QDir dir(folder);
    const QStringList paths{dir.filePath(QStringLiteral("%1-turnaround.csv").arg(authorityCode)),
                            dir.filePath(QStringLiteral("%1-requests.csv").arg(authorityCode))};
    const QStringList contents{turnaroundCsv(), requestsCsv()};

    SqlTransaction tx(ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    QJsonArray files;
    for (const QString& p : paths)
        files << p;
    if (auto s = ctx.audit.append(
            {QStringLiteral("export"),
             QStringLiteral("host_requests"),
             0,
             0,
             tr("statement for %1: %n request(s) of its children placed here, written to %2",
                nullptr, int(requests.size()))
                 .arg(authorityName, QDir::toNativeSeparators(folder)),
             {},
             {{QStringLiteral("authority"), authorityCode},
              {QStringLiteral("requests"), int(requests.size())},
              {QStringLiteral("files"), files}}});
        !s)
        return s.failure();
    QStringList written;
    const auto removeWritten = [&written] {
        for (const QString& p : std::as_const(written))
            QFile::remove(p);
    };
    for (int i = 0; i < paths.size(); ++i) {
        QSaveFile file(paths.at(i));
        if (!file.open(QIODevice::WriteOnly) || file.write(contents.at(i).toUtf8()) < 0 ||
            !file.commit()) {
            removeWritten(); // the transaction rolls back: no audit entry, no half statement
            return Failure{tr("could not write the file: %1").arg(file.errorString()), paths.at(i)};
        }
        written << paths.at(i);
    }
    if (auto s = tx.commit(); !s) {
        removeWritten();
        return s.failure();
    }
    return written;
}

} // namespace lac
