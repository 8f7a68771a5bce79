// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/data/DentalCheckStore.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

#include <QSqlQuery>

namespace lac {
namespace {

const char* checkColumns =
    "SELECT id, child_id, check_date, dentist, not_seen, notes, version FROM dental_checks ";

DentalCheckRecord checkFrom(const QSqlQuery& r)
{
    DentalCheckRecord c;
    c.id = r.value(0).toLongLong();
    c.childId = r.value(1).toLongLong();
    c.date = sqlvalue::toDate(r.value(2));
    c.dentist = r.value(3).toString();
    c.reason = DentalCheckStore::reasonFromCode(r.value(4).toString());
    c.notes = r.value(5).toString();
    c.version = r.value(6).toInt();
    return c;
}

} // namespace

using namespace sqlvalue;

DentalCheckStore::DentalCheckStore(const Database& db)
    : m_db(db)
{}

QString DentalCheckStore::reasonCode(DentalNotSeenReason reason)
{
    switch (reason) {
    case DentalNotSeenReason::Seen:
        return {};
    case DentalNotSeenReason::NoNhsDentist:
        return QStringLiteral("no_nhs_dentist");
    case DentalNotSeenReason::Refused:
        return QStringLiteral("refused");
    case DentalNotSeenReason::WasNotBrought:
        return QStringLiteral("was_not_brought");
    case DentalNotSeenReason::Other:
        break;
    }
    return QStringLiteral("other");
}

DentalNotSeenReason DentalCheckStore::reasonFromCode(const QString& code)
{
    for (DentalNotSeenReason r :
         {DentalNotSeenReason::Seen, DentalNotSeenReason::NoNhsDentist,
          DentalNotSeenReason::Refused, DentalNotSeenReason::WasNotBrought}) {
        if (reasonCode(r) == code)
            return r;
    }
    return DentalNotSeenReason::Other;
}

Result<QList<DentalCheckRecord>> DentalCheckStore::forChild(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(checkColumns) +
                          QStringLiteral("WHERE child_id = ? AND closed_at IS NULL "
                                         "ORDER BY check_date, id"),
                      {childId}, tr("could not read the dental checks"));
    if (!q)
        return q.failure();
    QList<DentalCheckRecord> checks;
    while (q.value().next())
        checks << checkFrom(q.value());
    return checks;
}

Result<QList<DentalCheckRecord>> DentalCheckStore::all() const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(checkColumns) +
                          QStringLiteral("WHERE closed_at IS NULL ORDER BY child_id, check_date"),
                      {}, tr("could not read the dental checks"));
    if (!q)
        return q.failure();
    QList<DentalCheckRecord> checks;
    while (q.value().next())
        checks << checkFrom(q.value());
    return checks;
}

Result<QHash<QString, DentalStatus>> DentalCheckStore::childrenByCaseId() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, case_id, given_name, family_name, date_of_birth "
                                     "FROM children WHERE closed_at IS NULL"),
                      {}, tr("could not read the children"));
    if (!q)
        return q.failure();
    QHash<QString, DentalStatus> byCase;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        DentalStatus s;
        s.childId = r.value(0).toLongLong();
        s.caseId = r.value(1).toString();
        s.childName = (r.value(2).toString() + QLatin1Char(' ') + r.value(3).toString()).trimmed();
        s.dateOfBirth = sqlvalue::toDate(r.value(4));
        byCase.insert(s.caseId, s);
    }
    return byCase;
}

Result<DentalCheckRecord> DentalCheckStore::find(qint64 id) const
{
    return findById(m_db, QString::fromLatin1(checkColumns) + QStringLiteral("WHERE id = ?"), id,
                    tr("could not read the dental check"), tr("there is no such dental check"),
                    checkFrom);
}

Result<qint64> DentalCheckStore::insert(const DentalCheckRecord& c) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO dental_checks (child_id, check_date, dentist, not_seen, "
                       "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {c.childId, date(c.date), text(c.dentist), text(reasonCode(c.reason)), text(c.notes), at,
         at},
        tr("could not save the dental check"));
}

Status DentalCheckStore::update(const DentalCheckRecord& c) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE dental_checks SET check_date = ?, dentist = ?, "
                                     "not_seen = ?, notes = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND version = ?"),
                      {date(c.date), text(c.dentist), text(reasonCode(c.reason)), text(c.notes),
                       now(), c.id, c.version},
                      tr("could not save the dental check"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("dental check"));
}

Result<QList<DentalStatus>> DentalCheckStore::childrenInCare(qint64 onlyChild) const
{
    // The current period of care is the open one; its start is when the clock for a child
    // with no check on record starts.
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT c.id, c.case_id, c.given_name, c.family_name, "
                       "(SELECT max(p.start_date) FROM care_periods p WHERE p.child_id = c.id AND "
                       "p.end_date IS NULL AND p.closed_at IS NULL), "
                       "(SELECT max(d.check_date) FROM dental_checks d WHERE d.child_id = c.id AND "
                       "d.not_seen = '' AND d.closed_at IS NULL) "
                       "FROM children c WHERE c.in_care = 1 AND c.closed_at IS NULL") +
            // One child's window asks by its key, so its lookup never scans the caseload.
            (onlyChild ? QStringLiteral(" AND c.id = ?") : QStringLiteral(" ORDER BY c.id")),
        onlyChild ? QVariantList{onlyChild} : QVariantList{},
        tr("could not read the children's dental checks"));
    if (!q)
        return q.failure();
    QList<DentalStatus> all;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        DentalStatus s;
        s.childId = r.value(0).toLongLong();
        s.caseId = r.value(1).toString();
        s.childName = (r.value(2).toString() + QLatin1Char(' ') + r.value(3).toString()).trimmed();
        s.careStarted = toDate(r.value(4));
        s.lastCheck = toDate(r.value(5));
        all << s;
    }
    return all;
}

Result<QList<DentalCarePeriod>> DentalCheckStore::carePeriods() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT p.child_id, c.date_of_birth, p.start_date, "
                                     "p.end_date FROM care_periods p JOIN children c ON "
                                     "c.id = p.child_id WHERE p.closed_at IS NULL AND "
                                     "c.closed_at IS NULL ORDER BY p.child_id, p.start_date"),
                      {}, tr("could not read the periods of care"));
    if (!q)
        return q.failure();
    QList<DentalCarePeriod> all;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        all << DentalCarePeriod{r.value(0).toLongLong(), toDate(r.value(1)), toDate(r.value(2)),
                                toDate(r.value(3))};
    }
    return all;
}

} // namespace lac
