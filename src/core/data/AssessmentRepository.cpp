// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/AssessmentRepository.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

namespace lac {
namespace {

const char* assessmentColumns =
    "SELECT id, child_id, COALESCE(care_period_id, 0), kind, clock_start, due_date, "
    "request_due_date, requested_date, paperwork_status, paperwork_complete_date, status, "
    "exemption, completed_date, completed_by, report_received_date, doctor_review, "
    "COALESCE(late_reason_code, ''), late_reason_note, location_at_due, notes, "
    "closed_at IS NOT NULL, version FROM assessments ";

AssessmentRecord assessmentFrom(const QSqlQuery& r)
{
    using sqlvalue::toDate;
    AssessmentRecord a;
    a.id = r.value(0).toLongLong();
    a.childId = r.value(1).toLongLong();
    a.carePeriodId = r.value(2).toLongLong();
    a.kind = assessmentKindFromCode(r.value(3).toString()).value_or(AssessmentKind::Initial);
    a.clockStart = toDate(r.value(4));
    a.due = toDate(r.value(5));
    a.requestDue = toDate(r.value(6));
    a.requestedDate = toDate(r.value(7));
    a.paperworkStatus = paperworkStatusFromCode(r.value(8).toString());
    a.paperworkCompleteDate = toDate(r.value(9));
    a.status = assessmentStatusFromCode(r.value(10).toString());
    a.exemption = r.value(11).toString();
    a.completedDate = toDate(r.value(12));
    a.completedBy = clinicianFromCode(r.value(13).toString());
    a.reportReceivedDate = toDate(r.value(14));
    a.doctorReview = doctorReviewFromCode(r.value(15).toString());
    a.lateReasonCode = r.value(16).toString();
    a.lateReasonNote = r.value(17).toString();
    a.locationAtDue = locationFromCode(r.value(18).toString());
    a.notes = r.value(19).toString();
    a.closed = r.value(20).toInt() != 0;
    a.version = r.value(21).toInt();
    return a;
}

const char* appointmentColumns =
    "SELECT p.id, p.assessment_id, COALESCE(p.provider_id, 0), COALESCE(v.name, ''), "
    "p.clinician, p.venue, p.scheduled_at, p.mode, p.interpreter_needed, "
    "p.interpreter_language, p.outcome, p.outcome_date, p.notes, p.version "
    "FROM appointments p LEFT JOIN providers v ON v.id = p.provider_id ";

AppointmentRecord appointmentFrom(const QSqlQuery& r)
{
    AppointmentRecord a;
    a.id = r.value(0).toLongLong();
    a.assessmentId = r.value(1).toLongLong();
    a.providerId = r.value(2).toLongLong();
    a.providerName = r.value(3).toString();
    a.clinician = r.value(4).toString();
    a.venue = r.value(5).toString();
    a.scheduledAt =
        QDateTime::fromString(r.value(6).toString(), QStringLiteral("yyyy-MM-ddTHH:mm"));
    a.mode = r.value(7).toString();
    a.interpreterNeeded = r.value(8).toInt() != 0;
    a.interpreterLanguage = r.value(9).toString();
    a.outcome = r.value(10).toString();
    a.outcomeDate = sqlvalue::toDate(r.value(11));
    a.notes = r.value(12).toString();
    a.version = r.value(13).toInt();
    return a;
}

} // namespace

using namespace sqlvalue;

AssessmentRepository::AssessmentRepository(const Database& db)
    : m_db(db)
{}

Result<AssessmentRecord> AssessmentRepository::find(qint64 assessmentId) const
{
    return findById(m_db, QString::fromLatin1(assessmentColumns) + QStringLiteral("WHERE id = ?"),
                    assessmentId, tr("could not read the assessment"),
                    tr("there is no such assessment"), assessmentFrom);
}

Result<QList<AssessmentRecord>> AssessmentRepository::forChild(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(assessmentColumns) +
                          QStringLiteral("WHERE child_id = ? AND closed_at IS NULL "
                                         "ORDER BY due_date, id"),
                      {childId}, tr("could not read the assessments"));
    if (!q)
        return q.failure();
    QList<AssessmentRecord> list;
    while (q.value().next())
        list << assessmentFrom(q.value());
    return list;
}

Status AssessmentRepository::update(const AssessmentRecord& a) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE assessments SET requested_date = ?, paperwork_status = ?, "
                       "paperwork_complete_date = ?, status = ?, completed_date = ?, "
                       "completed_by = ?, report_received_date = ?, doctor_review = ?, "
                       "late_reason_code = ?, late_reason_note = ?, notes = ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {date(a.requestedDate), paperworkStatusCode(a.paperworkStatus),
         date(a.paperworkCompleteDate), assessmentStatusCode(a.status), date(a.completedDate),
         text(clinicianCode(a.completedBy)), date(a.reportReceivedDate),
         doctorReviewCode(a.doctorReview), textOrNull(a.lateReasonCode), text(a.lateReasonNote),
         text(a.notes), now(), a.id, a.version},
        tr("could not save the assessment"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("assessment"));
}

Result<AppointmentRecord> AssessmentRepository::findAppointment(qint64 appointmentId) const
{
    return findById(m_db,
                    QString::fromLatin1(appointmentColumns) + QStringLiteral("WHERE p.id = ?"),
                    appointmentId, tr("could not read the appointment"),
                    tr("there is no such appointment"), appointmentFrom);
}

Result<QList<AppointmentRecord>> AssessmentRepository::appointments(qint64 assessmentId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(appointmentColumns) +
                          QStringLiteral("WHERE p.assessment_id = ? ORDER BY p.id"),
                      {assessmentId}, tr("could not read the appointments"));
    if (!q)
        return q.failure();
    QList<AppointmentRecord> list;
    while (q.value().next())
        list << appointmentFrom(q.value());
    return list;
}

Result<std::optional<AppointmentRecord>>
AssessmentRepository::openBooking(qint64 assessmentId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(appointmentColumns) +
                          QStringLiteral("WHERE p.assessment_id = ? AND p.outcome = 'booked' "
                                         "ORDER BY p.id DESC LIMIT 1"),
                      {assessmentId}, tr("could not read the appointments"));
    if (!q)
        return q.failure();
    if (!q.value().next())
        return std::optional<AppointmentRecord>();
    return std::optional<AppointmentRecord>(appointmentFrom(q.value()));
}

Result<BookingSuggestions> AssessmentRepository::bookingSuggestions(int limit) const
{
    // Column names come from this fixed list, never from the caller.
    const auto mostUsed = [this, limit](const char* column) -> Result<QStringList> {
        const QString c = QString::fromLatin1(column);
        auto q = runQuery(m_db,
                          QStringLiteral("SELECT TRIM(%1) AS v FROM appointments WHERE %1 IS NOT "
                                         "NULL AND TRIM(%1) <> '' GROUP BY v ORDER BY COUNT(*) "
                                         "DESC, v LIMIT ?")
                              .arg(c),
                          {limit}, tr("could not read earlier bookings"));
        if (!q)
            return q.failure();
        QStringList values;
        while (q.value().next())
            values << q.value().value(0).toString();
        return values;
    };
    BookingSuggestions s;
    for (auto [column, list] :
         {std::pair{"clinician", &s.clinicians}, std::pair{"venue", &s.venues},
          std::pair{"interpreter_language", &s.interpreterLanguages},
          std::pair{"CAST(provider_id AS TEXT)", &s.providers}}) {
        auto values = mostUsed(column);
        if (!values)
            return values.failure();
        *list = values.value();
    }
    return s;
}

Result<qint64> AssessmentRepository::insertAppointment(const AppointmentRecord& a) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO appointments (assessment_id, provider_id, clinician, venue, "
                       "scheduled_at, mode, interpreter_needed, interpreter_language, outcome, "
                       "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'booked', "
                       "?, ?, ?) RETURNING id"),
        {a.assessmentId, id(a.providerId), text(a.clinician), text(a.venue),
         a.scheduledAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm")), a.mode,
         int(a.interpreterNeeded), text(a.interpreterLanguage), text(a.notes), at, at},
        tr("could not book the appointment"));
}

Status AssessmentRepository::updateAppointmentOutcome(const AppointmentRecord& a) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE appointments SET outcome = ?, outcome_date = ?, "
                                     "notes = ?, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"),
                      {a.outcome, date(a.outcomeDate), text(a.notes), now(), a.id, a.version},
                      tr("could not save the outcome"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("appointment"));
}

Result<bool> AssessmentRepository::lateReasonExists(const QString& code) const
{
    auto q =
        runQuery(m_db, QStringLiteral("SELECT 1 FROM late_reasons WHERE code = ? AND active = 1"),
                 {code}, tr("could not read the late reasons"));
    if (!q)
        return q.failure();
    return q.value().next();
}

Result<bool> AssessmentRepository::providerExists(qint64 providerId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM providers WHERE id = ? AND active = 1"),
                      {providerId}, tr("could not read the providers"));
    if (!q)
        return q.failure();
    return q.value().next();
}

} // namespace lac
