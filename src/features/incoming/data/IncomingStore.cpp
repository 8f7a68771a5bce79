// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/data/IncomingStore.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

#include <QSqlQuery>

namespace lac {
namespace {

using namespace sqlvalue;

const char* childColumns = "c.id, c.authority_code, c.their_case_id, c.nhs_number, c.given_name, "
                           "c.family_name, c.date_of_birth, c.placement_area, c.placed_from, "
                           "c.placed_to, c.own_child_id, c.notes, c.version";
const char* requestColumns =
    "r.id, r.host_child_id, r.kind, r.requester_contact, r.received, r.complete, "
    "r.requester_due, r.booked, r.done, r.report_sent, r.commissioner, r.invoice_raised, "
    "r.invoice_paid, r.withdrawn, r.notes, r.version";
constexpr int childColumnCount = 13;
constexpr int requestColumnCount = 16;

HostChild childFrom(const QSqlQuery& q, int at)
{
    HostChild c;
    int i = at;
    c.id = q.value(i++).toLongLong();
    c.authorityCode = q.value(i++).toString();
    c.theirCaseId = q.value(i++).toString();
    c.nhsNumber = q.value(i++).toString();
    c.givenName = q.value(i++).toString();
    c.familyName = q.value(i++).toString();
    c.dateOfBirth = toDate(q.value(i++));
    c.placementArea = q.value(i++).toString();
    c.placedFrom = toDate(q.value(i++));
    c.placedTo = toDate(q.value(i++));
    c.ownChildId = q.value(i++).toLongLong();
    c.notes = q.value(i++).toString();
    c.version = q.value(i++).toInt();
    return c;
}

IncomingRequest requestFrom(const QSqlQuery& q, int at)
{
    IncomingRequest r;
    int i = at;
    r.id = q.value(i++).toLongLong();
    r.hostChildId = q.value(i++).toLongLong();
    r.kind = IncomingStore::kindFromCode(q.value(i++).toString()).value_or(IncomingKind::Rha);
    r.requesterContact = q.value(i++).toString();
    r.received = toDate(q.value(i++));
    r.complete = toDate(q.value(i++));
    r.requesterDue = toDate(q.value(i++));
    r.booked = toDate(q.value(i++));
    r.done = toDate(q.value(i++));
    r.reportSent = toDate(q.value(i++));
    r.commissioner = q.value(i++).toString();
    r.invoiceRaised = toDate(q.value(i++));
    r.invoicePaid = toDate(q.value(i++));
    r.withdrawn = toDate(q.value(i++));
    r.notes = q.value(i++).toString();
    r.version = q.value(i++).toInt();
    return r;
}

HostChild childRow(const QSqlQuery& q)
{
    return childFrom(q, 0);
}

IncomingRequest requestRow(const QSqlQuery& q)
{
    return requestFrom(q, 0);
}

QVariantList childValues(const HostChild& c)
{
    return {text(c.authorityCode), text(c.theirCaseId), text(c.nhsNumber),     text(c.givenName),
            text(c.familyName),    date(c.dateOfBirth), text(c.placementArea), date(c.placedFrom),
            date(c.placedTo),      id(c.ownChildId),    text(c.notes)};
}

QVariantList requestValues(const IncomingRequest& r)
{
    return {text(IncomingStore::kindCode(r.kind)),
            text(r.requesterContact),
            date(r.received),
            date(r.complete),
            date(r.requesterDue),
            date(r.booked),
            date(r.done),
            date(r.reportSent),
            text(r.commissioner),
            date(r.invoiceRaised),
            date(r.invoicePaid),
            date(r.withdrawn),
            text(r.notes)};
}

} // namespace

IncomingStore::IncomingStore(const Database& db)
    : m_db(db)
{}

QString IncomingStore::kindCode(IncomingKind k)
{
    return k == IncomingKind::Iha ? QStringLiteral("IHA") : QStringLiteral("RHA");
}

std::optional<IncomingKind> IncomingStore::kindFromCode(const QString& code)
{
    if (code == QLatin1String("RHA"))
        return IncomingKind::Rha;
    if (code == QLatin1String("IHA"))
        return IncomingKind::Iha;
    return std::nullopt;
}

Result<QList<HostChild>> IncomingStore::children() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM host_children c WHERE c.closed_at IS NULL "
                                     "ORDER BY c.placed_from, c.id")
                          .arg(QLatin1String(childColumns)),
                      {}, tr("could not read the children placed here"));
    if (!q)
        return q.failure();
    QList<HostChild> all;
    while (q.value().next())
        all << childFrom(q.value(), 0);
    return all;
}

Result<HostChild> IncomingStore::findChild(qint64 id) const
{
    return findById(m_db,
                    QStringLiteral("SELECT %1 FROM host_children c WHERE c.id = ? AND "
                                   "c.closed_at IS NULL")
                        .arg(QLatin1String(childColumns)),
                    id, tr("could not read the child"), tr("there is no such child"), childRow);
}

Result<std::optional<HostChild>> IncomingStore::findChild(const QString& authorityCode,
                                                          const QString& theirCaseId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM host_children c WHERE c.authority_code = ? "
                                     "AND c.their_case_id = ? AND c.closed_at IS NULL "
                                     "ORDER BY c.id")
                          .arg(QLatin1String(childColumns)),
                      {authorityCode, theirCaseId}, tr("could not read the child"));
    if (!q)
        return q.failure();
    if (!q.value().next())
        return std::optional<HostChild>();
    return std::optional<HostChild>(childFrom(q.value(), 0));
}

Result<qint64> IncomingStore::insertChild(const HostChild& c) const
{
    const QString at = now();
    QVariantList values = childValues(c);
    values << at << at;
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO host_children (authority_code, their_case_id, nhs_number, "
                       "given_name, family_name, date_of_birth, placement_area, placed_from, "
                       "placed_to, own_child_id, notes, created_at, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        values, tr("could not save the child"));
}

Status IncomingStore::updateChild(const HostChild& c) const
{
    QVariantList values = childValues(c);
    values << now() << c.id << c.version;
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE host_children SET authority_code = ?, "
                                     "their_case_id = ?, nhs_number = ?, given_name = ?, "
                                     "family_name = ?, date_of_birth = ?, placement_area = ?, "
                                     "placed_from = ?, placed_to = ?, own_child_id = ?, notes = ?, "
                                     "updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"),
                      values, tr("could not save the child"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("child"));
}

Result<QList<IncomingRequestRow>> IncomingStore::rows() const
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "SELECT %1, %2, (SELECT count(*) FROM host_request_issues i WHERE i.request_id = r.id "
            "AND i.resolved IS NULL), (SELECT count(*) FROM host_request_chases h WHERE "
            "h.request_id = r.id), (SELECT max(h.chase_date) FROM host_request_chases h WHERE "
            "h.request_id = r.id), o.case_id FROM host_requests r JOIN host_children c ON "
            "c.id = r.host_child_id LEFT JOIN children o ON o.id = c.own_child_id "
            "WHERE r.closed_at IS NULL AND c.closed_at IS NULL ORDER BY r.received, r.id")
            .arg(QLatin1String(requestColumns), QLatin1String(childColumns)),
        {}, tr("could not read the incoming requests"));
    if (!q)
        return q.failure();
    QList<IncomingRequestRow> all;
    const int extra = requestColumnCount + childColumnCount;
    while (q.value().next()) {
        IncomingRequestRow row;
        row.request = requestFrom(q.value(), 0);
        row.child = childFrom(q.value(), requestColumnCount);
        row.openIssues = q.value().value(extra).toInt();
        row.chases = q.value().value(extra + 1).toInt();
        row.lastChased = toDate(q.value().value(extra + 2));
        row.ownCaseId = q.value().value(extra + 3).toString();
        all << row;
    }
    return all;
}

Result<IncomingRequest> IncomingStore::findRequest(qint64 id) const
{
    return findById(m_db,
                    QStringLiteral("SELECT %1 FROM host_requests r WHERE r.id = ? AND "
                                   "r.closed_at IS NULL")
                        .arg(QLatin1String(requestColumns)),
                    id, tr("could not read the request"), tr("there is no such request"),
                    requestRow);
}

Result<qint64> IncomingStore::insertRequest(const IncomingRequest& r) const
{
    const QString at = now();
    QVariantList values{r.hostChildId};
    values << requestValues(r) << at << at;
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO host_requests (host_child_id, kind, requester_contact, "
                       "received, complete, requester_due, booked, done, report_sent, "
                       "commissioner, invoice_raised, invoice_paid, withdrawn, notes, "
                       "created_at, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        values, tr("could not save the request"));
}

Status IncomingStore::updateRequest(const IncomingRequest& r) const
{
    QVariantList values = requestValues(r);
    values << now() << r.id << r.version;
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE host_requests SET kind = ?, requester_contact = ?, received = ?, "
                       "complete = ?, requester_due = ?, booked = ?, done = ?, report_sent = ?, "
                       "commissioner = ?, invoice_raised = ?, invoice_paid = ?, withdrawn = ?, "
                       "notes = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"),
        values, tr("could not save the request"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("request"));
}

Result<QList<IncomingPaperworkIssue>> IncomingStore::issues(qint64 requestId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, request_id, problem, detail, found, returned, "
                                     "resolved FROM host_request_issues WHERE request_id = ? "
                                     "ORDER BY found, id"),
                      {requestId}, tr("could not read the paperwork issues"));
    if (!q)
        return q.failure();
    QList<IncomingPaperworkIssue> all;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        all << IncomingPaperworkIssue{r.value(0).toLongLong(), r.value(1).toLongLong(),
                                      r.value(2).toString(),   r.value(3).toString(),
                                      toDate(r.value(4)),      toDate(r.value(5)),
                                      toDate(r.value(6))};
    }
    return all;
}

Result<qint64> IncomingStore::insertIssue(const IncomingPaperworkIssue& i) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO host_request_issues (request_id, problem, detail, found, "
                       "returned, resolved, created_at, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {i.requestId, text(i.problem), text(i.detail), date(i.found), date(i.returned),
         date(i.resolved), at, at},
        tr("could not save the paperwork issue"));
}

Status IncomingStore::resolveIssue(qint64 issueId, QDate resolved) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE host_request_issues SET resolved = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND resolved IS NULL"),
                      {date(resolved), now(), issueId}, tr("could not save the paperwork issue"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("paperwork issue"));
}

Result<QList<IncomingChase>> IncomingStore::chases(qint64 requestId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, request_id, chase_date, chased_by, response FROM "
                                     "host_request_chases WHERE request_id = ? "
                                     "ORDER BY chase_date, id"),
                      {requestId}, tr("could not read the chases"));
    if (!q)
        return q.failure();
    QList<IncomingChase> all;
    while (q.value().next())
        all << IncomingChase{q.value().value(0).toLongLong(), q.value().value(1).toLongLong(),
                             toDate(q.value().value(2)), q.value().value(3).toString(),
                             q.value().value(4).toString()};
    return all;
}

Result<qint64> IncomingStore::insertChase(const IncomingChase& c) const
{
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO host_request_chases (request_id, chase_date, chased_by, "
                       "response, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {c.requestId, date(c.date), text(c.chasedBy), text(c.response), now()},
        tr("could not save the chase"));
}

Result<QList<OwnChildInCare>> IncomingStore::ownChildrenInCare(QDate on) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "SELECT c.id, COALESCE((SELECT n.nhs_number FROM nhs_numbers n WHERE "
            "n.child_id = c.id AND n.valid_to IS NULL ORDER BY n.valid_from DESC, n.id DESC "
            "LIMIT 1), '') FROM children c WHERE c.closed_at IS NULL AND EXISTS (SELECT 1 FROM "
            "care_periods p WHERE p.child_id = c.id AND p.closed_at IS NULL AND "
            "p.start_date <= ? AND (p.end_date IS NULL OR p.end_date > ?)) ORDER BY c.id"),
        {date(on), date(on)}, tr("could not read the children in care"));
    if (!q)
        return q.failure();
    QList<OwnChildInCare> all;
    while (q.value().next())
        all << OwnChildInCare{q.value().value(0).toLongLong(), q.value().value(1).toString()};
    return all;
}

Result<qint64> IncomingStore::ownChildByNhsNumber(const QString& nhsNumber) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT n.child_id FROM nhs_numbers n JOIN children c ON "
                                     "c.id = n.child_id WHERE n.nhs_number = ? AND "
                                     "n.valid_to IS NULL AND c.closed_at IS NULL ORDER BY c.id"),
                      {nhsNumber}, tr("could not read the NHS numbers"));
    if (!q)
        return q.failure();
    return q.value().next() ? q.value().value(0).toLongLong() : qint64(0);
}

Result<HostChild> IncomingStore::ownChildAsHosted(qint64 id) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT c.given_name, c.family_name, c.date_of_birth, COALESCE((SELECT "
                       "n.nhs_number FROM nhs_numbers n WHERE n.child_id = c.id AND n.valid_to IS "
                       "NULL ORDER BY n.valid_from DESC, n.id DESC LIMIT 1), ''), (SELECT "
                       "max(p.start_date) FROM care_periods p WHERE p.child_id = c.id AND "
                       "p.closed_at IS NULL) FROM children c WHERE c.id = ?"),
        {id}, tr("could not read the child"));
    if (!q)
        return q.failure();
    if (!q.value().next())
        return Failure{tr("there is no such child"), QString::number(id)};
    HostChild c;
    c.givenName = q.value().value(0).toString();
    c.familyName = q.value().value(1).toString();
    c.dateOfBirth = toDate(q.value().value(2));
    c.nhsNumber = q.value().value(3).toString();
    c.placedTo = toDate(q.value().value(4));
    c.ownChildId = id;
    return c;
}

} // namespace lac
