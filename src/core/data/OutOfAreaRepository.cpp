// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/OutOfAreaRepository.h"

#include "data/CaseLogSql.h"
#include "data/SqlConnection.h"
#include "data/SqlValues.h"

namespace lac {
namespace {

const char* requestColumns =
    "SELECT o.id, o.assessment_id, o.child_id, COALESCE(o.host_authority_id, 0), "
    "COALESCE(o.provider_id, 0), o.requested_date, o.stated_wait_weeks, o.escalated, "
    "o.escalated_date, o.resolved_date, o.notes, o.version, o.escalated_to, "
    "o.escalation_note ";
const int requestColumnCount = 14;

OutOfAreaRequestRecord requestFrom(const QSqlQuery& r)
{
    using sqlvalue::toDate;
    OutOfAreaRequestRecord o;
    o.id = r.value(0).toLongLong();
    o.assessmentId = r.value(1).toLongLong();
    o.childId = r.value(2).toLongLong();
    o.hostAuthorityId = r.value(3).toLongLong();
    o.providerId = r.value(4).toLongLong();
    o.requestedDate = toDate(r.value(5));
    o.statedWaitWeeks = r.value(6).isNull() ? -1 : r.value(6).toInt();
    o.escalated = r.value(7).toInt() != 0;
    o.escalatedDate = toDate(r.value(8));
    o.resolvedDate = toDate(r.value(9));
    o.notes = r.value(10).toString();
    o.version = r.value(11).toInt();
    o.escalatedTo = r.value(12).toString();
    o.escalationNote = r.value(13).toString();
    return o;
}

CaseLogSql logSql(const Database& db, const OutOfAreaLogQuery& query)
{
    using Show = OutOfAreaLogQuery::Show;
    CaseLogSql log(db, QStringLiteral("ooa_requests"), QStringLiteral("o"),
                   CaseLogSql::resolution(query.show, Show::Waiting, Show::Resolved));
    if (query.escalatedOnly)
        log.require(QStringLiteral("o.escalated = 1"));
    log.forChildren(query.childId, query.search);
    return log;
}

QString orderBy(const OutOfAreaLogQuery& query)
{
    using K = OutOfAreaLogQuery::SortKey;
    QString key;
    bool desc = query.descending;
    switch (query.sortKey) {
    case K::Waited:
        key = QStringLiteral("o.requested_date"); // the longest wait has the oldest request
        desc = !desc;
        break;
    case K::Child:
        key = QStringLiteral("c.family_name %1, c.given_name");
        break;
    case K::HostAuthority:
        key = QStringLiteral("host_name");
        break;
    case K::Provider:
        key = QStringLiteral("provider_name");
        break;
    case K::RequestedDate:
        key = QStringLiteral("o.requested_date");
        break;
    case K::StatedWait:
        key = QStringLiteral("o.stated_wait_weeks");
        break;
    case K::LastChase:
        key = QStringLiteral("last_chase");
        break;
    case K::Escalated:
        key = QStringLiteral("o.escalated %1, o.escalated_date");
        break;
    case K::ResolvedDate:
        key = QStringLiteral("o.resolved_date");
        break;
    case K::DueDate:
        key = QStringLiteral("a.due_date");
        break;
    }
    return QStringLiteral(" ORDER BY ") + orderTerms(key, desc, QStringLiteral("o.id"));
}

} // namespace

using namespace sqlvalue;

OutOfAreaRepository::OutOfAreaRepository(const Database& db)
    : m_db(db)
{}

Result<OutOfAreaRequestRecord> OutOfAreaRepository::find(qint64 requestId) const
{
    return findById(m_db,
                    QString::fromLatin1(requestColumns) +
                        QStringLiteral("FROM ooa_requests o WHERE o.id = ?"),
                    requestId, tr("could not read the out-of-area request"),
                    tr("there is no such out-of-area request"), requestFrom);
}

Result<std::optional<OutOfAreaRequestRecord>>
OutOfAreaRepository::openForAssessment(qint64 assessmentId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(requestColumns) +
                          QStringLiteral("FROM ooa_requests o WHERE o.assessment_id = ? AND "
                                         "o.resolved_date IS NULL AND o.closed_at IS NULL"),
                      {assessmentId}, tr("could not read the out-of-area requests"));
    if (!q)
        return q.failure();
    if (!q.value().next())
        return std::optional<OutOfAreaRequestRecord>();
    return std::optional<OutOfAreaRequestRecord>(requestFrom(q.value()));
}

Result<QList<std::pair<OutOfAreaRequestRecord, QDate>>>
OutOfAreaRepository::openButSettled(qint64 childId, QDate today) const
{
    auto q = runQuery(
        m_db,
        QString::fromLatin1(requestColumns) +
            QStringLiteral(", a.completed_date FROM ooa_requests o "
                           "JOIN assessments a ON a.id = o.assessment_id "
                           "WHERE o.child_id = ? AND o.resolved_date IS NULL AND "
                           "o.closed_at IS NULL AND (a.completed_date IS NOT NULL OR "
                           "a.status = 'not_required' OR a.closed_at IS NOT NULL) ORDER BY o.id"),
        {childId}, tr("could not read the out-of-area requests"));
    if (!q)
        return q.failure();
    QList<std::pair<OutOfAreaRequestRecord, QDate>> settled;
    while (q.value().next()) {
        const OutOfAreaRequestRecord o = requestFrom(q.value());
        const QDate completed = sqlvalue::toDate(q.value().value(requestColumnCount));
        QDate on = completed.isValid() ? completed : today;
        settled.append({o, std::max(on, o.requestedDate)});
    }
    return settled;
}

Result<qint64> OutOfAreaRepository::insert(const OutOfAreaRequestRecord& o) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO ooa_requests (assessment_id, child_id, host_authority_id, "
                       "provider_id, requested_date, stated_wait_weeks, notes, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {o.assessmentId, o.childId, id(o.hostAuthorityId), id(o.providerId), date(o.requestedDate),
         o.statedWaitWeeks >= 0 ? QVariant(o.statedWaitWeeks)
                                : QVariant(QMetaType::fromType<int>()),
         text(o.notes), at, at},
        tr("could not record the out-of-area request"));
}

Status OutOfAreaRepository::update(const OutOfAreaRequestRecord& o) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE ooa_requests SET host_authority_id = ?, provider_id = ?, "
                       "requested_date = ?, stated_wait_weeks = ?, escalated = ?, "
                       "escalated_date = ?, escalated_to = ?, escalation_note = ?, "
                       "resolved_date = ?, notes = ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {id(o.hostAuthorityId), id(o.providerId), date(o.requestedDate),
         o.statedWaitWeeks >= 0 ? QVariant(o.statedWaitWeeks)
                                : QVariant(QMetaType::fromType<int>()),
         int(o.escalated), date(o.escalatedDate), text(o.escalatedTo), text(o.escalationNote),
         date(o.resolvedDate), text(o.notes), now(), o.id, o.version},
        tr("could not save the out-of-area request"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("out-of-area request"));
}

Result<QList<OutOfAreaChase>> OutOfAreaRepository::chases(qint64 requestId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, ooa_request_id, chase_date, chased_by, response "
                                     "FROM ooa_chases WHERE ooa_request_id = ? "
                                     "ORDER BY chase_date, id"),
                      {requestId}, tr("could not read the chase history"));
    if (!q)
        return q.failure();
    QList<OutOfAreaChase> list;
    for (auto& r = q.value(); r.next();)
        list << OutOfAreaChase{r.value(0).toLongLong(), r.value(1).toLongLong(), toDate(r.value(2)),
                               r.value(3).toString(), r.value(4).toString()};
    return list;
}

Result<qint64> OutOfAreaRepository::insertChase(const OutOfAreaChase& c) const
{
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO ooa_chases (ooa_request_id, chase_date, "
                       "chased_by, response, created_at) VALUES (?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {c.requestId, date(c.date), text(c.chasedBy), text(c.response), now()},
        tr("could not record the chase"));
}

Result<bool> OutOfAreaRepository::authorityExists(qint64 authorityId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM authorities WHERE id = ?"), {authorityId},
                      tr("could not read the authorities"));
    if (!q)
        return q.failure();
    return q.value().next();
}

Result<bool> OutOfAreaRepository::providerExists(qint64 providerId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM providers WHERE id = ?"), {providerId},
                      tr("could not read the providers"));
    if (!q)
        return q.failure();
    return q.value().next();
}

Result<int> OutOfAreaRepository::count(const OutOfAreaLogQuery& query) const
{
    return logSql(m_db, query).count(tr("could not count the out-of-area requests"));
}

Result<QList<OutOfAreaLogRow>> OutOfAreaRepository::page(const OutOfAreaLogQuery& query, int offset,
                                                         int limit) const
{
    auto q = logSql(m_db, query)
                 .page(QString::fromLatin1(requestColumns),
                       QStringLiteral("COALESCE(h.name, '') AS host_name, COALESCE(p.name, '') AS "
                                      "provider_name, (SELECT count(*) FROM ooa_chases x WHERE "
                                      "x.ooa_request_id = o.id), (SELECT max(x.chase_date) FROM "
                                      "ooa_chases x WHERE x.ooa_request_id = o.id) AS last_chase"),
                       QStringLiteral("LEFT JOIN authorities h ON h.id = o.host_authority_id "
                                      "LEFT JOIN providers p ON p.id = o.provider_id"),
                       orderBy(query), offset, limit, tr("could not read the out-of-area log"));
    if (!q)
        return q.failure();
    QList<OutOfAreaLogRow> rows;
    for (auto& r = q.value(); r.next();) {
        OutOfAreaLogRow row;
        row.request = requestFrom(r);
        CaseLogSql::readChildColumns(r, requestColumnCount, row);
        row.hostAuthority = r.value(requestColumnCount + 5).toString();
        row.provider = r.value(requestColumnCount + 6).toString();
        row.chaseCount = r.value(requestColumnCount + 7).toInt();
        row.lastChase = toDate(r.value(requestColumnCount + 8));
        row.daysWaited =
            CaseLogSql::daysOpen(row.request.requestedDate, row.request.resolvedDate, query.today);
        rows << row;
    }
    return rows;
}

} // namespace lac
