// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oc2/data/Oc2Store.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"
#include "development/data/DevelopmentCheckStore.h"
#include "sdq/data/SdqStore.h"

#include <QSet>
#include <QSqlQuery>

namespace lac {
namespace {

const char* factColumns = "SELECT id, child_id, collection_year, substance_misuse, "
                          "intervention_received, intervention_offered, convicted, notes, "
                          "version FROM oc2_year_facts ";

std::optional<bool> flagFrom(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<bool>(v.toInt() != 0);
}

QVariant flagValue(std::optional<bool> b)
{
    return b ? QVariant(*b ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
}

Oc2YearFacts factsFrom(const QSqlQuery& r)
{
    Oc2YearFacts f;
    f.id = r.value(0).toLongLong();
    f.childId = r.value(1).toLongLong();
    f.firstYear = r.value(2).toInt();
    f.substanceMisuse = flagFrom(r.value(3));
    f.interventionReceived = flagFrom(r.value(4));
    f.interventionOffered = flagFrom(r.value(5));
    f.convicted = flagFrom(r.value(6));
    f.notes = r.value(7).toString();
    f.version = r.value(8).toInt();
    return f;
}

QString dfeDate(const QVariant& iso)
{
    const QDate d = sqlvalue::toDate(iso);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

/// The children of the year: an episode from 1 April to 31 March, as SQL.
const char* ofYear = "c.closed_at IS NULL AND c.id IN (SELECT e.child_id FROM episodes e WHERE "
                     "e.closed_at IS NULL AND e.start_date <= ? AND (e.end_date IS NULL OR "
                     "e.end_date >= ?))";

} // namespace

using namespace sqlvalue;

Oc2Store::Oc2Store(const Database& db)
    : m_db(db)
{}

Result<QList<Oc2YearFacts>> Oc2Store::factsForChild(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(factColumns) +
                          QStringLiteral("WHERE child_id = ? AND closed_at IS NULL "
                                         "ORDER BY collection_year"),
                      {childId}, tr("could not read the year's OC2 facts"));
    if (!q)
        return q.failure();
    QList<Oc2YearFacts> all;
    while (q.value().next())
        all << factsFrom(q.value());
    return all;
}

Result<Oc2YearFacts> Oc2Store::findFacts(qint64 id) const
{
    return findById(m_db, QString::fromLatin1(factColumns) + QStringLiteral("WHERE id = ?"), id,
                    tr("could not read the year's OC2 facts"), tr("there are no such OC2 facts"),
                    factsFrom);
}

Result<qint64> Oc2Store::insertFacts(const Oc2YearFacts& f) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO oc2_year_facts (child_id, collection_year, substance_misuse, "
                       "intervention_received, intervention_offered, convicted, notes, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {f.childId, f.firstYear, flagValue(f.substanceMisuse), flagValue(f.interventionReceived),
         flagValue(f.interventionOffered), flagValue(f.convicted), text(f.notes), at, at},
        tr("could not save the year's OC2 facts"));
}

Status Oc2Store::updateFacts(const Oc2YearFacts& f) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE oc2_year_facts SET substance_misuse = ?, "
                                     "intervention_received = ?, intervention_offered = ?, "
                                     "convicted = ?, notes = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND version = ?"),
                      {flagValue(f.substanceMisuse), flagValue(f.interventionReceived),
                       flagValue(f.interventionOffered), flagValue(f.convicted), text(f.notes),
                       now(), f.id, f.version},
                      tr("could not save the year's OC2 facts"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("OC2 facts"));
}

Result<QDate> Oc2Store::dateOfBirth(qint64 childId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT date_of_birth FROM children WHERE id = ?"),
                      {childId}, tr("could not read the child's date of birth"));
    if (!q)
        return q.failure();
    return q.value().next() ? toDate(q.value().value(0)) : QDate();
}

Result<QList<Oc2Child>> Oc2Store::childrenOfYear(Oc2Span year) const
{
    const QVariantList span{date(year.end()), date(year.start())};
    const QString where = QString::fromLatin1(ofYear);
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT c.id, c.case_id, c.given_name, c.family_name, "
                                     "c.date_of_birth FROM children c WHERE ") +
                          where + QStringLiteral(" ORDER BY c.case_id"),
                      span, tr("could not read the children of the year"));
    if (!q)
        return q.failure();
    QList<Oc2Child> children;
    QHash<qint64, qsizetype> at;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Oc2Child c;
        c.childId = r.value(0).toLongLong();
        c.caseId = r.value(1).toString();
        c.name = (r.value(2).toString() + QLatin1Char(' ') + r.value(3).toString()).trimmed();
        c.dateOfBirth = toDate(r.value(4));
        at.insert(c.childId, children.size());
        children << c;
    }
    const auto each = [&](const QString& sql, const QVariantList& values,
                          const auto& add) -> Status {
        auto rows = runQuery(m_db, sql, values, tr("could not read the records of the year"));
        if (!rows)
            return rows.failure();
        while (rows.value().next()) {
            const auto it = at.constFind(rows.value().value(0).toLongLong());
            if (it != at.constEnd())
                add(children[*it], rows.value());
        }
        return {};
    };
    Status s = each(QStringLiteral("SELECT e.child_id, e.start_date, e.end_date, e.rne = 'S', "
                                   "(SELECT l.short_break FROM legal_statuses l WHERE l.code = "
                                   "e.legal_status), e.reason_end <> 'X1' FROM episodes e "
                                   "WHERE e.closed_at IS NULL ORDER BY e.child_id, e.start_date"),
                    {}, [](Oc2Child& c, const QSqlQuery& r) {
                        Oc2Episode e;
                        e.start = toDate(r.value(1));
                        e.end = toDate(r.value(2));
                        e.startsCare = r.value(3).toInt() != 0;
                        e.shortBreak = r.value(4).toInt() != 0;
                        e.leavesCare = e.end.isValid() && r.value(5).toInt() != 0;
                        c.episodes << e;
                    });
    if (s)
        s = each(QStringLiteral("SELECT child_id, status = 'completed', completed_date FROM "
                                "assessments WHERE closed_at IS NULL"),
                 {}, [](Oc2Child& c, const QSqlQuery& r) {
                     c.assessmentOnRecord = true;
                     if (r.value(1).toInt() != 0 && !r.value(2).isNull())
                         c.assessmentsCompleted << toDate(r.value(2));
                 });
    if (s)
        s = each(QStringLiteral("SELECT child_id, check_date, not_seen = '' FROM dental_checks "
                                "WHERE closed_at IS NULL"),
                 {}, [](Oc2Child& c, const QSqlQuery& r) {
                     c.dental << Oc2DentalVisit{toDate(r.value(1)), r.value(2).toInt() != 0};
                 });
    if (s)
        s = each(QStringLiteral("SELECT child_id, sdq_date, score, reason FROM sdq_scores "
                                "WHERE closed_at IS NULL ORDER BY child_id, sdq_date, id"),
                 {}, [](Oc2Child& c, const QSqlQuery& r) {
                     SdqRecord sdq;
                     sdq.childId = c.childId;
                     sdq.date = toDate(r.value(1));
                     if (!r.value(2).isNull())
                         sdq.score = r.value(2).toInt();
                     sdq.reason = SdqStore::reasonFromCode(r.value(3).toString());
                     c.sdqs << sdq;
                 });
    if (!s)
        return s.failure();
    auto facts = runQuery(m_db,
                          QString::fromLatin1(factColumns) +
                              QStringLiteral("WHERE collection_year = ? AND closed_at IS NULL"),
                          {Oc2Year::containing(year.end()).firstYear},
                          tr("could not read the year's OC2 facts"));
    if (!facts)
        return facts.failure();
    while (facts.value().next()) {
        const Oc2YearFacts f = factsFrom(facts.value());
        if (const auto it = at.constFind(f.childId); it != at.constEnd())
            children[*it].facts = f;
    }
    return children;
}

Result<QHash<qint64, QList<DevelopmentCheckRecord>>> Oc2Store::developmentChecks() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT child_id, review, check_date, outcome FROM "
                                     "development_checks WHERE closed_at IS NULL"),
                      {}, tr("could not read the development reviews"));
    if (!q)
        return q.failure();
    QHash<qint64, QList<DevelopmentCheckRecord>> all;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        DevelopmentCheckRecord c;
        c.childId = r.value(0).toLongLong();
        c.review = DevelopmentCheckStore::reviewFromCode(r.value(1).toString());
        c.date = toDate(r.value(2));
        c.outcome = DevelopmentCheckStore::outcomeFromCode(r.value(3).toString());
        all[c.childId] << c;
    }
    return all;
}

Result<QList<QStringList>> Oc2Store::headerRows(const QList<qint64>& childIds) const
{
    const QSet<qint64> wanted(childIds.begin(), childIds.end());
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, case_id, sex, date_of_birth, ethnicity, upn "
                                     "FROM children WHERE closed_at IS NULL ORDER BY case_id"),
                      {}, tr("could not read the children"));
    if (!q)
        return q.failure();
    QList<QStringList> rows;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        if (!wanted.contains(r.value(0).toLongLong()))
            continue;
        rows << QStringList{r.value(1).toString(),
                            r.value(2).toString(),
                            dfeDate(r.value(3)),
                            r.value(4).toString(),
                            r.value(5).toString(),
                            QString(),
                            QString()};
    }
    return rows;
}

Result<QList<QStringList>> Oc2Store::episodeRows(const QList<qint64>& childIds, Oc2Year year) const
{
    const QSet<qint64> wanted(childIds.begin(), childIds.end());
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT e.child_id, c.case_id, e.start_date, e.rne, e.legal_status, e.cin, "
                       "e.placement_type, e.placement_provider, e.end_date, e.reason_end, "
                       "e.reason_place_change, e.placement_postcode, e.urn FROM episodes e "
                       "JOIN children c ON c.id = e.child_id WHERE e.closed_at IS NULL AND "
                       "e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?) "
                       "ORDER BY c.case_id, e.start_date"),
        {date(year.end()), date(year.start())}, tr("could not read the episodes"));
    if (!q)
        return q.failure();
    QList<QStringList> rows;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        if (!wanted.contains(r.value(0).toLongLong()))
            continue;
        rows << QStringList{r.value(1).toString(),
                            dfeDate(r.value(2)),
                            r.value(3).toString(),
                            r.value(4).toString(),
                            r.value(5).toString(),
                            r.value(6).toString(),
                            r.value(7).toString(),
                            dfeDate(r.value(8)),
                            r.value(9).toString(),
                            r.value(10).toString(),
                            QString(),
                            r.value(11).toString(),
                            r.value(12).toString()};
    }
    return rows;
}

} // namespace lac
