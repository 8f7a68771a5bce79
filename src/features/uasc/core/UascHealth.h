// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lac {

/// What is known of an unaccompanied child's immunisations on arrival. UKHSA: an unknown or
/// incomplete history is treated as unimmunised, and a course is resumed, never restarted.
enum class UascImmunisationHistory
{
    Unknown, ///< no reliable record: assume unimmunised, catch-up plan needed
    Partial, ///< some doses documented (overseas record, the young person's account)
    Known,   ///< a full record was seen
};

/// The screens offered to an unaccompanied child on arrival. TB, hepatitis B and C and HIV are
/// the initial set the worklist chases; Other covers screens offered by country of origin
/// (schistosomiasis, strongyloides, malaria…), named on the record.
enum class UascScreen
{
    Tuberculosis,
    HepatitisB,
    HepatitisC,
    Hiv,
    Other,
};

/// How a screen ended, as a category only: the tracker shows that it happened and whether
/// someone must follow it up, not the clinical result.
enum class UascScreenOutcome
{
    ResultAwaited, ///< sample taken or test done, result not back yet
    NoFurtherAction,
    Referred, ///< needs treatment or follow-up: the referral says where
    Declined, ///< offered and declined by the young person
};

/// The one-per-child UASC health summary: arrival, interpreter, what is known of their
/// immunisations and the plan to catch up, and registration with GP, dentist and optician
/// (blank = not registered yet).
struct UascProfile
{
    qint64 id = 0; ///< 0 until first saved
    qint64 childId = 0;
    QDate arrivalDate;           ///< arrival in the UK; invalid when not known
    QString interpreterLanguage; ///< blank when none is needed
    UascImmunisationHistory history = UascImmunisationHistory::Unknown;
    QString catchUpPlan;
    QString gpPractice;
    QString dentist;
    QString optician;
    int version = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("arrival"), arrivalDate.toString(Qt::ISODate)},
                {QStringLiteral("interpreter"), interpreterLanguage},
                {QStringLiteral("history"), int(history)},
                {QStringLiteral("catch_up_plan"), catchUpPlan},
                {QStringLiteral("gp"), gpPractice},
                {QStringLiteral("dentist"), dentist},
                {QStringLiteral("optician"), optician}};
    }
};

/// One screen of a UASC child: which, when, the outcome category and the referral if any.
struct UascScreening
{
    qint64 id = 0;
    qint64 childId = 0;
    UascScreen screen = UascScreen::Tuberculosis;
    QString otherName; ///< what the screen was, when screen is Other
    QDate date;
    UascScreenOutcome outcome = UascScreenOutcome::ResultAwaited;
    QString referral; ///< where the child was referred (clinic, service)
    QString notes;
    int version = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("screen"), int(screen)},
                {QStringLiteral("other"), otherName},
                {QStringLiteral("date"), date.toString(Qt::ISODate)},
                {QStringLiteral("outcome"), int(outcome)},
                {QStringLiteral("referral"), referral},
                {QStringLiteral("notes"), notes}};
    }
};

/// A UASC child in care, for the worklist: when their clock started and which initial screens
/// are still missing.
struct UascStatus
{
    qint64 childId = 0;
    QString caseId;
    QString childName;
    QDate careStarted;
    QDate arrivalDate;
    QDate due;                  ///< set by the service from the rule
    QList<UascScreen> screened; ///< screens on record (any outcome)
    QList<UascScreen> missing;  ///< initial screens not on record, set by the service
};

/// A UASC child's first period of care on record, for the demo county.
struct UascCarePeriod
{
    qint64 childId = 0;
    QDate start;
    QDate end; ///< invalid while the child is in care
};

} // namespace lac
