// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/DemoDatabaseWriter.h"

#include "data/ReportCountsSuspension.h"
#include "data/SqlConnection.h"
#include "data/SqlTransaction.h"

#include <QHash>

namespace lac {
namespace {

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

/// ISO text of dates and timestamps, made once per day: formatting dates was a seventh of
/// the build time at 100,000 children.
class DateTexts
{
public:
    const QString& date(QDate d) { return entry(d).first; }
    /// Demo records carry dates, not times: rows are stamped at 09:00 UTC on the day.
    const QString& stamp(QDate d) { return entry(d).second; }

private:
    const QPair<QString, QString>& entry(QDate d)
    {
        auto it = m_texts.find(d.toJulianDay());
        if (it == m_texts.end()) {
            const QString text = d.toString(Qt::ISODate);
            it = m_texts.insert(d.toJulianDay(), {text, text + QStringLiteral("T09:00:00Z")});
        }
        return it.value();
    }
    QHash<qint64, QPair<QString, QString>> m_texts;
};

QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant optionalText(const QString& s)
{
    return s.isEmpty() ? nullText() : QVariant(s);
}

QVariant id(qint64 v)
{
    return v > 0 ? QVariant(v) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace

/// One prepared statement per table, reused for every row.
struct DemoDatabaseWriter::Statements
{
    explicit Statements(const QSqlDatabase& db)
        : authority(db)
        , provider(db)
        , setting(db)
        , child(db)
        , nhsNumber(db)
        , carePeriod(db)
        , episode(db)
        , assessment(db)
        , appointment(db)
        , paperworkIssue(db)
        , ooaRequest(db)
        , ooaChase(db)
    {}
    std::unique_ptr<SqlTransaction> transaction;
    std::unique_ptr<ReportCountsSuspension> counts; ///< counted once, after the load
    QList<QPair<QString, QString>> indexes; ///< dropped for the load, (name, CREATE statement)
    DateTexts texts;
    QVariant date(QDate d) { return d.isValid() ? QVariant(texts.date(d)) : nullText(); }
    QString stamp(QDate d) { return texts.stamp(d); }
    QSqlQuery authority;
    QSqlQuery provider;
    QSqlQuery setting;
    QSqlQuery child;
    QSqlQuery nhsNumber;
    QSqlQuery carePeriod;
    QSqlQuery episode;
    QSqlQuery assessment;
    QSqlQuery appointment;
    QSqlQuery paperworkIssue;
    QSqlQuery ooaRequest;
    QSqlQuery ooaChase;
};

namespace {

Status prepare(QSqlQuery& q, const QString& sql)
{
    if (!q.prepare(sql))
        return sqlFailure(DemoDatabaseWriter::tr("could not prepare the demo data statements"),
                          q.lastError());
    return {};
}

Status run(QSqlQuery& q, const QVariantList& values, const char* what)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values.at(i));
    if (!q.exec())
        return sqlFailure(DemoDatabaseWriter::tr(what), q.lastError());
    return {};
}

Status pragma(const Database& db, const QString& statement)
{
    QSqlQuery q(sqlConnection(db));
    // PRAGMA takes no bound values; every statement here is a constant of this file.
    if (!q.exec(statement))
        return sqlFailure(DemoDatabaseWriter::tr("could not tune the database for the build"),
                          q.lastError());
    return {};
}

} // namespace

DemoDatabaseWriter::DemoDatabaseWriter(const Database& db)
    : m_db(db)
{}

DemoDatabaseWriter::~DemoDatabaseWriter() = default;

Result<qint64> DemoDatabaseWriter::totalChanges(const Database& db)
{
    auto q = runQuery(db, QStringLiteral("SELECT total_changes()"), {},
                      tr("could not count the changes"));
    if (!q)
        return q.failure();
    if (!q.value().next())
        return Failure{tr("could not count the changes"), {}};
    return q.value().value(0).toLongLong();
}

Status DemoDatabaseWriter::start()
{
    // Only for the temporary file being built: a crash leaves it half-written, and it is
    // then never renamed into place.
    // Foreign keys and CHECK constraints are checked once for the whole load, before the
    // commit (foreign_key_check, quick_check), not row by row: SQLite builds a temporary
    // table for every IN (...) list of a CHECK on every insert.
    for (const char* p : {"PRAGMA journal_mode = MEMORY", "PRAGMA synchronous = OFF",
                          "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY",
                          "PRAGMA foreign_keys = OFF", "PRAGMA ignore_check_constraints = ON"}) {
        if (auto s = pragma(m_db, QString::fromLatin1(p)); !s)
            return s;
    }
    m_statements = std::make_unique<Statements>(sqlConnection(m_db));
    Statements& s = *m_statements;
    s.transaction = std::make_unique<SqlTransaction>(m_db);
    if (auto b = s.transaction->begun(); !b)
        return b;
    s.counts = std::make_unique<ReportCountsSuspension>(m_db);
    if (auto c = s.counts->suspendIfFirstImport(); !c)
        return c;
    // Indexes are built once after the load, which is much faster than row by row. The
    // statements are the schema's own, read back from the database.
    {
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                                         "AND sql IS NOT NULL ORDER BY name"),
                          {}, tr("could not read the indexes"));
        if (!q)
            return q.failure();
        while (q.value().next())
            s.indexes << qMakePair(q.value().value(0).toString(), q.value().value(1).toString());
    }
    for (const auto& [name, sql] : s.indexes) {
        QSqlQuery drop(sqlConnection(m_db));
        if (!drop.exec(QStringLiteral("DROP INDEX \"%1\"").arg(name)))
            return sqlFailure(tr("could not prepare the tables for the load"), drop.lastError());
    }
    const QList<QPair<QSqlQuery*, QString>> statements = {
        {&s.authority, QStringLiteral("INSERT INTO authorities (id, name, code) VALUES (?, ?, ?)")},
        {&s.provider,
         QStringLiteral("INSERT INTO providers (id, name, authority_id) VALUES (?, ?, ?)")},
        {&s.setting, QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value")},
        {&s.child,
         QStringLiteral(
             "INSERT INTO children (id, case_id, given_name, family_name, date_of_birth, sex, "
             "ethnicity, upn, uasc, clinical_need, in_care, current_placement_type, "
             "current_location, next_due_kind, next_due_date, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&s.nhsNumber,
         QStringLiteral("INSERT INTO nhs_numbers (id, child_id, nhs_number, valid_from, valid_to, "
                        "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")},
        {&s.carePeriod,
         QStringLiteral("INSERT INTO care_periods (id, child_id, start_date, end_date, "
                        "started_in_window, end_reason, entry_placement_type, entry_location, "
                        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&s.episode,
         QStringLiteral(
             "INSERT INTO episodes (id, care_period_id, child_id, start_date, end_date, rne, "
             "legal_status, cin, placement_type, placement_provider, location, "
             "host_authority_id, placement_postcode, reason_end, reason_place_change, urn, "
             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
             "?)")},
        {&s.assessment,
         QStringLiteral(
             "INSERT INTO assessments (id, child_id, care_period_id, kind, clock_start, due_date, "
             "request_due_date, requested_date, paperwork_status, paperwork_complete_date, "
             "status, exemption, completed_date, completed_by, report_received_date, "
             "doctor_review, late_reason_code, late_reason_note, location_at_due, "
             "placement_type_at_due, notes, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&s.appointment,
         QStringLiteral(
             "INSERT INTO appointments (id, assessment_id, provider_id, clinician, venue, "
             "scheduled_at, mode, interpreter_needed, interpreter_language, outcome, "
             "outcome_date, notes, created_at, updated_at) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&s.paperworkIssue,
         QStringLiteral(
             "INSERT INTO paperwork_issues (id, assessment_id, child_id, problem, detail, "
             "found_date, returned_date, resolved_date, created_at, updated_at, closed_at, "
             "closed_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&s.ooaRequest,
         QStringLiteral(
             "INSERT INTO ooa_requests (id, assessment_id, child_id, host_authority_id, "
             "provider_id, requested_date, stated_wait_weeks, escalated, escalated_date, "
             "resolved_date, notes, created_at, updated_at, closed_at, closed_reason) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")},
        {&s.ooaChase,
         QStringLiteral("INSERT INTO ooa_chases (id, ooa_request_id, chase_date, chased_by, "
                        "response, created_at) VALUES (?, ?, ?, ?, ?, ?)")},
    };
    for (const auto& [query, sql] : statements) {
        if (auto p = prepare(*query, sql); !p)
            return p;
    }
    return {};
}

Status DemoDatabaseWriter::writeReferenceData(const DemoReferenceData& reference)
{
    Statements& s = *m_statements;
    for (const auto& a : reference.authorities) {
        if (auto r =
                run(s.authority, {a.id, a.name, a.code}, QT_TR_NOOP("could not add an authority"));
            !r)
            return r;
    }
    for (const auto& p : reference.providers) {
        if (auto r = run(s.provider, {p.id, p.name, id(p.authorityId)},
                         QT_TR_NOOP("could not add a provider"));
            !r)
            return r;
    }
    for (const auto& [key, value] : reference.settings) {
        if (auto r = run(s.setting, {key, value}, QT_TR_NOOP("could not save a setting")); !r)
            return r;
    }
    return {};
}

Status DemoDatabaseWriter::writeChild(const DemoChild& c)
{
    Statements& s = *m_statements;
    const QString created = s.stamp(c.createdOn);
    if (auto r =
            run(s.child,
                {c.id, c.caseId, text(c.givenName), text(c.familyName), s.date(c.dateOfBirth),
                 sexCode(c.sex), text(c.ethnicity), text(c.upn), int(c.uasc), int(c.clinicalNeed),
                 int(c.inCare), optionalText(placementTypeCode(c.currentPlacementType)),
                 locationCode(c.currentLocation),
                 c.nextDueKind ? QVariant(assessmentKindCode(*c.nextDueKind)) : nullText(),
                 s.date(c.nextDue), created, created},
                QT_TR_NOOP("could not add a child"));
        !r)
        return r;
    for (const auto& n : c.nhsNumbers) {
        if (auto r = run(s.nhsNumber,
                         {n.id, c.id, n.number, s.date(n.validFrom), s.date(n.validTo),
                          QStringLiteral("demo"), s.stamp(n.validFrom)},
                         QT_TR_NOOP("could not add an NHS number"));
            !r)
            return r;
    }
    for (const auto& p : c.periods) {
        const QString at = s.stamp(p.start);
        if (auto r = run(s.carePeriod,
                         {p.id, c.id, s.date(p.start), s.date(p.end), int(p.startedInWindow),
                          optionalText(episodeEndReasonCode(p.endReason)),
                          optionalText(placementTypeCode(p.entryPlacementType)),
                          locationCode(p.entryLocation), at, p.end.isValid() ? s.stamp(p.end) : at},
                         QT_TR_NOOP("could not add a period of care"));
            !r)
            return r;
    }
    for (const auto& e : c.episodes) {
        const QString at = s.stamp(e.start);
        if (auto r = run(s.episode,
                         {e.id, e.carePeriodId, c.id, s.date(e.start), s.date(e.end),
                          episodeReasonCode(e.rne), legalStatusCode(e.legalStatus),
                          text(categoryOfNeedCode(e.cin)), placementTypeCode(e.placementType),
                          text(placementProviderCode(e.placementProvider)),
                          locationCode(e.location), id(e.hostAuthorityId), text(e.postcode),
                          text(episodeEndReasonCode(e.reasonEnd)),
                          text(placeChangeReasonCode(e.reasonPlaceChange)), text(e.urn), at,
                          e.end.isValid() ? s.stamp(e.end) : at},
                         QT_TR_NOOP("could not add an episode"));
            !r)
            return r;
    }
    for (const auto& a : c.assessments) {
        const QString at = s.stamp(a.createdOn);
        const QString updated = a.completedDate.isValid() ? s.stamp(a.completedDate) : at;
        if (auto r = run(s.assessment,
                         {a.id,
                          c.id,
                          id(a.carePeriodId),
                          assessmentKindCode(a.kind),
                          s.date(a.clockStart),
                          s.date(a.due),
                          s.date(a.requestDue),
                          s.date(a.requestedDate),
                          paperworkStatusCode(a.paperworkStatus),
                          s.date(a.paperworkCompleteDate),
                          assessmentStatusCode(a.status),
                          text(a.exemption),
                          s.date(a.completedDate),
                          text(clinicianCode(a.completedBy)),
                          s.date(a.reportReceivedDate),
                          doctorReviewCode(a.doctorReview),
                          optionalText(a.lateReasonCode),
                          text(a.lateReasonNote),
                          locationCode(a.locationAtDue),
                          optionalText(placementTypeCode(a.placementTypeAtDue)),
                          text(a.notes),
                          at,
                          updated},
                         QT_TR_NOOP("could not add an assessment"));
            !r)
            return r;
        for (const auto& ap : a.appointments) {
            const QString scheduled = QStringLiteral("%1T%2:%3")
                                          .arg(ap.date.toString(Qt::ISODate))
                                          .arg(ap.minuteOfDay / 60, 2, 10, QLatin1Char('0'))
                                          .arg(ap.minuteOfDay % 60, 2, 10, QLatin1Char('0'));
            if (auto r = run(s.appointment,
                             {ap.id, a.id, id(ap.providerId), text(ap.clinician), text(ap.venue),
                              scheduled, appointmentModeCode(ap.mode), int(ap.interpreterNeeded),
                              text(ap.interpreterLanguage), appointmentOutcomeCode(ap.outcome),
                              s.date(ap.outcomeDate), text(ap.notes), s.stamp(ap.bookedOn),
                              s.stamp(ap.outcomeDate.isValid() ? ap.outcomeDate : ap.bookedOn)},
                             QT_TR_NOOP("could not add an appointment"));
                !r)
                return r;
        }
        for (const auto& i : a.paperworkIssues) {
            const QDate last = i.closed.isValid()     ? i.closed
                               : i.resolved.isValid() ? i.resolved
                                                      : i.found;
            if (auto r = run(s.paperworkIssue,
                             {i.id, a.id, c.id, paperworkProblemCode(i.problem), text(i.detail),
                              s.date(i.found), s.date(i.returned), s.date(i.resolved),
                              s.stamp(i.found), s.stamp(last),
                              i.closed.isValid() ? QVariant(s.stamp(i.closed)) : nullText(),
                              optionalText(i.closedReason)},
                             QT_TR_NOOP("could not add a paperwork issue"));
                !r)
                return r;
        }
        for (const auto& o : a.ooaRequests) {
            const QDate last = o.closed.isValid()     ? o.closed
                               : o.resolved.isValid() ? o.resolved
                                                      : o.requested;
            if (auto r = run(s.ooaRequest,
                             {o.id, a.id, c.id, id(o.hostAuthorityId), id(o.providerId),
                              s.date(o.requested), o.statedWaitWeeks, int(o.escalated.isValid()),
                              s.date(o.escalated), s.date(o.resolved), text(o.notes),
                              s.stamp(o.requested), s.stamp(last),
                              o.closed.isValid() ? QVariant(s.stamp(o.closed)) : nullText(),
                              optionalText(o.closedReason)},
                             QT_TR_NOOP("could not add an out-of-area request"));
                !r)
                return r;
            for (const auto& ch : o.chases) {
                if (auto r = run(s.ooaChase,
                                 {ch.id, o.id, s.date(ch.date), text(ch.chasedBy),
                                  text(ch.response), s.stamp(ch.date)},
                                 QT_TR_NOOP("could not add an out-of-area chase"));
                    !r)
                    return r;
            }
        }
    }
    return {};
}

Status DemoDatabaseWriter::finish(const AuditLog& audit, const AuditEntry& entry)
{
    if (!m_statements || !m_statements->transaction)
        return Failure{tr("the demo database was not started"), m_db.path()};
    for (const auto& [name, sql] : m_statements->indexes) {
        QSqlQuery create(sqlConnection(m_db));
        if (!create.exec(sql))
            return sqlFailure(tr("could not build index %1").arg(name), create.lastError());
    }
    if (auto c = m_statements->counts->finish(); !c)
        return c;
    {
        auto check = runQuery(m_db, QStringLiteral("PRAGMA foreign_key_check"), {},
                              tr("could not check the references between tables"));
        if (!check)
            return check.failure();
        if (check.value().next())
            return Failure{
                tr("the demo data refers to a missing row (table %1, row %2)")
                    .arg(check.value().value(0).toString(), check.value().value(1).toString()),
                m_db.path()};
    }
    if (auto s = pragma(m_db, QStringLiteral("PRAGMA ignore_check_constraints = OFF")); !s)
        return s;
    {
        auto check = runQuery(m_db, QStringLiteral("PRAGMA quick_check"), {},
                              tr("could not check the demo data"));
        if (!check)
            return check.failure();
        if (!check.value().next() || check.value().value(0).toString() != QLatin1String("ok"))
            return Failure{tr("the demo data breaks a rule of the schema (%1)")
                               .arg(check.value().value(0).toString()),
                           m_db.path()};
    }
    if (auto a = audit.append(entry); !a)
        return a;
    if (auto c = m_statements->transaction->commit(); !c)
        return c;
    m_statements.reset();
    for (const char* p : {"PRAGMA journal_mode = DELETE", "PRAGMA synchronous = FULL",
                          "PRAGMA foreign_keys = ON"}) {
        if (auto s = pragma(m_db, QString::fromLatin1(p)); !s)
            return s;
    }
    return {};
}

} // namespace lac
