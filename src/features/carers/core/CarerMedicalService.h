// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carers/core/CarerMedical.h"
#include "carers/core/CarerMedicalReport.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace lac {

class SettingsStore;
struct CaseContext;

/// A medical as the lists show it on a day: whose move it is, since when, how long it has
/// waited (to its sign-off, once signed off) and when it must be renewed.
struct CarerMedicalLine
{
    CarerMedicalRow row;
    CarerMedicalStage stage = CarerMedicalStage::Applicant;
    QDate stageSince;
    int daysWaited = 0;
    QDate renewalDue; ///< invalid until the carer is approved
};

/// The carers' medicals use case: applicants and their medicals, read and written under
/// their own permissions (adults' records, apart from the children's: a viewer of children's
/// records does not see them), each write validated by CarerMedicalClock and saved in one
/// transaction with its audit entry; a stale edit is refused. The adviser's review (date,
/// outcome, summary) needs ReviewCarerMedicals; the rest EditCarerMedicals.
class CarerMedicalService
{
    Q_DECLARE_TR_FUNCTIONS(lac::CarerMedicalService)

public:
    CarerMedicalService(const CaseContext& ctx, const SettingsStore& settings);

    const CaseContext& context() const { return m_ctx; }
    QDate today() const;
    /// The renewal interval (years): the setting carers.renewal_years, 3 by default.
    int renewalYears() const;

    Result<QList<CarerApplicant>> applicants() const;
    Result<qint64> addApplicant(const CarerApplicant& a) const;
    Status updateApplicant(const CarerApplicant& a) const;

    /// Every medical with its applicant, oldest request first.
    Result<QList<CarerMedicalRow>> all() const;
    /// Every medical as on \a today (the log), oldest request first.
    Result<QList<CarerMedicalLine>> log(QDate today) const;
    Result<CarerMedical> medical(qint64 id) const;
    Result<qint64> request(const CarerMedical& m) const;
    /// Saves \a m over the version it was read at.
    Status update(const CarerMedical& m) const;

    /// Medicals waiting on \a today, the longest waiting first.
    Result<QList<CarerMedicalLine>> waiting(QDate today) const;
    /// Approved carers whose latest medical is due for renewal within
    /// CarerMedicalClock::renewalWindowMonths of \a today (or overdue), soonest first.
    Result<QList<CarerMedicalLine>> renewalsDue(QDate today) const;

    Result<QList<CarerMedicalChase>> chases(qint64 medicalId) const;
    /// Records a chase by the signed-in user (their login when \a c names nobody).
    Result<qint64> addChase(const CarerMedicalChase& c) const;

    /// The name of a code, for lists and messages.
    static QString stageText(CarerMedicalStage s);
    static QString outcomeText(CarerAdviserOutcome o);
    static QString applicationText(CarerApplication a);
    static QString formText(CarerMedicalForm f);
    static QString feePayerText(CarerFeePayer p);
    static QString escalationText(CarerGpEscalation e);

private:
    /// \a renewalYears is read once per list by the caller: a setting is a query.
    CarerMedicalLine line(const CarerMedicalRow& row, QDate today, int renewalYears) const;
    Status checkApplicant(const CarerApplicant& a) const;

    const CaseContext& m_ctx;
    const SettingsStore& m_settings;
};

} // namespace lac
