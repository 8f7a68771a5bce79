// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carers/core/CarerMedical.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace lac {

/// The clocks of a carer's medical, as pure rules so that the worklist, the report and the
/// tests read the same answer: whose move it is (stage) and since when, how long it has
/// waited, how long it took to be signed off, and when it must be renewed. Also the order
/// rules a saved medical must keep (a form cannot be reviewed before it is received).
class CarerMedicalClock
{
    Q_DECLARE_TR_FUNCTIONS(lac::CarerMedicalClock)

public:
    /// Renewal every 3 years unless the setting carers.renewal_years says otherwise.
    static constexpr int defaultRenewalYears = 3;
    /// The worklist shows renewals due within this many months.
    static constexpr int renewalWindowMonths = 4;

    /// Whose move it is on \a on (steps dated after \a on are not yet taken).
    static CarerMedicalStage stage(const CarerMedical& m, QDate on);
    /// Since when the medical has been at its stage on \a on.
    static QDate stageSince(const CarerMedical& m, QDate on);
    /// Calendar days from the request to \a on (0 on the day of the request).
    static int daysWaited(const CarerMedical& m, QDate on);
    /// Calendar days from the request to the adviser's sign-off, or -1 when not signed off.
    static int daysToSignOff(const CarerMedical& m);
    /// Whether the medical was waiting at the end of \a on: requested, not signed off, not
    /// withdrawn.
    static bool waitingOn(const CarerMedical& m, QDate on);
    /// When the approved carer's medical must be renewed (approval + \a years), or invalid.
    static QDate renewalDue(const CarerMedical& m, int years);

    /// Success, or the first rule \a m breaks on \a today, naming the field (the dialog's
    /// label) so that the form can put the cursor there.
    static Status check(const CarerMedical& m, QDate today);
};

} // namespace lac
