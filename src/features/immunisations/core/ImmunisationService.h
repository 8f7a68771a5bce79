// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Worklist.h"
#include "immunisations/core/ImmunisationDose.h"
#include "immunisations/core/ImmunisationSchedule.h"
#include "immunisations/core/ImmunisationStatus.h"

#include <QCoreApplication>

namespace lac {

struct CaseContext;

/// A child in care who is not up to date, with what is overdue (for the worklist).
struct ImmunisationsOverdue
{
    qint64 childId = 0;
    QString caseId;
    QString childName;
    ImmunisationStatus status;
    /// Since when the team owes the child a dose: the first overdue dose's due date, or the
    /// start of care when that is later (a child does not arrive in care years overdue for us).
    QDate owedSince;
    QDate lastDose; ///< the last dose recorded, invalid when none
};

/// A child's immunisations: read them (role-checked), record a dose, correct one, and the
/// status against the schedule. Every change is audited in the same transaction; a stale
/// edit is refused. The schedule book is handed in, so a broken schedule file shows as a
/// failure on every call instead of a wrong status.
class ImmunisationService
{
    Q_DECLARE_TR_FUNCTIONS(lac::ImmunisationService)

public:
    ImmunisationService(const CaseContext& ctx, Result<ImmunisationScheduleBook> book);

    Result<QList<ImmunisationDose>> forChild(qint64 childId) const;
    Result<qint64> record(const ImmunisationDose& dose) const;
    Status correct(const ImmunisationDose& dose) const;

    /// The child's status on \a reference against the schedule of their birth cohort.
    Result<ImmunisationStatus> status(qint64 childId, QDate reference) const;
    /// Children in care not up to date on \a today, owed a dose the longest first.
    Result<QList<ImmunisationsOverdue>> overdue(QDate today) const;
    const Result<ImmunisationScheduleBook>& book() const { return m_book; }
    /// "6-in-1 (DTaP/IPV/Hib/HepB) dose 2" for people.
    QString doseName(const ScheduledDose& dose) const;

private:
    Status check(const ImmunisationDose& dose) const;

    const CaseContext& m_ctx;
    Result<ImmunisationScheduleBook> m_book;
};

/// The worklist pile "Immunisations overdue": children in care with a dose due and not given.
class ImmunisationWorklistPile final : public WorklistPile
{
public:
    explicit ImmunisationWorklistPile(const ImmunisationService& service)
        : m_service(service)
    {}
    QString key() const override;
    QString title() const override;
    Result<int> count(QDate today) const override;
    Result<QList<WorklistRow>> rows(QDate today) const override;

private:
    const ImmunisationService& m_service;
};

} // namespace lac
