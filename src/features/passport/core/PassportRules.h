// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passport/core/Passport.h"

#include <QCoreApplication>

namespace lac {

/// Where a passport stands, read from its dates (never stored, so it cannot disagree with
/// them). The steps run in this order; a reissue goes back to drafting.
enum class PassportStage
{
    NotStarted,
    WaitingForRecords, ///< GP, child health record or birth hospital asked, not all back
    RecordsReceived,
    Drafted,   ///< ready for the nurse to check
    SignedOff, ///< checked and signed off by the nurse: a version the young person may have
    Offered,
    Accepted,
    Declined,
    Delivered,
    ReissueRequested, ///< the young person asked for a new copy; drafting again
};

/// A step of the workflow, each taken by a service call that names its date.
enum class PassportStep
{
    RequestRecords,
    RecordsReceived,
    Draft,
    SignOff,
    Offer,
    Answer, ///< accepted (with the format) or declined
    Deliver,
    RequestReissue,
};

/// When the service aims to have a passport in a young person's hands. The statutory guidance
/// expects it before the last review before 18; teams choose between "at the first review
/// health assessment after 16" and a fixed point, and never later than some months before 18.
struct PassportDuePolicy
{
    bool atFirstRhaAfter16 = true; ///< settings "passport.due_at_rha" (1/0)
    int monthsBefore18 = 6;        ///< settings "passport.months_before_18"
    int leadDays = 90;             ///< in the "due" pile this many days ahead: "passport.lead_days"
};

/// Where a young person stands against the due rule, for the worklist.
enum class PassportStanding
{
    NotYetEligible, ///< under 16
    NotDueYet,
    Due,     ///< due within the lead days
    Overdue, ///< due date passed and not delivered (nor declined)
    Done,    ///< delivered, or declined by the young person
};

/// The passport's rules, pure so that they are stated as worked examples in the tests.
class PassportRules
{
    Q_DECLARE_TR_FUNCTIONS(lac::PassportRules)

public:
    /// Eligible from the 16th birthday.
    static QDate eligibleFrom(QDate dateOfBirth);
    /// The due date: the first RHA on or after the 16th birthday (\a firstRhaAfter16, invalid
    /// when none is known) when the policy says so, but never later than the policy's months
    /// before the 18th birthday.
    static QDate dueBy(QDate dateOfBirth, QDate firstRhaAfter16, const PassportDuePolicy& policy);
    static PassportStage stage(const PassportFile& file);
    static PassportStanding standing(QDate dateOfBirth, QDate due, PassportStage stage,
                                     const PassportDuePolicy& policy, QDate today);
    /// Whether \a step may be taken at \a stage (the service refuses, the tab disables).
    static bool allows(PassportStage stage, PassportStep step);
    static QString stageText(PassportStage stage);
    static QString stepText(PassportStep step);
};

} // namespace lac
