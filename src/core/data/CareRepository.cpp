// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/CareRepository.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

namespace lac {
namespace {

CarePeriodRecord periodFrom(const QSqlQuery& r)
{
    CarePeriodRecord p;
    p.id = r.value(0).toLongLong();
    p.childId = r.value(1).toLongLong();
    p.start = sqlvalue::toDate(r.value(2));
    p.end = sqlvalue::toDate(r.value(3));
    p.startedInWindow = r.value(4).toInt() != 0;
    p.endReason = r.value(5).toString();
    p.version = r.value(6).toInt();
    return p;
}

const char* periodColumns = "SELECT id, child_id, start_date, end_date, started_in_window, "
                            "COALESCE(end_reason, ''), version FROM care_periods ";
} // namespace

using namespace sqlvalue;

CareRepository::CareRepository(const Database& db)
    : m_db(db)
{}

Result<QList<CarePeriodRecord>> CareRepository::periods(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(periodColumns) +
                          QStringLiteral("WHERE child_id = ? AND closed_at IS NULL "
                                         "ORDER BY start_date"),
                      {childId}, tr("could not read the periods of care"));
    if (!q)
        return q.failure();
    QList<CarePeriodRecord> list;
    while (q.value().next())
        list << periodFrom(q.value());
    return list;
}

Result<CarePeriodRecord> CareRepository::findPeriod(qint64 id) const
{
    return findById(m_db, QString::fromLatin1(periodColumns) + QStringLiteral("WHERE id = ?"), id,
                    tr("could not read the period of care"), tr("there is no such period of care"),
                    periodFrom);
}

Result<QList<PlacementRecord>> CareRepository::placements(qint64 childId) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT e.id, e.care_period_id, e.child_id, e.start_date, e.end_date, "
                       "e.rne, e.legal_status, e.placement_type, e.placement_provider, "
                       "e.location, COALESCE(e.host_authority_id, 0), COALESCE(a.name, ''), "
                       "e.placement_postcode, e.version FROM episodes e "
                       "LEFT JOIN authorities a ON a.id = e.host_authority_id "
                       "WHERE e.child_id = ? AND e.closed_at IS NULL ORDER BY e.start_date"),
        {childId}, tr("could not read the placements"));
    if (!q)
        return q.failure();
    QList<PlacementRecord> list;
    for (auto& r = q.value(); r.next();) {
        PlacementRecord p;
        p.id = r.value(0).toLongLong();
        p.carePeriodId = r.value(1).toLongLong();
        p.childId = r.value(2).toLongLong();
        p.start = toDate(r.value(3));
        p.end = toDate(r.value(4));
        p.rne = r.value(5).toString();
        p.legalStatus = r.value(6).toString();
        p.placementType = r.value(7).toString();
        p.placementProvider = r.value(8).toString();
        p.location = r.value(9).toString();
        p.hostAuthorityId = r.value(10).toLongLong();
        p.hostAuthorityName = r.value(11).toString();
        p.postcode = r.value(12).toString();
        p.version = r.value(13).toInt();
        list << p;
    }
    return list;
}

Result<qint64> CareRepository::insertPeriod(qint64 childId, QDate start) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO care_periods (child_id, start_date, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?) RETURNING id"),
        {childId, date(start), at, at}, tr("could not start the period of care"));
}

Status CareRepository::endPeriod(qint64 id, int version, QDate end, const QString& reason) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE care_periods SET end_date = ?, end_reason = ?, "
                                     "updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"),
                      {date(end), textOrNull(reason), now(), id, version},
                      tr("could not end the period of care"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("period of care"));
}

Result<qint64> CareRepository::insertPlacement(const PlacementRecord& p) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO episodes (care_period_id, child_id, start_date, end_date, rne, "
                       "legal_status, placement_type, placement_provider, location, "
                       "host_authority_id, placement_postcode, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {p.carePeriodId, p.childId, date(p.start), date(p.end), p.rne, p.legalStatus,
         p.placementType, text(p.placementProvider), p.location, id(p.hostAuthorityId),
         text(p.postcode), at, at},
        tr("could not record the placement"));
}

Status CareRepository::endPlacement(qint64 id, int version, QDate end,
                                    const QString& reasonEnd) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE episodes SET end_date = ?, reason_end = ?, "
                                     "updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"),
                      {date(end), text(reasonEnd), now(), id, version},
                      tr("could not end the placement"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("placement"));
}

} // namespace lac
