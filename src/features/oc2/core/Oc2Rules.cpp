// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oc2/core/Oc2Rules.h"

#include <algorithm>

namespace lac {

bool Oc2Rules::inCohort(const QList<Oc2Episode>& episodes, Oc2Span year)
{
    const QDate start = year.start();
    const QDate end = year.end();
    bool inYear = false;
    for (const Oc2Episode& e : episodes) {
        const bool during = e.start <= end && (!e.end.isValid() || e.end >= start);
        inYear = inYear || during;
        if (e.startsCare && e.start > start && e.start <= end)
            return false; // started to be looked after during the year
        if (e.leavesCare && e.end.isValid() && e.end >= start && e.end < end)
            return false; // left care before 31 March
        if (e.shortBreak && during)
            return false; // agreed series of short breaks
    }
    return inYear;
}

bool Oc2Rules::asksHealthCheck(QDate dateOfBirth, Oc2Span year)
{
    return dateOfBirth.addYears(5) > year.end();
}

bool Oc2Rules::asksConvicted(QDate dateOfBirth, Oc2Span year)
{
    return dateOfBirth.addYears(10) <= year.end();
}

bool Oc2Rules::asksSdq(QDate dateOfBirth, Oc2Span year)
{
    return dateOfBirth.addYears(4) <= year.end() && dateOfBirth.addYears(17) > year.start();
}

bool Oc2Rules::mayGiveSdq1(QDate dateOfBirth, Oc2Span year)
{
    return dateOfBirth.addYears(4) > year.start() || dateOfBirth.addYears(16) < year.end();
}

QList<Oc2Field> Oc2Rules::fields()
{
    return {Oc2Field::Child,
            Oc2Field::Dob,
            Oc2Field::SdqScore,
            Oc2Field::SdqReason,
            Oc2Field::Convicted,
            Oc2Field::HealthCheck,
            Oc2Field::Immunisations,
            Oc2Field::TeethCheck,
            Oc2Field::HealthAssessment,
            Oc2Field::SubstanceMisuse,
            Oc2Field::InterventionReceived,
            Oc2Field::InterventionOffered};
}

QString Oc2Rules::fieldName(Oc2Field field)
{
    switch (field) {
    case Oc2Field::Child:
        return QStringLiteral("CHILD");
    case Oc2Field::Dob:
        return QStringLiteral("DOB");
    case Oc2Field::SdqScore:
        return QStringLiteral("SDQ_SCORE");
    case Oc2Field::SdqReason:
        return QStringLiteral("SDQ_REASON");
    case Oc2Field::Convicted:
        return QStringLiteral("CONVICTED");
    case Oc2Field::HealthCheck:
        return QStringLiteral("HEALTH_CHECK");
    case Oc2Field::Immunisations:
        return QStringLiteral("IMMUNISATIONS");
    case Oc2Field::TeethCheck:
        return QStringLiteral("TEETH_CHECK");
    case Oc2Field::HealthAssessment:
        return QStringLiteral("HEALTH_ASSESSMENT");
    case Oc2Field::SubstanceMisuse:
        return QStringLiteral("SUBSTANCE_MISUSE");
    case Oc2Field::InterventionReceived:
        return QStringLiteral("INTERVENTION_RECEIVED");
    case Oc2Field::InterventionOffered:
        break;
    }
    return QStringLiteral("INTERVENTION_OFFERED");
}

namespace {

bool within(QDate d, Oc2Span year)
{
    return d >= year.start() && d <= year.end();
}

/// The year's SDQ: the last score in the year, else the last reason for none in the year.
const SdqRecord* sdqOfYear(const QList<SdqRecord>& sdqs, Oc2Span year)
{
    const SdqRecord* scored = nullptr;
    const SdqRecord* reason = nullptr;
    for (const SdqRecord& s : sdqs) {
        if (!within(s.date, year))
            continue;
        const SdqRecord*& slot = s.score ? scored : reason;
        if (!slot || slot->date <= s.date)
            slot = &s;
    }
    return scored ? scored : reason;
}

} // namespace

Oc2Rules::Outcome Oc2Rules::row(const Oc2Child& child, Oc2Span year)
{
    Outcome out;
    Oc2Row& r = out.row;
    r.child = child.caseId;
    r.dateOfBirth = child.dateOfBirth;
    const auto gap = [&](Oc2Field field, const QString& missing) {
        out.gaps << Oc2Gap{child.childId, child.caseId, child.name, field, missing};
    };
    const QDate born = child.dateOfBirth;

    if (asksSdq(born, year)) {
        if (const SdqRecord* s = sdqOfYear(child.sdqs, year)) {
            if (s->score)
                r.sdqScore = *s->score;
            else if (s->reason == SdqReason::OutsideAgeRange && !mayGiveSdq1(born, year))
                gap(Oc2Field::SdqReason, tr("SDQ1 (under 4 or over 16) is recorded, but the "
                                            "child was aged 4 to 16 all year"));
            else
                r.sdqReason = s->reason;
        } else if (born.addYears(4) > year.start() || born.addYears(17) <= year.end()) {
            // Under 4 when the year began, or 17 by its end: "under 4 or over 16" is a fact
            // of the dates, not a guess. A 16-year-old's missing SDQ stays a gap.
            r.sdqReason = SdqReason::OutsideAgeRange;
        } else {
            gap(Oc2Field::SdqScore, tr("no SDQ score, nor a reason for none, recorded in the "
                                       "year"));
        }
    }

    const std::optional<Oc2YearFacts>& facts = child.facts;
    if (asksConvicted(born, year)) {
        if (facts && facts->convicted)
            r.convicted = *facts->convicted;
        else
            gap(Oc2Field::Convicted, tr("whether convicted or given a youth caution in the year "
                                        "(social care supplies it)"));
    }

    if (asksHealthCheck(born, year)) {
        switch (child.development) {
        case DevelopmentStatus::State::UpToDate:
            r.healthCheck = true;
            break;
        case DevelopmentStatus::State::Behind:
            r.healthCheck = false;
            break;
        case DevelopmentStatus::State::NothingRecorded:
        case DevelopmentStatus::State::NotApplicable:
            gap(Oc2Field::HealthCheck, tr("no development review recorded"));
            break;
        }
    }

    if (child.immunisationsUpToDate)
        r.immunisations = *child.immunisationsUpToDate;
    else
        gap(Oc2Field::Immunisations, tr("no immunisation recorded: the history is unknown"));

    const bool checked = std::any_of(child.dental.begin(), child.dental.end(), [&](const auto& v) {
        return v.checked && within(v.date, year);
    });
    const bool anyDental = std::any_of(child.dental.begin(), child.dental.end(),
                                       [&](const auto& v) { return v.date <= year.end(); });
    if (checked || anyDental)
        r.teethCheck = checked;
    else
        gap(Oc2Field::TeethCheck, tr("no dental check, nor a visit without one, recorded"));

    const bool assessed =
        std::any_of(child.assessmentsCompleted.begin(), child.assessmentsCompleted.end(),
                    [&](QDate d) { return within(d, year); });
    if (assessed || child.assessmentOnRecord)
        r.healthAssessment = assessed;
    else
        gap(Oc2Field::HealthAssessment, tr("no health assessment on record"));

    if (facts && facts->substanceMisuse) {
        r.substanceMisuse = *facts->substanceMisuse;
        if (*facts->substanceMisuse) {
            if (facts->interventionReceived) {
                r.interventionReceived = *facts->interventionReceived;
                if (!*facts->interventionReceived) {
                    if (facts->interventionOffered)
                        r.interventionOffered = *facts->interventionOffered;
                    else
                        gap(Oc2Field::InterventionOffered,
                            tr("whether an intervention for substance misuse was offered"));
                }
            } else {
                gap(Oc2Field::InterventionReceived,
                    tr("whether an intervention for substance misuse was received"));
            }
        }
    } else {
        gap(Oc2Field::SubstanceMisuse,
            tr("whether a substance misuse problem was identified in the year"));
    }
    return out;
}

} // namespace lac
