// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "development/core/DevelopmentStatus.h"
#include "oc2/core/Oc2Year.h"
#include "oc2/core/Oc2YearFacts.h"
#include "sdq/core/SdqRecord.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lac {

/// One SSDA903 episode as the cohort rule needs it, its codes already read by the store.
struct Oc2Episode
{
    QDate start;
    QDate end;               ///< invalid while open
    bool startsCare = false; ///< RNE S: the child started to be looked after
    bool shortBreak = false; ///< LS V3/V4: an agreed series of short breaks
    bool leavesCare = false; ///< ended with a reason other than X1 (the child left care)
};

/// A dental visit in the tracker: a check, or a visit that ended without one.
struct Oc2DentalVisit
{
    QDate date;
    bool checked = false;
};

/// Everything the tracker holds about one child that the OC2 row is made from. Evaluated
/// statuses (immunisations, development) are computed on 31 March by the caller.
struct Oc2Child
{
    qint64 childId = 0;
    QString caseId;
    QString name;
    QDate dateOfBirth;
    QList<Oc2Episode> episodes;
    /// IHAs and RHAs: whether any is on record, and the days those completed were done.
    bool assessmentOnRecord = false;
    QList<QDate> assessmentsCompleted;
    QList<Oc2DentalVisit> dental;
    /// Up to date on 31 March by the schedule of the child's cohort; nothing when no dose at
    /// all is recorded (the history is unknown, not known to be missing).
    std::optional<bool> immunisationsUpToDate;
    DevelopmentStatus::State development = DevelopmentStatus::State::NotApplicable;
    QList<SdqRecord> sdqs;
    std::optional<Oc2YearFacts> facts;
};

/// The twelve OC2 fields, in the DfE's order.
enum class Oc2Field
{
    Child,
    Dob,
    SdqScore,
    SdqReason,
    Convicted,
    HealthCheck,
    Immunisations,
    TeethCheck,
    HealthAssessment,
    SubstanceMisuse,
    InterventionReceived,
    InterventionOffered,
};

/// A field a cohort child's row needs and the tracker cannot fill: who, which, what is missing.
struct Oc2Gap
{
    qint64 childId = 0;
    QString caseId;
    QString childName;
    Oc2Field field = Oc2Field::Child;
    QString missing;
};

/// One OC2 row with typed values: an empty optional is a blank cell.
struct Oc2Row
{
    QString child;
    QDate dateOfBirth;
    std::optional<int> sdqScore;
    std::optional<SdqReason> sdqReason;
    std::optional<bool> convicted;
    std::optional<bool> healthCheck;
    std::optional<bool> immunisations;
    std::optional<bool> teethCheck;
    std::optional<bool> healthAssessment;
    std::optional<bool> substanceMisuse;
    std::optional<bool> interventionReceived;
    std::optional<bool> interventionOffered;
};

/// The DfE's OC2 rules, with no database: who is in the cohort of a collection year, and each
/// field of a cohort child's row, with the gaps where the tracker lacks what a field needs.
/// Cohort: looked after continuously for at least 12 months at 31 March, as the DfE's
/// validation rules define it (an episode in the year; none that starts care after 1 April,
/// ends care before 31 March, or is an agreed series of short breaks, V3/V4).
/// Field rules (csc-validator-be-903 rules in brackets): HEALTH_CHECK only under 5 on 31 March
/// (545, 546); CONVICTED from 10 on 31 March, blank under (542, 543); SDQ fields only from 4 on
/// 31 March and under 17 on 1 April (188, 189), then a score or a reason, never both (186,
/// 197a, 197B), SDQ1 only for a child not 4-16 all year (157); INTERVENTION_RECEIVED only when
/// SUBSTANCE_MISUSE is 1, INTERVENTION_OFFERED only when received is 0 (158, 159, 192, 193);
/// IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE all filled (182, 191).
class Oc2Rules
{
    Q_DECLARE_TR_FUNCTIONS(lac::Oc2Rules)

public:
    static bool inCohort(const QList<Oc2Episode>& episodes, Oc2Span year);

    /// Under 5 on 31 March: HEALTH_CHECK is asked.
    static bool asksHealthCheck(QDate dateOfBirth, Oc2Span year);
    /// 10 or over on 31 March: CONVICTED is asked.
    static bool asksConvicted(QDate dateOfBirth, Oc2Span year);
    /// 4 or over on 31 March and under 17 on 1 April: an SDQ score or reason is asked.
    static bool asksSdq(QDate dateOfBirth, Oc2Span year);
    /// Not aged 4-16 for the whole year (turned 4 after 1 April, or 16 before 31 March): SDQ1
    /// "under 4 or over 16" may be given.
    static bool mayGiveSdq1(QDate dateOfBirth, Oc2Span year);

    struct Outcome
    {
        Oc2Row row;
        QList<Oc2Gap> gaps;
    };
    /// The row of a cohort child (call inCohort first) and what it lacks.
    static Outcome row(const Oc2Child& child, Oc2Span year);

    static QString fieldName(Oc2Field field); ///< the DfE column name, "SDQ_SCORE"
    static QList<Oc2Field> fields();
};

} // namespace lac
