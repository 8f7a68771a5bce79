// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdq/data/SdqStore.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

#include <QSqlQuery>

namespace lac {
namespace {

const char* sdqColumns =
    "SELECT id, child_id, sdq_date, score, reason, notes, version FROM sdq_scores ";

SdqRecord sdqFrom(const QSqlQuery& r)
{
    SdqRecord s;
    s.id = r.value(0).toLongLong();
    s.childId = r.value(1).toLongLong();
    s.date = sqlvalue::toDate(r.value(2));
    if (!r.value(3).isNull())
        s.score = r.value(3).toInt();
    s.reason = SdqStore::reasonFromCode(r.value(4).toString());
    s.notes = r.value(5).toString();
    s.version = r.value(6).toInt();
    return s;
}

QVariant scoreValue(const SdqRecord& s)
{
    return s.score ? QVariant(*s.score) : QVariant(QMetaType(QMetaType::Int));
}

} // namespace

using namespace sqlvalue;

SdqStore::SdqStore(const Database& db)
    : m_db(db)
{}

QString SdqStore::reasonCode(SdqReason reason)
{
    switch (reason) {
    case SdqReason::None:
        return {};
    case SdqReason::OutsideAgeRange:
        return QStringLiteral("SDQ1");
    case SdqReason::CarerRefused:
        return QStringLiteral("SDQ2");
    case SdqReason::DisabilityTooSevere:
        return QStringLiteral("SDQ3");
    case SdqReason::Other:
        return QStringLiteral("SDQ4");
    case SdqReason::YoungPersonRefused:
        break;
    }
    return QStringLiteral("SDQ5");
}

SdqReason SdqStore::reasonFromCode(const QString& code)
{
    for (SdqReason r : {SdqReason::None, SdqReason::OutsideAgeRange, SdqReason::CarerRefused,
                        SdqReason::DisabilityTooSevere, SdqReason::Other}) {
        if (reasonCode(r) == code)
            return r;
    }
    return SdqReason::YoungPersonRefused;
}

Result<QList<SdqRecord>> SdqStore::forChild(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(sdqColumns) +
                          QStringLiteral("WHERE child_id = ? AND closed_at IS NULL "
                                         "ORDER BY sdq_date, id"),
                      {childId}, tr("could not read the SDQs"));
    if (!q)
        return q.failure();
    QList<SdqRecord> all;
    while (q.value().next())
        all << sdqFrom(q.value());
    return all;
}

Result<SdqRecord> SdqStore::find(qint64 id) const
{
    return findById(m_db, QString::fromLatin1(sdqColumns) + QStringLiteral("WHERE id = ?"), id,
                    tr("could not read the SDQ"), tr("there is no such SDQ"), sdqFrom);
}

Result<qint64> SdqStore::insert(const SdqRecord& s) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO sdq_scores (child_id, sdq_date, score, "
                       "reason, notes, created_at, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {s.childId, date(s.date), scoreValue(s), text(reasonCode(s.reason)), text(s.notes), at, at},
        tr("could not save the SDQ"));
}

Status SdqStore::update(const SdqRecord& s) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE sdq_scores SET sdq_date = ?, score = ?, reason = ?, "
                                     "notes = ?, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"),
                      {date(s.date), scoreValue(s), text(reasonCode(s.reason)), text(s.notes),
                       now(), s.id, s.version},
                      tr("could not save the SDQ"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("SDQ"));
}

Result<QDate> SdqStore::dateOfBirth(qint64 childId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT date_of_birth FROM children WHERE id = ?"),
                      {childId}, tr("could not read the child's date of birth"));
    if (!q)
        return q.failure();
    return q.value().next() ? toDate(q.value().value(0)) : QDate();
}

Result<QList<SdqStanding>> SdqStore::childrenInCare(qint64 onlyChild) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT c.id, c.case_id, c.given_name, c.family_name, c.date_of_birth, "
                       "(SELECT max(p.start_date) FROM care_periods p WHERE p.child_id = c.id AND "
                       "p.end_date IS NULL AND p.closed_at IS NULL), "
                       "(SELECT max(s.sdq_date) FROM sdq_scores s WHERE s.child_id = c.id AND "
                       "s.closed_at IS NULL) "
                       "FROM children c WHERE c.in_care = 1 AND c.closed_at IS NULL") +
            (onlyChild ? QStringLiteral(" AND c.id = ?") : QStringLiteral(" ORDER BY c.id")),
        onlyChild ? QVariantList{onlyChild} : QVariantList{}, tr("could not read the SDQs"));
    if (!q)
        return q.failure();
    QList<SdqStanding> all;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        SdqStanding s;
        s.childId = r.value(0).toLongLong();
        s.caseId = r.value(1).toString();
        s.childName = (r.value(2).toString() + QLatin1Char(' ') + r.value(3).toString()).trimmed();
        s.dateOfBirth = toDate(r.value(4));
        s.careStarted = toDate(r.value(5));
        s.last = toDate(r.value(6));
        all << s;
    }
    return all;
}

Result<QList<SdqCarePeriod>> SdqStore::carePeriods() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT p.child_id, c.date_of_birth, p.start_date, "
                                     "p.end_date FROM care_periods p JOIN children c ON "
                                     "c.id = p.child_id WHERE p.closed_at IS NULL AND "
                                     "c.closed_at IS NULL ORDER BY p.child_id, p.start_date"),
                      {}, tr("could not read the periods of care"));
    if (!q)
        return q.failure();
    QList<SdqCarePeriod> all;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        all << SdqCarePeriod{r.value(0).toLongLong(), toDate(r.value(1)), toDate(r.value(2)),
                             toDate(r.value(3))};
    }
    return all;
}

} // namespace lac
