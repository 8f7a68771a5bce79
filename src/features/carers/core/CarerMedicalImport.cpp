// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/core/CarerMedicalImport.h"

#include "carers/core/CarerMedicalClock.h"
#include "carers/data/CarerMedicalStore.h"
#include "data/SqlTransaction.h"
#include "import/CsvColumns.h"
#include "import/CsvReader.h"
#include "import/ImportDate.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace lac {
namespace {

QString applicantKey(const QString& name, const QString& household)
{
    return name.simplified().toLower() + QLatin1Char('|') + household.simplified().toLower();
}

QString medicalKey(const QString& applicant, CarerMedicalForm form, QDate requested)
{
    return QStringLiteral("%1|%2|%3")
        .arg(applicant)
        .arg(int(form))
        .arg(requested.toString(Qt::ISODate));
}

struct Staged
{
    CarerApplicant applicant;
    CarerMedical medical;
};

} // namespace

CarerMedicalImport::CarerMedicalImport(const CaseContext& ctx)
    : m_ctx(ctx)
{}

Result<CarerMedicalImportReport> CarerMedicalImport::run(const QString& path, bool dryRun) const
{
    for (Permission p : {Permission::ImportData, Permission::EditCarerMedicals})
        if (auto s = AccessPolicy::require(m_ctx.user(), p); !s)
            return s.failure();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("cannot open the file (%1)").arg(file.errorString()), path};
    const CarerMedicalStore store(m_ctx.db);
    auto rows = store.rows();
    if (!rows)
        return rows.failure();
    auto existing = store.applicants();
    if (!existing)
        return existing.failure();
    QHash<QString, CarerApplicant> applicants;
    for (const CarerApplicant& a : existing.value())
        applicants.insert(applicantKey(a.name, a.household), a);
    QSet<QString> known;
    for (const CarerMedicalRow& r : rows.value())
        known << medicalKey(applicantKey(r.applicant.name, r.applicant.household), r.medical.form,
                            r.medical.requested);

    CarerMedicalImportReport report;
    CsvReader reader(&file);
    QStringList fields;
    if (!reader.readRecord(fields))
        return Failure{reader.hasError() ? reader.errorMessage() : tr("the file is empty"), path};
    const CsvColumns columns(fields);
    const QStringList required{QStringLiteral("applicant"), QStringLiteral("household"),
                               QStringLiteral("application"), QStringLiteral("form"),
                               QStringLiteral("requested")};
    if (const QStringList missing = columns.missing(required); !missing.isEmpty()) {
        report.problems << ImportProblem{
            path,
            1,
            missing.join(QStringLiteral(", ")),
            {},
            tr("missing; the file needs the columns %1").arg(required.join(QStringLiteral(", ")))};
        return report;
    }
    QList<Staged> staged;
    bool adviserFields = false;
    while (reader.readRecord(fields)) {
        const qint64 line = reader.recordLine();
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue;
        ++report.rows;
        const auto field = [&](const QString& name) {
            return CsvColumns::field(fields, columns.indexOf(name));
        };
        const int before = int(report.problems.size());
        const auto problem = [&](const QString& column, const QString& reason) {
            report.problems << ImportProblem{path, line, column, field(column), reason};
        };
        const auto dateOf = [&](const QString& column) {
            const QString text = field(column);
            if (text.isEmpty())
                return QDate();
            const QDate d = ImportDate::parse(text);
            if (!d.isValid())
                problem(column, tr("not a date (DD/MM/YYYY)"));
            return d;
        };
        Staged s;
        s.applicant.name = field(QStringLiteral("applicant")).simplified();
        s.applicant.household = field(QStringLiteral("household")).simplified();
        s.applicant.socialWorker = field(QStringLiteral("social_worker")).simplified();
        if (s.applicant.name.isEmpty())
            problem(QStringLiteral("applicant"), tr("missing the applicant's name"));
        const auto application =
            CarerMedicalStore::applicationFromCode(field(QStringLiteral("application")));
        if (!application)
            problem(QStringLiteral("application"), tr("expected fostering or adoption"));
        s.applicant.application = application.value_or(CarerApplication::Fostering);
        s.applicant.assessmentReady = dateOf(QStringLiteral("assessment_ready"));
        CarerMedical& m = s.medical;
        const auto form = CarerMedicalStore::formFromCode(field(QStringLiteral("form")).toUpper());
        if (!form)
            problem(QStringLiteral("form"), tr("expected AH or AH2"));
        m.form = form.value_or(CarerMedicalForm::Ah);
        m.requested = dateOf(QStringLiteral("requested"));
        if (!m.requested.isValid() && field(QStringLiteral("requested")).isEmpty())
            problem(QStringLiteral("requested"), tr("missing the date of the request"));
        m.gpPractice = field(QStringLiteral("gp_practice"));
        m.gpAppointment = dateOf(QStringLiteral("gp_appointment"));
        QString fee = field(QStringLiteral("fee"));
        fee.remove(QChar(0x00A3));
        static const QRegularExpression pounds(QStringLiteral("^\\d{1,4}(\\.\\d{1,2})?$"));
        if (fee.isEmpty())
            m.feePence = -1;
        else if (pounds.match(fee).hasMatch())
            m.feePence = int(std::lround(fee.toDouble() * 100));
        else
            problem(QStringLiteral("fee"), tr("not an amount in pounds (e.g. 85 or 120.50)"));
        const auto code = [&](const QString& column, auto fromCode, auto fallback,
                              const QString& expected) {
            const auto v = fromCode(field(column));
            if (!v)
                problem(column, tr("expected %1").arg(expected));
            return v.value_or(fallback);
        };
        m.feePayer = code(QStringLiteral("fee_payer"), &CarerMedicalStore::feePayerFromCode,
                          CarerFeePayer::NotKnown, tr("agency, applicant, no_fee or nothing"));
        m.gpDeclined = dateOf(QStringLiteral("gp_declined"));
        m.escalation =
            code(QStringLiteral("escalation"), &CarerMedicalStore::escalationFromCode,
                 CarerGpEscalation::None, tr("practice_manager, icb, other_doctor or nothing"));
        m.received = dateOf(QStringLiteral("received"));
        m.reviewed = dateOf(QStringLiteral("reviewed"));
        m.outcome = code(QStringLiteral("outcome"), &CarerMedicalStore::outcomeFromCode,
                         CarerAdviserOutcome::NotReviewed,
                         tr("clear, more_information, concern or nothing"));
        m.infoRequested = dateOf(QStringLiteral("info_requested"));
        m.infoReceived = dateOf(QStringLiteral("info_received"));
        m.summarySent = dateOf(QStringLiteral("summary_sent"));
        m.panel = dateOf(QStringLiteral("panel"));
        m.approved = dateOf(QStringLiteral("approved"));
        m.withdrawn = dateOf(QStringLiteral("withdrawn"));
        m.notes = field(QStringLiteral("notes"));
        if (int(report.problems.size()) > before)
            continue;
        // The same rules as a medical saved by hand, reported against the file's column.
        m.applicantId = 1; // checked for real when written
        if (Status s2 = CarerMedicalClock::check(m, m_ctx.today()); !s2) {
            static const QHash<QString, QString> columnOf{
                {CarerMedicalClock::tr("Requested"), QStringLiteral("requested")},
                {CarerMedicalClock::tr("GP appointment"), QStringLiteral("gp_appointment")},
                {CarerMedicalClock::tr("GP declined"), QStringLiteral("gp_declined")},
                {CarerMedicalClock::tr("Received"), QStringLiteral("received")},
                {CarerMedicalClock::tr("Reviewed"), QStringLiteral("reviewed")},
                {CarerMedicalClock::tr("Outcome"), QStringLiteral("outcome")},
                {CarerMedicalClock::tr("Information requested"), QStringLiteral("info_requested")},
                {CarerMedicalClock::tr("Information received"), QStringLiteral("info_received")},
                {CarerMedicalClock::tr("Summary sent"), QStringLiteral("summary_sent")},
                {CarerMedicalClock::tr("Panel"), QStringLiteral("panel")},
                {CarerMedicalClock::tr("Approved"), QStringLiteral("approved")},
                {CarerMedicalClock::tr("Withdrawn"), QStringLiteral("withdrawn")},
                {CarerMedicalClock::tr("Fee"), QStringLiteral("fee")},
                {CarerMedicalClock::tr("Notes"), QStringLiteral("notes")}};
            problem(columnOf.value(s2.failure().where, s2.failure().where), s2.failure().message);
            continue;
        }
        m.applicantId = 0;
        if (s.applicant.assessmentReady.isValid() && s.applicant.assessmentReady > m_ctx.today()) {
            problem(QStringLiteral("assessment_ready"), tr("in the future"));
            continue;
        }
        adviserFields = adviserFields || m.reviewed.isValid() || m.summarySent.isValid();
        const QString key =
            medicalKey(applicantKey(s.applicant.name, s.applicant.household), m.form, m.requested);
        if (known.contains(key)) {
            ++report.alreadyRecorded;
            continue;
        }
        known << key;
        staged << s;
    }
    if (reader.hasError())
        report.problems << ImportProblem{path, reader.errorLine(), {}, {}, reader.errorMessage()};
    if (adviserFields && report.problems.isEmpty())
        if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReviewCarerMedicals); !s)
            return Failure{
                tr("the file holds the medical adviser's reviews: %1").arg(s.failure().message),
                path};
    if (!report.problems.isEmpty() || dryRun || staged.isEmpty())
        return report;

    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    for (Staged& s : staged) {
        const QString key = applicantKey(s.applicant.name, s.applicant.household);
        auto found = applicants.constFind(key);
        if (found == applicants.cend()) {
            auto id = store.insertApplicant(s.applicant);
            if (!id)
                return id.failure();
            s.applicant.id = id.value();
            found = applicants.insert(key, s.applicant);
            ++report.applicantsAdded;
        }
        s.medical.applicantId = found->id;
        if (auto id = store.insertMedical(s.medical); !id)
            return id.failure();
    }
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("import"),
             QStringLiteral("carer_medicals"),
             0,
             0,
             tr("%n carers' medicals imported from %1", nullptr, int(staged.size())).arg(path),
             {},
             QJsonObject{{QStringLiteral("file"), path},
                         {QStringLiteral("written"), int(staged.size())},
                         {QStringLiteral("applicants_added"), report.applicantsAdded},
                         {QStringLiteral("already_recorded"), report.alreadyRecorded}}});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    report.written = int(staged.size());
    return report;
}

} // namespace lac
