// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/core/CarerMedicalService.h"

#include "carers/core/CarerMedicalClock.h"
#include "carers/data/CarerMedicalStore.h"
#include "common/DisplayDate.h"
#include "data/SettingsStore.h"
#include "data/SqlTransaction.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <QHash>

#include <algorithm>

namespace lac {
namespace {

/// True when a field only the medical adviser may set differs between \a a and \a b.
bool adviserFieldsDiffer(const CarerMedical& a, const CarerMedical& b)
{
    return a.reviewed != b.reviewed || a.outcome != b.outcome || a.summarySent != b.summarySent;
}

/// True when a field of the team's administration differs between \a a and \a b.
bool adminFieldsDiffer(const CarerMedical& a, const CarerMedical& b)
{
    CarerMedical x = a;
    x.reviewed = b.reviewed;
    x.outcome = b.outcome;
    x.summarySent = b.summarySent;
    x.version = b.version;
    return x.toJson() != b.toJson();
}

} // namespace

CarerMedicalService::CarerMedicalService(const CaseContext& ctx, const SettingsStore& settings)
    : m_ctx(ctx)
    , m_settings(settings)
{}

QDate CarerMedicalService::today() const
{
    return m_ctx.today();
}

int CarerMedicalService::renewalYears() const
{
    const int years = m_settings.intValue(QStringLiteral("carers.renewal_years"),
                                          CarerMedicalClock::defaultRenewalYears);
    return years >= 1 && years <= 10 ? years : CarerMedicalClock::defaultRenewalYears;
}

Result<QList<CarerApplicant>> CarerMedicalService::applicants() const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCarerMedicals); !s)
        return s.failure();
    return CarerMedicalStore(m_ctx.db).applicants();
}

Status CarerMedicalService::checkApplicant(const CarerApplicant& a) const
{
    if (a.name.trimmed().isEmpty())
        return Failure{tr("enter the applicant's name"), tr("Name")};
    if (a.assessmentReady.isValid() && a.assessmentReady > today())
        return Failure{tr("the date is in the future"), tr("Assessment ready")};
    return {};
}

Result<qint64> CarerMedicalService::addApplicant(const CarerApplicant& a) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCarerMedicals); !s)
        return s.failure();
    if (auto s = checkApplicant(a); !s)
        return s.failure();
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    auto id = CarerMedicalStore(m_ctx.db).insertApplicant(a);
    if (!id)
        return id.failure();
    if (auto s = m_ctx.audit.append({QStringLiteral("create"),
                                     QStringLiteral("carer_applicants"),
                                     id.value(),
                                     0,
                                     tr("applicant %1 added").arg(a.name),
                                     {},
                                     a.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status CarerMedicalService::updateApplicant(const CarerApplicant& a) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCarerMedicals); !s)
        return s;
    if (auto s = checkApplicant(a); !s)
        return s;
    const CarerMedicalStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun();
    auto before = store.findApplicant(a.id);
    if (!before)
        return before.failure();
    if (auto s = store.updateApplicant(a); !s)
        return s;
    if (auto s = m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("carer_applicants"),
                                     a.id, 0, tr("applicant %1 changed").arg(a.name),
                                     before.value().toJson(), a.toJson()});
        !s)
        return s;
    return tx.commit();
}

Result<QList<CarerMedicalRow>> CarerMedicalService::all() const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCarerMedicals); !s)
        return s.failure();
    return CarerMedicalStore(m_ctx.db).rows();
}

Result<CarerMedical> CarerMedicalService::medical(qint64 id) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCarerMedicals); !s)
        return s.failure();
    return CarerMedicalStore(m_ctx.db).findMedical(id);
}

Result<qint64> CarerMedicalService::request(const CarerMedical& m) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCarerMedicals); !s)
        return s.failure();
    if (adviserFieldsDiffer(m, CarerMedical{}))
        if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReviewCarerMedicals); !s)
            return s.failure();
    if (auto s = CarerMedicalClock::check(m, today()); !s)
        return s.failure();
    const CarerMedicalStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    auto applicant = store.findApplicant(m.applicantId);
    if (!applicant)
        return Failure{applicant.failure().message, tr("Applicant")};
    auto id = store.insertMedical(m);
    if (!id)
        return id.failure();
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("create"),
             QStringLiteral("carer_medicals"),
             id.value(),
             0,
             tr("%1 medical requested for %2 on %3")
                 .arg(formText(m.form), applicant.value().name, displayDate(m.requested)),
             {},
             m.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status CarerMedicalService::update(const CarerMedical& m) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCarerMedicals); !s)
        return s;
    if (auto s = CarerMedicalClock::check(m, today()); !s)
        return s;
    const CarerMedicalStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun();
    auto before = store.findMedical(m.id);
    if (!before)
        return before.failure();
    if (before.value().applicantId != m.applicantId)
        return Failure{tr("this medical belongs to another applicant"), tr("Applicant")};
    // Each part of the form under its own permission: the team's steps, the adviser's review.
    if (adminFieldsDiffer(m, before.value()))
        if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCarerMedicals); !s)
            return s;
    if (adviserFieldsDiffer(m, before.value()))
        if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReviewCarerMedicals); !s)
            return s;
    if (auto s = store.updateMedical(m); !s)
        return s;
    QString summary = tr("medical of %1 changed").arg(displayDate(m.requested));
    if (m.signedOff().isValid() && !before.value().signedOff().isValid())
        summary = tr("medical of %1 signed off by the adviser (%2)")
                      .arg(displayDate(m.requested), outcomeText(m.outcome));
    if (auto s = m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("carer_medicals"),
                                     m.id, 0, summary, before.value().toJson(), m.toJson()});
        !s)
        return s;
    return tx.commit();
}

CarerMedicalLine CarerMedicalService::line(const CarerMedicalRow& r, QDate on,
                                           int renewalYears) const
{
    const CarerMedical& m = r.medical;
    int days = CarerMedicalClock::daysToSignOff(m);
    if (days < 0) // not signed off: waiting still, or waited until withdrawn
        days = CarerMedicalClock::daysWaited(m, m.withdrawn.isValid() ? std::min(m.withdrawn, on)
                                                                      : on);
    return CarerMedicalLine{r, CarerMedicalClock::stage(m, on),
                            CarerMedicalClock::stageSince(m, on), days,
                            CarerMedicalClock::renewalDue(m, renewalYears)};
}

Result<QList<CarerMedicalLine>> CarerMedicalService::log(QDate on) const
{
    auto rows = all();
    if (!rows)
        return rows.failure();
    QList<CarerMedicalLine> lines;
    const int years = renewalYears();
    for (const CarerMedicalRow& r : rows.value())
        lines << line(r, on, years);
    return lines;
}

Result<QList<CarerMedicalLine>> CarerMedicalService::waiting(QDate on) const
{
    auto rows = all();
    if (!rows)
        return rows.failure();
    QList<CarerMedicalLine> waits;
    const int years = renewalYears();
    for (const CarerMedicalRow& r : rows.value())
        if (CarerMedicalClock::waitingOn(r.medical, on))
            waits << line(r, on, years);
    std::stable_sort(waits.begin(), waits.end(),
                     [](const CarerMedicalLine& a, const CarerMedicalLine& b) {
                         return a.daysWaited > b.daysWaited;
                     });
    return waits;
}

Result<QList<CarerMedicalLine>> CarerMedicalService::renewalsDue(QDate on) const
{
    auto rows = all();
    if (!rows)
        return rows.failure();
    // Only each applicant's latest medical: a renewal already requested replaces the old one.
    QHash<qint64, CarerMedicalRow> latest;
    for (const CarerMedicalRow& r : rows.value()) {
        const auto it = latest.constFind(r.applicant.id);
        if (it == latest.cend() || it->medical.requested <= r.medical.requested)
            latest.insert(r.applicant.id, r);
    }
    const QDate horizon = on.addMonths(CarerMedicalClock::renewalWindowMonths);
    QList<CarerMedicalLine> due;
    const int years = renewalYears();
    for (const CarerMedicalRow& r : std::as_const(latest)) {
        const CarerMedicalLine l = line(r, on, years);
        if (l.renewalDue.isValid() && l.renewalDue <= horizon)
            due << l;
    }
    std::sort(due.begin(), due.end(), [](const CarerMedicalLine& a, const CarerMedicalLine& b) {
        return a.renewalDue != b.renewalDue ? a.renewalDue < b.renewalDue
                                            : a.row.medical.id < b.row.medical.id;
    });
    return due;
}

Result<QList<CarerMedicalChase>> CarerMedicalService::chases(qint64 medicalId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCarerMedicals); !s)
        return s.failure();
    return CarerMedicalStore(m_ctx.db).chases(medicalId);
}

Result<qint64> CarerMedicalService::addChase(const CarerMedicalChase& chase) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCarerMedicals); !s)
        return s.failure();
    CarerMedicalChase c = chase;
    if (c.chasedBy.trimmed().isEmpty())
        c.chasedBy = m_ctx.user().login;
    if (!c.date.isValid())
        return Failure{tr("enter the date of the chase"), tr("Date")};
    if (c.date > today())
        return Failure{tr("the date is in the future"), tr("Date")};
    const CarerMedicalStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    auto m = store.findMedical(c.medicalId);
    if (!m)
        return m.failure();
    if (c.date < m.value().requested)
        return Failure{
            tr("the date is before the request (%1)").arg(displayDate(m.value().requested)),
            tr("Date")};
    auto id = store.insertChase(c);
    if (!id)
        return id.failure();
    if (auto s =
            m_ctx.audit.append({QStringLiteral("create"),
                                QStringLiteral("carer_medical_chases"),
                                id.value(),
                                0,
                                tr("medical of %1 chased on %2 (%3)")
                                    .arg(displayDate(m.value().requested), displayDate(c.date),
                                         stageText(CarerMedicalClock::stage(m.value(), c.date))),
                                {},
                                QJsonObject{{QStringLiteral("medical_id"), c.medicalId},
                                            {QStringLiteral("date"), c.date.toString(Qt::ISODate)},
                                            {QStringLiteral("chased_by"), c.chasedBy},
                                            {QStringLiteral("response"), c.response}}});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

QString CarerMedicalService::stageText(CarerMedicalStage s)
{
    switch (s) {
    case CarerMedicalStage::Applicant:
        return tr("Applicant");
    case CarerMedicalStage::Gp:
        return tr("GP");
    case CarerMedicalStage::Adviser:
        return tr("Adviser");
    case CarerMedicalStage::SignedOff:
        return tr("Signed off");
    case CarerMedicalStage::Closed:
        break;
    }
    return tr("Withdrawn");
}

QString CarerMedicalService::outcomeText(CarerAdviserOutcome o)
{
    switch (o) {
    case CarerAdviserOutcome::NotReviewed:
        return tr("Not reviewed");
    case CarerAdviserOutcome::Clear:
        return tr("Clear");
    case CarerAdviserOutcome::MoreInformation:
        return tr("More information needed");
    case CarerAdviserOutcome::Concern:
        break;
    }
    return tr("Concern for panel");
}

QString CarerMedicalService::applicationText(CarerApplication a)
{
    return a == CarerApplication::Adoption ? tr("Adoption") : tr("Fostering");
}

QString CarerMedicalService::formText(CarerMedicalForm f)
{
    return f == CarerMedicalForm::Ah2 ? tr("AH2") : tr("AH");
}

QString CarerMedicalService::feePayerText(CarerFeePayer p)
{
    switch (p) {
    case CarerFeePayer::NotKnown:
        return tr("Not known");
    case CarerFeePayer::Agency:
        return tr("Agency");
    case CarerFeePayer::Applicant:
        return tr("Applicant");
    case CarerFeePayer::NoFee:
        break;
    }
    return tr("No fee charged");
}

QString CarerMedicalService::escalationText(CarerGpEscalation e)
{
    switch (e) {
    case CarerGpEscalation::None:
        return tr("Not escalated");
    case CarerGpEscalation::PracticeManager:
        return tr("Practice manager");
    case CarerGpEscalation::Icb:
        return tr("ICB primary care team");
    case CarerGpEscalation::OtherDoctor:
        break;
    }
    return tr("Done by another doctor");
}

} // namespace lac
