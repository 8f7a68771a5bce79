// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ImportRepository.h"

#include "data/ImportServerWrites.h"
#include "data/RepeatedStatement.h"
#include "data/SqlConnection.h"
#include "data/SqlValues.h"

namespace lac {
namespace {

using sqlvalue::toDate;

Failure staleFailure()
{
    return Failure{ImportRepository::tr(
                       "a record was changed by someone else while the import ran; nothing was "
                       "imported, please import again"),
                   {}};
}

/// Binds and runs a prepared statement; for UPDATEs, \a expectRow refuses 0 rows changed.
Status run(RepeatedStatement& q, const QVariantList& values, bool expectRow = false)
{
    if (auto s = q.exec(values); !s)
        return s;
    if (expectRow && q.rowsAffected() == 0)
        return staleFailure();
    return {};
}

Result<QSqlQuery> select(const Database& db, const QString& sql, const QVariantList& values,
                         const QString& what)
{
    QSqlQuery q(sqlConnection(db));
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlFailure(what, q.lastError());
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlFailure(what, q.lastError());
    return q;
}

} // namespace

/// The writes, prepared once for the whole import: a million-row import runs each a million
/// times.
struct ImportRepository::Statements
{
    explicit Statements(const Database& db)
        : now(sqlvalue::now())
        , insertChild(db,
                      QStringLiteral("INSERT INTO children (case_id, sex, date_of_birth, "
                                     "ethnicity, upn, uasc, created_at, updated_at) VALUES "
                                     "(?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                      ImportRepository::tr("could not add a child"))
        , updateChild(db,
                      QStringLiteral("UPDATE children SET sex = ?, date_of_birth = ?, "
                                     "ethnicity = ?, upn = ?, uasc = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND version = ?"),
                      ImportRepository::tr("could not update a child"))
        , insertPeriod(db,
                       QStringLiteral("INSERT INTO care_periods (child_id, start_date, end_date, "
                                      "started_in_window, end_reason, created_at, updated_at) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                       ImportRepository::tr("could not add a period of care"))
        , updatePeriod(db,
                       QStringLiteral("UPDATE care_periods SET start_date = ?, end_date = ?, "
                                      "started_in_window = ?, end_reason = ?, closed_at = NULL, "
                                      "closed_reason = NULL, updated_at = ?, "
                                      "version = version + 1 WHERE id = ? AND version = ?"),
                       ImportRepository::tr("could not update a period of care"))
        , closePeriod(db,
                      QStringLiteral("UPDATE care_periods SET closed_at = ?, closed_reason = ?, "
                                     "updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"),
                      ImportRepository::tr("could not close a period of care"))
        , insertEpisode(db,
                        QStringLiteral(
                            "INSERT INTO episodes (care_period_id, child_id, start_date, "
                            "end_date, rne, legal_status, cin, placement_type, "
                            "placement_provider, location, placement_postcode, reason_end, "
                            "reason_place_change, urn, created_at, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                        ImportRepository::tr("could not add an episode"))
        , updateEpisode(
              db,
              QStringLiteral("UPDATE episodes SET care_period_id = ?, start_date = ?, "
                             "end_date = ?, rne = ?, legal_status = ?, cin = ?, "
                             "placement_type = ?, placement_provider = ?, location = ?, "
                             "placement_postcode = ?, reason_end = ?, reason_place_change = ?, "
                             "urn = ?, updated_at = ?, version = version + 1 "
                             "WHERE id = ? AND version = ?"),
              ImportRepository::tr("could not update an episode"))
        , insertAssessment(
              db,
              QStringLiteral("INSERT INTO assessments (child_id, care_period_id, kind, "
                             "clock_start, due_date, requested_date, status, completed_date, "
                             "late_reason_code, notes, created_at, updated_at) VALUES "
                             "(?, ?, ?, ?, ?, ?, 'completed', ?, ?, ?, ?, ?) RETURNING id"),
              ImportRepository::tr("could not add an assessment"))
        , completeAssessment(
              db,
              QStringLiteral("UPDATE assessments SET status = 'completed', completed_date = ?, "
                             "requested_date = ?, late_reason_code = ?, notes = ?, "
                             "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
              ImportRepository::tr("could not record a completed assessment"))
        , addAppointment(db,
                         QStringLiteral("INSERT INTO appointments (assessment_id, scheduled_at, "
                                        "outcome, outcome_date, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, ?)"),
                         ImportRepository::tr("could not add an appointment"))
        , readChildren(db,
                       QStringLiteral("SELECT id, version, case_id, sex, date_of_birth, "
                                      "ethnicity, upn, uasc FROM children "
                                      "WHERE case_id > ? AND case_id <= ?"),
                       ImportRepository::tr("could not read children"))
        , readPeriods(db,
                      QStringLiteral("SELECT p.child_id, p.id, p.version, p.closed_at IS NOT "
                                     "NULL, p.start_date, p.end_date, p.started_in_window, "
                                     "p.end_reason FROM care_periods p JOIN children c ON "
                                     "c.id = p.child_id WHERE c.case_id > ? AND c.case_id <= ? "
                                     "ORDER BY p.child_id, p.start_date"),
                      ImportRepository::tr("could not read periods of care"))
        , readEpisodes(db,
                       QStringLiteral("SELECT e.child_id, e.id, e.version, e.care_period_id, "
                                      "e.closed_at IS NOT NULL, e.start_date, e.end_date, "
                                      "e.rne, e.legal_status, e.cin, e.placement_type, "
                                      "e.placement_provider, e.location, e.placement_postcode, "
                                      "e.reason_end, e.reason_place_change, e.urn FROM episodes "
                                      "e JOIN children c ON c.id = e.child_id WHERE c.case_id > "
                                      "? AND c.case_id <= ? ORDER BY e.child_id, e.start_date"),
                       ImportRepository::tr("could not read episodes"))
        , readAssessments(db,
                          QStringLiteral("SELECT a.child_id, a.id, a.version, a.care_period_id, "
                                         "a.status, a.kind, a.completed_date, a.requested_date, "
                                         "a.late_reason_code, a.notes FROM assessments a "
                                         "JOIN children c ON c.id = a.child_id "
                                         "WHERE c.case_id > ? AND c.case_id <= ? "
                                         "AND a.closed_at IS NULL ORDER BY a.child_id, a.id"),
                          ImportRepository::tr("could not read assessments"))
        , hasAppointment(db,
                         QStringLiteral("SELECT count(*) FROM appointments "
                                        "WHERE assessment_id = ? AND scheduled_at = ?"),
                         ImportRepository::tr("could not read appointments"))
    {}
    QString now; ///< one time stamp for every row of the import
    RepeatedStatement insertChild;
    RepeatedStatement updateChild;
    RepeatedStatement insertPeriod;
    RepeatedStatement updatePeriod;
    RepeatedStatement closePeriod;
    RepeatedStatement insertEpisode;
    RepeatedStatement updateEpisode;
    RepeatedStatement insertAssessment;
    RepeatedStatement completeAssessment;
    RepeatedStatement addAppointment;
    RepeatedStatement readChildren;
    RepeatedStatement readPeriods;
    RepeatedStatement readEpisodes;
    RepeatedStatement readAssessments;
    RepeatedStatement hasAppointment;

    /// A read of the children in (after, last], by case ID.
    RepeatedStatement& page(RepeatedStatement& q, const QString& after, const QString& last)
    {
        q.bindText(0, after);
        q.bindText(1, last);
        return q;
    }
};

ImportRepository::ImportRepository(const Database& db)
    : m_db(db)
    , m_statements(std::make_unique<Statements>(db))
{
    if (CopyIn::available(db))
        m_server = std::make_unique<ImportServerWrites>(db);
}

ImportRepository::~ImportRepository() = default;

Status ImportRepository::flush() const
{
    if (!m_server)
        return {};
    return m_server->flush();
}

Result<QSet<QString>> ImportRepository::referenceCodes(const QString& list) const
{
    QString sql;
    if (list == QLatin1String("placement_types"))
        sql = QStringLiteral("SELECT code FROM placement_types");
    else if (list == QLatin1String("legal_statuses"))
        sql = QStringLiteral("SELECT code FROM legal_statuses");
    else if (list == QLatin1String("late_reasons"))
        sql = QStringLiteral("SELECT code FROM late_reasons WHERE active = 1");
    else
        return Failure{tr("no such reference list"), list};
    auto q = select(m_db, sql, {}, tr("could not read the code list %1").arg(list));
    if (!q)
        return q.failure();
    QSet<QString> codes;
    while (q.value().next())
        codes.insert(q.value().value(0).toString());
    return codes;
}

Result<QHash<QString, StoredChild>> ImportRepository::children(const QString& after,
                                                               const QString& last) const
{
    if (auto s = flush(); !s)
        return s.failure();
    QHash<QString, StoredChild> result;
    Statements& st = *m_statements;
    if (auto s = st.page(st.readChildren, after, last).forEach([&](const RepeatedStatement& r) {
            StoredChild c;
            c.id = r.integer(0);
            c.version = r.integer(1);
            c.details = ImportedChild{r.text(2), r.text(3), toDate(r.text(4)),
                                      r.text(5), r.text(6), r.integer(7) != 0};
            result.insert(c.details.caseId, c);
        });
        !s)
        return s.failure();
    return result;
}

Result<qint64> ImportRepository::insertChild(const ImportedChild& c) const
{
    const QString& t = m_statements->now;
    if (m_server)
        return m_server->insertChild(c, t);
    auto id = m_statements->insertChild.insert({c.caseId, c.sex, sqlvalue::date(c.dateOfBirth),
                                                textValue(c.ethnicity), textValue(c.upn),
                                                int(c.uasc), t, t});
    if (!id)
        return Failure{id.failure().message, tr("child %1").arg(c.caseId)};
    return id;
}

Status ImportRepository::updateChild(const StoredChild& stored, const ImportedChild& c) const
{
    if (auto s = flush(); !s)
        return s;
    if (auto s = run(m_statements->updateChild,
                     {c.sex, sqlvalue::date(c.dateOfBirth), textValue(c.ethnicity),
                      textValue(c.upn), int(c.uasc), m_statements->now, stored.id, stored.version},
                     true);
        !s)
        return Failure{s.failure().message, tr("child %1").arg(c.caseId)};
    return {};
}

Result<QHash<qint64, QList<StoredPeriod>>> ImportRepository::periods(const QString& after,
                                                                     const QString& last) const
{
    if (auto s = flush(); !s)
        return s.failure();
    QHash<qint64, QList<StoredPeriod>> result;
    Statements& st = *m_statements;
    if (auto s = st.page(st.readPeriods, after, last).forEach([&](const RepeatedStatement& r) {
            StoredPeriod p;
            p.id = r.integer(1);
            p.version = r.integer(2);
            p.closed = r.integer(3) != 0;
            p.values =
                PeriodValues{toDate(r.text(4)), toDate(r.text(5)), r.integer(6) != 0, r.text(7)};
            result[r.integer(0)] << p;
        });
        !s)
        return s.failure();
    return result;
}

Result<QHash<qint64, QList<StoredEpisode>>> ImportRepository::episodes(const QString& after,
                                                                       const QString& last) const
{
    if (auto s = flush(); !s)
        return s.failure();
    QHash<qint64, QList<StoredEpisode>> result;
    Statements& st = *m_statements;
    if (auto s = st.page(st.readEpisodes, after, last).forEach([&](const RepeatedStatement& r) {
            StoredEpisode e;
            e.id = r.integer(1);
            e.version = r.integer(2);
            e.carePeriodId = r.integer(3);
            e.closed = r.integer(4) != 0;
            e.values = EpisodeValues{toDate(r.text(5)), toDate(r.text(6)), r.text(7),  r.text(8),
                                     r.text(9),         r.text(10),        r.text(11), r.text(12),
                                     r.text(13),        r.text(14),        r.text(15), r.text(16)};
            result[r.integer(0)] << e;
        });
        !s)
        return s.failure();
    return result;
}

Result<qint64> ImportRepository::insertPeriod(qint64 childId, const PeriodValues& v) const
{
    const QString& t = m_statements->now;
    if (m_server)
        return m_server->insertPeriod(childId, v, t);
    return m_statements->insertPeriod.insert({childId, sqlvalue::date(v.start),
                                              sqlvalue::date(v.end), int(v.startedInWindow),
                                              sqlvalue::textOrNull(v.endReason), t, t});
}

Status ImportRepository::updatePeriod(const StoredPeriod& stored, const PeriodValues& v) const
{
    if (auto s = flush(); !s)
        return s;
    return run(m_statements->updatePeriod,
               {sqlvalue::date(v.start), sqlvalue::date(v.end), int(v.startedInWindow),
                sqlvalue::textOrNull(v.endReason), m_statements->now, stored.id, stored.version},
               true);
}

Status ImportRepository::closePeriod(const StoredPeriod& stored, const QString& reason) const
{
    if (auto s = flush(); !s)
        return s;
    const QString& t = m_statements->now;
    return run(m_statements->closePeriod, {t, reason, t, stored.id, stored.version}, true);
}

Result<qint64> ImportRepository::insertEpisode(qint64 childId, qint64 periodId,
                                               const EpisodeValues& v) const
{
    // Bound one by one rather than through a QVariantList: this runs once per episode.
    const QString& t = m_statements->now;
    if (m_server)
        return m_server->insertEpisode(childId, periodId, v, t);
    RepeatedStatement& q = m_statements->insertEpisode;
    q.bind(0, periodId);
    q.bind(1, childId);
    q.bind(2, v.start);
    q.bind(3, v.end);
    q.bindText(4, v.rne);
    q.bindText(5, v.legalStatus);
    q.bindText(6, v.cin);
    q.bindText(7, v.placementType);
    q.bindText(8, v.provider);
    q.bindText(9, v.location);
    q.bindText(10, v.postcode);
    q.bindText(11, v.reasonEnd);
    q.bindText(12, v.reasonPlaceChange);
    q.bindText(13, v.urn);
    q.bindText(14, t);
    q.bindText(15, t);
    return q.insert();
}

Status ImportRepository::updateEpisode(const StoredEpisode& stored, qint64 periodId,
                                       const EpisodeValues& v) const
{
    if (auto s = flush(); !s)
        return s;
    return run(m_statements->updateEpisode,
               {periodId, sqlvalue::date(v.start), sqlvalue::date(v.end), v.rne, v.legalStatus,
                textValue(v.cin), v.placementType, textValue(v.provider), v.location,
                textValue(v.postcode), textValue(v.reasonEnd), textValue(v.reasonPlaceChange),
                textValue(v.urn), m_statements->now, stored.id, stored.version},
               true);
}

Result<QHash<qint64, QList<StoredAssessment>>>
ImportRepository::assessments(const QString& after, const QString& last) const
{
    if (auto s = flush(); !s)
        return s.failure();
    QHash<qint64, QList<StoredAssessment>> result;
    Statements& st = *m_statements;
    if (auto s = st.page(st.readAssessments, after, last).forEach([&](const RepeatedStatement& r) {
            StoredAssessment a;
            a.id = r.integer(1);
            a.version = r.integer(2);
            a.carePeriodId = r.integer(3);
            a.status = assessmentStatusFromCode(r.text(4));
            a.values = AssessmentValues{r.text(5), toDate(r.text(6)), toDate(r.text(7)), r.text(8),
                                        r.text(9)};
            result[r.integer(0)] << a;
        });
        !s)
        return s.failure();
    return result;
}

Result<qint64> ImportRepository::insertAssessment(qint64 childId, qint64 periodId,
                                                  const AssessmentValues& v) const
{
    if (auto s = flush(); !s)
        return s.failure();
    const QString& t = m_statements->now;
    return m_statements->insertAssessment.insert(
        {childId, sqlvalue::id(periodId), v.kind, sqlvalue::date(v.completed),
         sqlvalue::date(v.completed), sqlvalue::date(v.requested), sqlvalue::date(v.completed),
         sqlvalue::textOrNull(v.lateReason), textValue(v.notes), t, t});
}

Status ImportRepository::completeAssessment(const StoredAssessment& stored,
                                            const AssessmentValues& v) const
{
    if (auto s = flush(); !s)
        return s;
    return run(m_statements->completeAssessment,
               {sqlvalue::date(v.completed), sqlvalue::date(v.requested),
                sqlvalue::textOrNull(v.lateReason), textValue(v.notes), m_statements->now,
                stored.id, stored.version},
               true);
}

Status ImportRepository::addAppointment(qint64 assessmentId, QDate date,
                                        const QString& outcome) const
{
    if (auto s = flush(); !s)
        return s;
    const QString& t = m_statements->now;
    return run(m_statements->addAppointment,
               {assessmentId, date.toString(Qt::ISODate) + QStringLiteral("T00:00"), outcome,
                outcome == QLatin1String("booked") ? QVariant(QMetaType::fromType<QString>())
                                                   : sqlvalue::date(date),
                t, t});
}

Result<bool> ImportRepository::hasAppointment(qint64 assessmentId, QDate date) const
{
    if (auto s = flush(); !s)
        return s.failure();
    RepeatedStatement& q = m_statements->hasAppointment;
    q.bind(0, assessmentId);
    q.bindText(1, date.toString(Qt::ISODate) + QStringLiteral("T00:00"));
    if (auto s = q.start(); !s)
        return s.failure();
    auto row = q.next();
    if (!row)
        return row.failure();
    const bool found = row.value() && q.integer(0) > 0;
    q.finish();
    return found;
}

} // namespace lac
