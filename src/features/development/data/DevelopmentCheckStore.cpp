// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "development/data/DevelopmentCheckStore.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

#include <QHash>
#include <QSqlQuery>

namespace lac {
namespace {

const char* checkColumns = "SELECT id, child_id, review, check_date, outcome, reviewer, notes, "
                           "version FROM development_checks ";

DevelopmentCheckRecord checkFrom(const QSqlQuery& r)
{
    DevelopmentCheckRecord c;
    c.id = r.value(0).toLongLong();
    c.childId = r.value(1).toLongLong();
    c.review = DevelopmentCheckStore::reviewFromCode(r.value(2).toString());
    c.date = sqlvalue::toDate(r.value(3));
    c.outcome = DevelopmentCheckStore::outcomeFromCode(r.value(4).toString());
    c.reviewer = r.value(5).toString();
    c.notes = r.value(6).toString();
    c.version = r.value(7).toInt();
    return c;
}

} // namespace

using namespace sqlvalue;

DevelopmentCheckStore::DevelopmentCheckStore(const Database& db)
    : m_db(db)
{}

QString DevelopmentCheckStore::reviewCode(DevelopmentReview review)
{
    switch (review) {
    case DevelopmentReview::SixToEightWeeks:
        return QStringLiteral("6_8_weeks");
    case DevelopmentReview::OneYear:
        return QStringLiteral("1_year");
    case DevelopmentReview::TwoYears:
        break;
    }
    return QStringLiteral("2_years");
}

DevelopmentReview DevelopmentCheckStore::reviewFromCode(const QString& code)
{
    for (DevelopmentReview r : {DevelopmentReview::SixToEightWeeks, DevelopmentReview::OneYear}) {
        if (reviewCode(r) == code)
            return r;
    }
    return DevelopmentReview::TwoYears;
}

QString DevelopmentCheckStore::outcomeCode(DevelopmentOutcome outcome)
{
    switch (outcome) {
    case DevelopmentOutcome::Done:
        return QStringLiteral("done");
    case DevelopmentOutcome::Declined:
        return QStringLiteral("declined");
    case DevelopmentOutcome::WasNotBrought:
        return QStringLiteral("was_not_brought");
    case DevelopmentOutcome::NotDoneOther:
        break;
    }
    return QStringLiteral("other");
}

DevelopmentOutcome DevelopmentCheckStore::outcomeFromCode(const QString& code)
{
    for (DevelopmentOutcome o : {DevelopmentOutcome::Done, DevelopmentOutcome::Declined,
                                 DevelopmentOutcome::WasNotBrought}) {
        if (outcomeCode(o) == code)
            return o;
    }
    return DevelopmentOutcome::NotDoneOther;
}

Result<QList<DevelopmentCheckRecord>> DevelopmentCheckStore::forChild(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(checkColumns) +
                          QStringLiteral("WHERE child_id = ? AND closed_at IS NULL "
                                         "ORDER BY check_date, id"),
                      {childId}, tr("could not read the development checks"));
    if (!q)
        return q.failure();
    QList<DevelopmentCheckRecord> checks;
    while (q.value().next())
        checks << checkFrom(q.value());
    return checks;
}

Result<DevelopmentCheckRecord> DevelopmentCheckStore::find(qint64 id) const
{
    return findById(m_db, QString::fromLatin1(checkColumns) + QStringLiteral("WHERE id = ?"), id,
                    tr("could not read the development check"),
                    tr("there is no such development check"), checkFrom);
}

Result<qint64> DevelopmentCheckStore::insert(const DevelopmentCheckRecord& c) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO development_checks (child_id, review, check_date, outcome, "
                       "reviewer, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {c.childId, text(reviewCode(c.review)), date(c.date), text(outcomeCode(c.outcome)),
         text(c.reviewer), text(c.notes), at, at},
        tr("could not save the development check"));
}

Status DevelopmentCheckStore::update(const DevelopmentCheckRecord& c) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE development_checks SET review = ?, check_date = ?, "
                                     "outcome = ?, reviewer = ?, notes = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND version = ?"),
                      {text(reviewCode(c.review)), date(c.date), text(outcomeCode(c.outcome)),
                       text(c.reviewer), text(c.notes), now(), c.id, c.version},
                      tr("could not save the development check"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("development check"));
}

Result<QDate> DevelopmentCheckStore::dateOfBirth(qint64 childId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT date_of_birth FROM children WHERE id = ?"),
                      {childId}, tr("could not read the child's date of birth"));
    if (!q)
        return q.failure();
    return q.value().next() ? toDate(q.value().value(0)) : QDate();
}

Result<QList<DevelopmentChild>> DevelopmentCheckStore::childrenBornFrom(QDate bornFrom) const
{
    auto q =
        runQuery(m_db,
                 QStringLiteral("SELECT id, date_of_birth FROM children WHERE closed_at IS NULL "
                                "AND date_of_birth >= ? ORDER BY id"),
                 {date(bornFrom)}, tr("could not read the children"));
    if (!q)
        return q.failure();
    QList<DevelopmentChild> children;
    while (q.value().next())
        children << DevelopmentChild{q.value().value(0).toLongLong(), toDate(q.value().value(1))};
    return children;
}

Result<QList<DevelopmentChildInCare>> DevelopmentCheckStore::inCareBornAfter(QDate bornAfter) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, case_id, given_name, family_name, date_of_birth "
                                     "FROM children WHERE in_care = 1 AND closed_at IS NULL AND "
                                     "date_of_birth > ? ORDER BY id"),
                      {date(bornAfter)}, tr("could not read the children"));
    if (!q)
        return q.failure();
    QList<DevelopmentChildInCare> children;
    QHash<qint64, qsizetype> at;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        DevelopmentChildInCare c;
        c.childId = r.value(0).toLongLong();
        c.caseId = r.value(1).toString();
        c.childName = (r.value(2).toString() + QLatin1Char(' ') + r.value(3).toString()).trimmed();
        c.dateOfBirth = toDate(r.value(4));
        at.insert(c.childId, children.size());
        children << c;
    }
    auto checks = runQuery(
        m_db,
        QString::fromLatin1(checkColumns) +
            QStringLiteral("WHERE closed_at IS NULL AND child_id IN (SELECT id FROM children "
                           "WHERE in_care = 1 AND closed_at IS NULL AND date_of_birth > ?) "
                           "ORDER BY child_id, check_date, id"),
        {date(bornAfter)}, tr("could not read the development checks"));
    if (!checks)
        return checks.failure();
    while (checks.value().next()) {
        const DevelopmentCheckRecord check = checkFrom(checks.value());
        if (const auto i = at.constFind(check.childId); i != at.constEnd())
            children[*i].checks << check;
    }
    return children;
}

} // namespace lac
