// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/data/CarerMedicalStore.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

#include <QSqlQuery>

#include <array>
#include <utility>

namespace lac {
namespace {

using namespace sqlvalue;

template <typename E, std::size_t N>
QString codeOf(const std::array<std::pair<E, const char*>, N>& codes, E e)
{
    for (const auto& [value, code] : codes)
        if (value == e)
            return QString::fromLatin1(code);
    return {};
}

template <typename E, std::size_t N>
std::optional<E> fromCode(const std::array<std::pair<E, const char*>, N>& codes,
                          const QString& text)
{
    for (const auto& [value, code] : codes)
        if (text == QLatin1String(code))
            return value;
    return std::nullopt;
}

constexpr std::array<std::pair<CarerApplication, const char*>, 2> applications{
    {{CarerApplication::Fostering, "fostering"}, {CarerApplication::Adoption, "adoption"}}};
constexpr std::array<std::pair<CarerMedicalForm, const char*>, 2> forms{
    {{CarerMedicalForm::Ah, "AH"}, {CarerMedicalForm::Ah2, "AH2"}}};
constexpr std::array<std::pair<CarerFeePayer, const char*>, 4> payers{
    {{CarerFeePayer::NotKnown, ""},
     {CarerFeePayer::Agency, "agency"},
     {CarerFeePayer::Applicant, "applicant"},
     {CarerFeePayer::NoFee, "no_fee"}}};
constexpr std::array<std::pair<CarerGpEscalation, const char*>, 4> escalations{
    {{CarerGpEscalation::None, ""},
     {CarerGpEscalation::PracticeManager, "practice_manager"},
     {CarerGpEscalation::Icb, "icb"},
     {CarerGpEscalation::OtherDoctor, "other_doctor"}}};
constexpr std::array<std::pair<CarerAdviserOutcome, const char*>, 4> outcomes{
    {{CarerAdviserOutcome::NotReviewed, ""},
     {CarerAdviserOutcome::Clear, "clear"},
     {CarerAdviserOutcome::MoreInformation, "more_information"},
     {CarerAdviserOutcome::Concern, "concern"}}};

const char* applicantColumns = "a.id, a.name, a.household, a.social_worker, a.application, "
                               "a.assessment_ready, a.notes, a.version";
const char* medicalColumns =
    "m.id, m.applicant_id, m.form, m.requested, m.gp_practice, m.gp_appointment, m.fee_pence, "
    "m.fee_payer, m.gp_declined, m.escalation, m.received, m.reviewed, m.outcome, "
    "m.info_requested, m.info_received, m.summary_sent, m.panel, m.approved, m.withdrawn, "
    "m.notes, m.version";
constexpr int applicantColumnCount = 8;
constexpr int medicalColumnCount = 21;

CarerApplicant applicantFrom(const QSqlQuery& r, int at)
{
    CarerApplicant a;
    a.id = r.value(at).toLongLong();
    a.name = r.value(at + 1).toString();
    a.household = r.value(at + 2).toString();
    a.socialWorker = r.value(at + 3).toString();
    a.application =
        fromCode(applications, r.value(at + 4).toString()).value_or(CarerApplication::Fostering);
    a.assessmentReady = toDate(r.value(at + 5));
    a.notes = r.value(at + 6).toString();
    a.version = r.value(at + 7).toInt();
    return a;
}

CarerMedical medicalFrom(const QSqlQuery& r, int at)
{
    CarerMedical m;
    int c = at;
    m.id = r.value(c++).toLongLong();
    m.applicantId = r.value(c++).toLongLong();
    m.form = fromCode(forms, r.value(c++).toString()).value_or(CarerMedicalForm::Ah);
    m.requested = toDate(r.value(c++));
    m.gpPractice = r.value(c++).toString();
    m.gpAppointment = toDate(r.value(c++));
    m.feePence = r.value(c).isNull() ? -1 : r.value(c).toInt();
    ++c;
    m.feePayer = fromCode(payers, r.value(c++).toString()).value_or(CarerFeePayer::NotKnown);
    m.gpDeclined = toDate(r.value(c++));
    m.escalation = fromCode(escalations, r.value(c++).toString()).value_or(CarerGpEscalation::None);
    m.received = toDate(r.value(c++));
    m.reviewed = toDate(r.value(c++));
    m.outcome =
        fromCode(outcomes, r.value(c++).toString()).value_or(CarerAdviserOutcome::NotReviewed);
    m.infoRequested = toDate(r.value(c++));
    m.infoReceived = toDate(r.value(c++));
    m.summarySent = toDate(r.value(c++));
    m.panel = toDate(r.value(c++));
    m.approved = toDate(r.value(c++));
    m.withdrawn = toDate(r.value(c++));
    m.notes = r.value(c++).toString();
    m.version = r.value(c++).toInt();
    return m;
}

CarerApplicant applicantRow(const QSqlQuery& r)
{
    return applicantFrom(r, 0);
}

CarerMedical medicalRow(const QSqlQuery& r)
{
    return medicalFrom(r, 0);
}

QVariantList medicalValues(const CarerMedical& m)
{
    return {text(CarerMedicalStore::formCode(m.form)),
            date(m.requested),
            text(m.gpPractice),
            date(m.gpAppointment),
            m.feePence < 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(m.feePence),
            text(CarerMedicalStore::feePayerCode(m.feePayer)),
            date(m.gpDeclined),
            text(CarerMedicalStore::escalationCode(m.escalation)),
            date(m.received),
            date(m.reviewed),
            text(CarerMedicalStore::outcomeCode(m.outcome)),
            date(m.infoRequested),
            date(m.infoReceived),
            date(m.summarySent),
            date(m.panel),
            date(m.approved),
            date(m.withdrawn),
            text(m.notes)};
}

const char* medicalSetList =
    "form = ?, requested = ?, gp_practice = ?, gp_appointment = ?, fee_pence = ?, "
    "fee_payer = ?, gp_declined = ?, escalation = ?, received = ?, reviewed = ?, outcome = ?, "
    "info_requested = ?, info_received = ?, summary_sent = ?, panel = ?, approved = ?, "
    "withdrawn = ?, notes = ?";

} // namespace

CarerMedicalStore::CarerMedicalStore(const Database& db)
    : m_db(db)
{}

QString CarerMedicalStore::applicationCode(CarerApplication a)
{
    return codeOf(applications, a);
}
std::optional<CarerApplication> CarerMedicalStore::applicationFromCode(const QString& code)
{
    return fromCode(applications, code);
}
QString CarerMedicalStore::formCode(CarerMedicalForm f)
{
    return codeOf(forms, f);
}
std::optional<CarerMedicalForm> CarerMedicalStore::formFromCode(const QString& code)
{
    return fromCode(forms, code);
}
QString CarerMedicalStore::feePayerCode(CarerFeePayer p)
{
    return codeOf(payers, p);
}
std::optional<CarerFeePayer> CarerMedicalStore::feePayerFromCode(const QString& code)
{
    return fromCode(payers, code);
}
QString CarerMedicalStore::escalationCode(CarerGpEscalation e)
{
    return codeOf(escalations, e);
}
std::optional<CarerGpEscalation> CarerMedicalStore::escalationFromCode(const QString& code)
{
    return fromCode(escalations, code);
}
QString CarerMedicalStore::outcomeCode(CarerAdviserOutcome o)
{
    return codeOf(outcomes, o);
}
std::optional<CarerAdviserOutcome> CarerMedicalStore::outcomeFromCode(const QString& code)
{
    return fromCode(outcomes, code);
}

Result<QList<CarerApplicant>> CarerMedicalStore::applicants() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM carer_applicants a WHERE a.closed_at IS NULL "
                                     "ORDER BY a.name, a.id")
                          .arg(QLatin1String(applicantColumns)),
                      {}, tr("could not read the applicants"));
    if (!q)
        return q.failure();
    QList<CarerApplicant> all;
    while (q.value().next())
        all << applicantFrom(q.value(), 0);
    return all;
}

Result<CarerApplicant> CarerMedicalStore::findApplicant(qint64 id) const
{
    return findById(
        m_db,
        QStringLiteral("SELECT %1 FROM carer_applicants a WHERE a.id = ? AND a.closed_at IS NULL")
            .arg(QLatin1String(applicantColumns)),
        id, tr("could not read the applicant"), tr("there is no such applicant"), applicantRow);
}

Result<qint64> CarerMedicalStore::insertApplicant(const CarerApplicant& a) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO carer_applicants (name, household, social_worker, "
                       "application, assessment_ready, notes, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {text(a.name), text(a.household), text(a.socialWorker),
         text(applicationCode(a.application)), date(a.assessmentReady), text(a.notes), at, at},
        tr("could not save the applicant"));
}

Status CarerMedicalStore::updateApplicant(const CarerApplicant& a) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE carer_applicants SET name = ?, household = ?, "
                                     "social_worker = ?, application = ?, assessment_ready = ?, "
                                     "notes = ?, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"),
                      {text(a.name), text(a.household), text(a.socialWorker),
                       text(applicationCode(a.application)), date(a.assessmentReady), text(a.notes),
                       now(), a.id, a.version},
                      tr("could not save the applicant"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("applicant"));
}

Result<QList<CarerMedicalRow>> CarerMedicalStore::rows() const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT %1, %2, (SELECT count(*) FROM carer_medical_chases c WHERE "
                       "c.medical_id = m.id), (SELECT max(c.chase_date) FROM "
                       "carer_medical_chases c WHERE c.medical_id = m.id) "
                       "FROM carer_medicals m JOIN carer_applicants a ON a.id = m.applicant_id "
                       "WHERE m.closed_at IS NULL AND a.closed_at IS NULL "
                       "ORDER BY m.requested, m.id")
            .arg(QLatin1String(medicalColumns), QLatin1String(applicantColumns)),
        {}, tr("could not read the carers' medicals"));
    if (!q)
        return q.failure();
    QList<CarerMedicalRow> all;
    while (q.value().next()) {
        CarerMedicalRow row;
        row.medical = medicalFrom(q.value(), 0);
        row.applicant = applicantFrom(q.value(), medicalColumnCount);
        row.chases = q.value().value(medicalColumnCount + applicantColumnCount).toInt();
        row.lastChased = toDate(q.value().value(medicalColumnCount + applicantColumnCount + 1));
        all << row;
    }
    return all;
}

Result<QList<CarerMedical>> CarerMedicalStore::medicals() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT %1 FROM carer_medicals m WHERE m.closed_at IS NULL "
                                     "ORDER BY m.requested, m.id")
                          .arg(QLatin1String(medicalColumns)),
                      {}, tr("could not read the carers' medicals"));
    if (!q)
        return q.failure();
    QList<CarerMedical> all;
    while (q.value().next())
        all << medicalFrom(q.value(), 0);
    return all;
}

Result<QHash<qint64, QDate>> CarerMedicalStore::assessmentReadyByApplicant() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, assessment_ready FROM carer_applicants WHERE "
                                     "assessment_ready IS NOT NULL AND closed_at IS NULL"),
                      {}, tr("could not read the applicants"));
    if (!q)
        return q.failure();
    QHash<qint64, QDate> ready;
    while (q.value().next())
        ready.insert(q.value().value(0).toLongLong(), toDate(q.value().value(1)));
    return ready;
}

Result<CarerMedical> CarerMedicalStore::findMedical(qint64 id) const
{
    return findById(
        m_db,
        QStringLiteral("SELECT %1 FROM carer_medicals m WHERE m.id = ? AND m.closed_at IS NULL")
            .arg(QLatin1String(medicalColumns)),
        id, tr("could not read the medical"), tr("there is no such medical"), medicalRow);
}

Result<qint64> CarerMedicalStore::insertMedical(const CarerMedical& m) const
{
    const QString at = now();
    QVariantList values{m.applicantId};
    values << medicalValues(m) << at << at;
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO carer_medicals (applicant_id, form, requested, gp_practice, "
                       "gp_appointment, fee_pence, fee_payer, gp_declined, escalation, received, "
                       "reviewed, outcome, info_requested, info_received, summary_sent, panel, "
                       "approved, withdrawn, notes, created_at, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        values, tr("could not save the medical"));
}

Status CarerMedicalStore::updateMedical(const CarerMedical& m) const
{
    QVariantList values = medicalValues(m);
    values << now() << m.id << m.version;
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE carer_medicals SET %1, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND version = ?")
                          .arg(QLatin1String(medicalSetList)),
                      values, tr("could not save the medical"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("medical"));
}

Result<QList<CarerMedicalChase>> CarerMedicalStore::chases(qint64 medicalId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, medical_id, chase_date, chased_by, response FROM "
                                     "carer_medical_chases WHERE medical_id = ? "
                                     "ORDER BY chase_date, id"),
                      {medicalId}, tr("could not read the chases"));
    if (!q)
        return q.failure();
    QList<CarerMedicalChase> all;
    while (q.value().next()) {
        CarerMedicalChase c;
        c.id = q.value().value(0).toLongLong();
        c.medicalId = q.value().value(1).toLongLong();
        c.date = toDate(q.value().value(2));
        c.chasedBy = q.value().value(3).toString();
        c.response = q.value().value(4).toString();
        all << c;
    }
    return all;
}

Result<qint64> CarerMedicalStore::insertChase(const CarerMedicalChase& c) const
{
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO carer_medical_chases (medical_id, chase_date, chased_by, "
                       "response, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        {c.medicalId, date(c.date), text(c.chasedBy), text(c.response), now()},
        tr("could not save the chase"));
}

} // namespace lac
