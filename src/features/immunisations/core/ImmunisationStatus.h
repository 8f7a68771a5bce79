// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "immunisations/core/ImmunisationDose.h"
#include "immunisations/core/ImmunisationSchedule.h"

#include <QList>

namespace lac {

/// Where one scheduled dose stands for one child on the reference date.
struct DoseStanding
{
    enum class State
    {
        Given,          ///< a recorded dose counts for it
        Overdue,        ///< due on or before the reference date and not given
        NotYetDue,      ///< due after the reference date
        NoLongerNeeded, ///< the child is past the age it is given at (or will be when it can be)
    };

    ScheduledDose dose;
    State state = State::NotYetDue;
    QDate dueOn;        ///< when the schedule says (date of birth + due age)
    QDate givenOn;      ///< the recorded dose that counted (Given only)
    qint64 givenBy = 0; ///< that recorded dose's id
    /// When it can be given next (Overdue and NotYetDue): not before the due age, the minimum
    /// age, the interval after the previous dose of its series, nor (when overdue) the
    /// reference date.
    QDate plannedOn;
};

/// A recorded dose that does not count, and why (given too young, too soon after the previous
/// dose of its series, or past the age it is given at; or not in the child's schedule).
struct UncountedDose
{
    enum class Why
    {
        TooYoung,
        TooSoon,
        TooOld,
        NotInSchedule,
    };
    ImmunisationDose dose;
    Why why = Why::NotInSchedule;
};

/// A child's immunisation status on a reference date against the schedule of their birth
/// cohort. "Up to date" (OC2's IMMUNISATIONS) means every dose due by the date is recorded.
/// Unknown history is handled as UKHSA advises: what is not recorded was not given (assume
/// unimmunised), and a late course resumes where it stopped, never restarts: every dose
/// recorded counts if it was given at or after its minimum age and at least the minimum
/// interval after the previous dose of its series.
struct ImmunisationStatus
{
    const ImmunisationSchedule* schedule = nullptr;
    QDate referenceDate;
    QList<DoseStanding> doses; ///< the child's cohort's doses, in due order
    QList<UncountedDose> uncounted;

    bool upToDate() const { return overdue().isEmpty(); }
    QList<DoseStanding> overdue() const;
    /// The doses to give next (those with the earliest planned date), none when nothing is
    /// left to give.
    QList<DoseStanding> nextDue() const;

    /// The status of a child born on \a dateOfBirth with \a given recorded, on \a reference.
    /// Fails when no schedule in \a book covers the date of birth.
    static Result<ImmunisationStatus> compute(const ImmunisationScheduleBook& book,
                                              QDate dateOfBirth,
                                              const QList<ImmunisationDose>& given,
                                              QDate reference);
};

} // namespace lac
