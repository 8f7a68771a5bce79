// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/data/ImmunisationStore.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace lac {
namespace {

const char* doseColumns = "SELECT id, child_id, vaccine, given_on, source, notes, version "
                          "FROM immunisations ";

ImmunisationDose doseFrom(const QSqlQuery& r)
{
    ImmunisationDose d;
    d.id = r.value(0).toLongLong();
    d.childId = r.value(1).toLongLong();
    d.vaccine = r.value(2).toString();
    d.date = sqlvalue::toDate(r.value(3));
    d.source =
        ImmunisationStore::sourceFromCode(r.value(4).toString()).value_or(DoseSource::GpRecord);
    d.notes = r.value(5).toString();
    d.version = r.value(6).toInt();
    return d;
}

/// A child from "SELECT id, case_id, given_name, family_name, date_of_birth[, care start]".
ImmunisationChild childFrom(const QSqlQuery& r)
{
    ImmunisationChild c;
    c.childId = r.value(0).toLongLong();
    c.caseId = r.value(1).toString();
    c.childName = (r.value(2).toString() + QLatin1Char(' ') + r.value(3).toString()).trimmed();
    c.dateOfBirth = sqlvalue::toDate(r.value(4));
    if (r.record().count() > 5)
        c.careStarted = sqlvalue::toDate(r.value(5));
    return c;
}

} // namespace

using namespace sqlvalue;

ImmunisationStore::ImmunisationStore(const Database& db)
    : m_db(db)
{}

QString ImmunisationStore::sourceCode(DoseSource source)
{
    switch (source) {
    case DoseSource::GpRecord:
        return QStringLiteral("gp_record");
    case DoseSource::RedBook:
        return QStringLiteral("red_book");
    case DoseSource::ParentsAccount:
        return QStringLiteral("parents_account");
    case DoseSource::OverseasRecord:
        break;
    }
    return QStringLiteral("overseas_record");
}

std::optional<DoseSource> ImmunisationStore::sourceFromCode(const QString& code)
{
    for (DoseSource s : {DoseSource::GpRecord, DoseSource::RedBook, DoseSource::ParentsAccount,
                         DoseSource::OverseasRecord}) {
        if (sourceCode(s) == code)
            return s;
    }
    return std::nullopt;
}

Result<QList<ImmunisationDose>> ImmunisationStore::forChild(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(doseColumns) +
                          QStringLiteral("WHERE child_id = ? AND closed_at IS NULL "
                                         "ORDER BY given_on, id"),
                      {childId}, tr("could not read the immunisations"));
    if (!q)
        return q.failure();
    QList<ImmunisationDose> doses;
    while (q.value().next())
        doses << doseFrom(q.value());
    return doses;
}

Result<ImmunisationDose> ImmunisationStore::find(qint64 id) const
{
    return findById(m_db, QString::fromLatin1(doseColumns) + QStringLiteral("WHERE id = ?"), id,
                    tr("could not read the immunisation"), tr("there is no such immunisation"),
                    doseFrom);
}

Result<qint64> ImmunisationStore::insert(const ImmunisationDose& d) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO immunisations (child_id, vaccine, given_on, source, notes, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {d.childId, text(d.vaccine), date(d.date), text(sourceCode(d.source)), text(d.notes), at,
         at},
        tr("could not save the immunisation"));
}

Status ImmunisationStore::update(const ImmunisationDose& d) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE immunisations SET vaccine = ?, given_on = ?, "
                                     "source = ?, notes = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND version = ?"),
                      {text(d.vaccine), date(d.date), text(sourceCode(d.source)), text(d.notes),
                       now(), d.id, d.version},
                      tr("could not save the immunisation"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("immunisation"));
}

Result<QDate> ImmunisationStore::dateOfBirth(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT date_of_birth FROM children WHERE id = ? AND "
                                     "closed_at IS NULL"),
                      {childId}, tr("could not read the child's date of birth"));
    if (!q)
        return q.failure();
    if (!q.value().next())
        return Failure{tr("there is no such child"), {}};
    return toDate(q.value().value(0));
}

Result<QList<ImmunisationChild>> ImmunisationStore::childrenInCare(qint64 onlyChild) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT c.id, c.case_id, c.given_name, c.family_name, c.date_of_birth, "
                       "(SELECT max(p.start_date) FROM care_periods p WHERE p.child_id = c.id AND "
                       "p.end_date IS NULL AND p.closed_at IS NULL) "
                       "FROM children c WHERE c.in_care = 1 AND c.closed_at IS NULL") +
            (onlyChild ? QStringLiteral(" AND c.id = ?") : QStringLiteral(" ORDER BY c.id")),
        onlyChild ? QVariantList{onlyChild} : QVariantList{},
        tr("could not read the children in care"));
    if (!q)
        return q.failure();
    QList<ImmunisationChild> all;
    while (q.value().next()) {
        all << childFrom(q.value());
    }
    return all;
}

Result<QHash<QString, ImmunisationChild>> ImmunisationStore::childrenByCaseId() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, case_id, given_name, family_name, date_of_birth "
                                     "FROM children WHERE closed_at IS NULL"),
                      {}, tr("could not read the children"));
    if (!q)
        return q.failure();
    QHash<QString, ImmunisationChild> byCase;
    while (q.value().next()) {
        const ImmunisationChild c = childFrom(q.value());
        byCase.insert(c.caseId, c);
    }
    return byCase;
}

Result<QHash<qint64, QList<ImmunisationDose>>> ImmunisationStore::allDoses() const
{
    return dosesWhere(QStringLiteral("closed_at IS NULL"));
}

Result<QHash<qint64, QList<ImmunisationDose>>> ImmunisationStore::dosesOfChildrenInCare() const
{
    return dosesWhere(QStringLiteral("closed_at IS NULL AND child_id IN (SELECT id FROM "
                                     "children WHERE in_care = 1 AND closed_at IS NULL)"));
}

Result<QHash<qint64, QList<ImmunisationDose>>>
ImmunisationStore::dosesWhere(const QString& condition) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(doseColumns) + QStringLiteral("WHERE ") + condition +
                          QStringLiteral(" ORDER BY child_id, given_on, id"),
                      {}, tr("could not read the immunisations"));
    if (!q)
        return q.failure();
    QHash<qint64, QList<ImmunisationDose>> byChild;
    while (q.value().next()) {
        ImmunisationDose d = doseFrom(q.value());
        byChild[d.childId] << d;
    }
    return byChild;
}

} // namespace lac
