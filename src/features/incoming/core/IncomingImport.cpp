// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/core/IncomingImport.h"

#include "data/SqlTransaction.h"
#include "domain/NhsNumber.h"
#include "import/ImportDate.h"
#include "import/RecordCsv.h"
#include "incoming/core/IncomingClock.h"
#include "incoming/core/IncomingService.h"
#include "incoming/data/IncomingStore.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace lac {
namespace {

QString childKey(const QString& authority, const QString& caseId)
{
    return authority + QLatin1Char('|') + caseId;
}

QString requestKey(const QString& child, IncomingKind kind, QDate received)
{
    return QStringLiteral("%1|%2|%3").arg(child).arg(int(kind)).arg(received.toString(Qt::ISODate));
}

struct Staged
{
    HostChild child;
    IncomingRequest request;
};

/// The CSV column of each field IncomingClock names.
const QHash<QString, QString>& columnOf()
{
    static const QHash<QString, QString> columns{
        {IncomingClock::tr("Authority"), QStringLiteral("authority")},
        {IncomingClock::tr("Their case ID"), QStringLiteral("their_case_id")},
        {IncomingClock::tr("NHS number"), QStringLiteral("nhs_number")},
        {IncomingClock::tr("Date of birth"), QStringLiteral("date_of_birth")},
        {IncomingClock::tr("Placed here from"), QStringLiteral("placed_from")},
        {IncomingClock::tr("Placed here until"), QStringLiteral("placed_to")},
        {IncomingClock::tr("Received"), QStringLiteral("received")},
        {IncomingClock::tr("Complete"), QStringLiteral("complete")},
        {IncomingClock::tr("Their due date"), QStringLiteral("requester_due")},
        {IncomingClock::tr("Booked for"), QStringLiteral("booked")},
        {IncomingClock::tr("Done"), QStringLiteral("done")},
        {IncomingClock::tr("Report sent"), QStringLiteral("report_sent")},
        {IncomingClock::tr("Invoice raised"), QStringLiteral("invoice_raised")},
        {IncomingClock::tr("Invoice paid"), QStringLiteral("invoice_paid")},
        {IncomingClock::tr("Withdrawn"), QStringLiteral("withdrawn")},
        {IncomingClock::tr("Notes"), QStringLiteral("notes")}};
    return columns;
}

} // namespace

IncomingImport::IncomingImport(const IncomingService& service)
    : m_service(service)
{}

Result<IncomingImportReport> IncomingImport::run(const QString& path, bool dryRun) const
{
    const CaseContext& ctx = m_service.context();
    for (Permission p : {Permission::ImportData, Permission::EditHostRequests})
        if (auto s = AccessPolicy::require(ctx.user(), p); !s)
            return s.failure();
    const IncomingStore store(ctx.db);
    auto existing = store.rows();
    if (!existing)
        return existing.failure();
    auto children = store.children();
    if (!children)
        return children.failure();
    QHash<QString, HostChild> known;
    for (const HostChild& c : children.value())
        known.insert(childKey(c.authorityCode, c.theirCaseId), c);
    QSet<QString> requests;
    for (const IncomingRequestRow& r : existing.value())
        requests << requestKey(childKey(r.child.authorityCode, r.child.theirCaseId), r.request.kind,
                               r.request.received);

    IncomingImportReport report;
    QList<Staged> staged;
    const QDate today = ctx.today();
    const QStringList required{QStringLiteral("authority"),     QStringLiteral("their_case_id"),
                               QStringLiteral("date_of_birth"), QStringLiteral("placed_from"),
                               QStringLiteral("kind"),          QStringLiteral("received")};
    auto rows = RecordCsv::read(path, required, report.problems, [&](const RecordCsv::Row& row) {
        const int before = int(report.problems.size());
        const auto dateOf = [&](const QString& column) {
            const QString text = row.field(column);
            if (text.isEmpty())
                return QDate();
            const QDate d = ImportDate::parse(text);
            if (!d.isValid())
                row.problem(column, tr("not a date (DD/MM/YYYY)"));
            return d;
        };
        Staged s;
        HostChild& c = s.child;
        c.authorityCode = m_service.authorities().find(row.field(QStringLiteral("authority")));
        if (c.authorityCode.isEmpty())
            row.problem(QStringLiteral("authority"),
                        tr("not an authority on the list (a GSS code such as E10000014, or "
                           "the name)"));
        c.theirCaseId = row.field(QStringLiteral("their_case_id"));
        if (c.theirCaseId.isEmpty())
            row.problem(QStringLiteral("their_case_id"), tr("missing the requester's case ID"));
        c.givenName = row.field(QStringLiteral("given_name"));
        c.familyName = row.field(QStringLiteral("family_name"));
        c.placementArea = row.field(QStringLiteral("placement_area")).toUpper();
        if (const QString n = row.field(QStringLiteral("nhs_number")); !n.isEmpty()) {
            auto parsed = NhsNumber::parse(n);
            if (!parsed)
                row.problem(QStringLiteral("nhs_number"), parsed.failure().message);
            else
                c.nhsNumber = parsed.value().digits();
        }
        c.dateOfBirth = dateOf(QStringLiteral("date_of_birth"));
        c.placedFrom = dateOf(QStringLiteral("placed_from"));
        c.placedTo = dateOf(QStringLiteral("placed_to"));
        IncomingRequest& r = s.request;
        const auto kind = IncomingStore::kindFromCode(row.field(QStringLiteral("kind")).toUpper());
        if (!kind)
            row.problem(QStringLiteral("kind"), tr("expected RHA or IHA"));
        r.kind = kind.value_or(IncomingKind::Rha);
        r.received = dateOf(QStringLiteral("received"));
        r.complete = dateOf(QStringLiteral("complete"));
        r.requesterDue = dateOf(QStringLiteral("requester_due"));
        r.booked = dateOf(QStringLiteral("booked"));
        r.done = dateOf(QStringLiteral("done"));
        r.reportSent = dateOf(QStringLiteral("report_sent"));
        r.invoiceRaised = dateOf(QStringLiteral("invoice_raised"));
        r.invoicePaid = dateOf(QStringLiteral("invoice_paid"));
        r.withdrawn = dateOf(QStringLiteral("withdrawn"));
        r.requesterContact = row.field(QStringLiteral("contact"));
        r.commissioner = row.field(QStringLiteral("commissioner"));
        r.notes = row.field(QStringLiteral("notes"));
        if (int(report.problems.size()) > before)
            return;
        // The same rules as a child and a request saved by hand, against the file's column.
        r.hostChildId = 1; // checked for real when written
        for (const Status& check : {IncomingClock::check(c, today), IncomingClock::check(r, today)})
            if (!check) {
                row.problem(columnOf().value(check.failure().where, check.failure().where),
                            check.failure().message);
                return;
            }
        r.hostChildId = 0;
        const QString child = childKey(c.authorityCode, c.theirCaseId);
        const QString key = requestKey(child, r.kind, r.received);
        if (requests.contains(key)) {
            ++report.alreadyRecorded;
            return;
        }
        requests << key;
        staged << s;
    });
    if (!rows)
        return rows.failure();
    report.rows = rows.value();
    if (!report.problems.isEmpty() || dryRun || staged.isEmpty())
        return report;

    SqlTransaction tx(ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    for (Staged& s : staged) {
        const QString key = childKey(s.child.authorityCode, s.child.theirCaseId);
        auto found = known.constFind(key);
        if (found == known.cend()) {
            if (!s.child.nhsNumber.isEmpty()) {
                auto own = store.ownChildByNhsNumber(s.child.nhsNumber);
                if (!own)
                    return own.failure();
                s.child.ownChildId = own.value();
            }
            auto id = store.insertChild(s.child);
            if (!id)
                return id.failure();
            s.child.id = id.value();
            found = known.insert(key, s.child);
            ++report.childrenAdded;
        }
        s.request.hostChildId = found->id;
        if (auto id = store.insertRequest(s.request); !id)
            return id.failure();
    }
    if (auto s = ctx.audit.append(
            {QStringLiteral("import"),
             QStringLiteral("host_requests"),
             0,
             0,
             tr("%n incoming requests imported from %1", nullptr, int(staged.size())).arg(path),
             {},
             QJsonObject{{QStringLiteral("file"), path},
                         {QStringLiteral("written"), int(staged.size())},
                         {QStringLiteral("children_added"), report.childrenAdded},
                         {QStringLiteral("already_recorded"), report.alreadyRecorded}}});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    report.written = int(staged.size());
    return report;
}

} // namespace lac
