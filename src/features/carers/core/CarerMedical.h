// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// What the applicant is being assessed for: the panel and the agency differ.
enum class CarerApplication
{
    Fostering,
    Adoption,
};

/// The CoramBAAF form: AH for a first medical, AH2 to update one (a renewal, or a change).
enum class CarerMedicalForm
{
    Ah,
    Ah2,
};

/// Who pays the GP's fee (nil to £200 and more): the fee is often what stalls a medical.
enum class CarerFeePayer
{
    NotKnown,
    Agency,    ///< the fostering service or adoption agency
    Applicant, ///< the applicant paid and may claim it back
    NoFee,     ///< the practice charged nothing
};

/// How far a refusal by the GP has been taken, in the order a team escalates it.
enum class CarerGpEscalation
{
    None,
    PracticeManager, ///< letter to the practice manager
    Icb,             ///< the integrated care board's primary care team
    OtherDoctor,     ///< the medical done by another doctor (the adviser, a private GP)
};

/// The medical adviser's reading of the completed form.
enum class CarerAdviserOutcome
{
    NotReviewed,
    Clear,           ///< nothing that stops the assessment going to panel
    MoreInformation, ///< more is needed before a summary can be written (not signed off)
    Concern,         ///< signed off, with a health concern the panel must weigh
};

/// Where a waiting medical is stuck: whose move it is. The worklist sorts and chases by it.
enum class CarerMedicalStage
{
    Applicant, ///< to book the GP appointment, or to give the further information asked for
    Gp,        ///< appointment booked or refused: the GP's part of the form is awaited
    Adviser,   ///< the form (or the further information) is back: the adviser reviews it
    SignedOff, ///< the adviser signed it off (clear or with a concern): no longer waiting
    Closed,    ///< withdrawn: the applicant left the process
};

/// A prospective foster carer or adopter: an adult, kept apart from the children's records.
struct CarerApplicant
{
    qint64 id = 0;
    QString name;
    QString household;    ///< the household assessed together (e.g. "Okafor, 12 Mill Lane")
    QString socialWorker; ///< the agency's assessing social worker
    CarerApplication application = CarerApplication::Fostering;
    /// The day the assessment was finished except for the medical (invalid when it is not):
    /// the national measure of placements held up by medicals.
    QDate assessmentReady;
    QString notes;
    int version = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("name"), name},
                {QStringLiteral("household"), household},
                {QStringLiteral("social_worker"), socialWorker},
                {QStringLiteral("application"), int(application)},
                {QStringLiteral("assessment_ready"), assessmentReady.toString(Qt::ISODate)},
                {QStringLiteral("notes"), notes}};
    }
};

/// One medical of one applicant, from the request to the summary for panel and approval.
/// Every step is a date (invalid while not taken); the clock (CarerMedicalClock) reads them.
struct CarerMedical
{
    qint64 id = 0;
    qint64 applicantId = 0;
    CarerMedicalForm form = CarerMedicalForm::Ah;
    QDate requested;
    QString gpPractice;
    QDate gpAppointment;
    int feePence = -1; ///< -1: not known
    CarerFeePayer feePayer = CarerFeePayer::NotKnown;
    QDate gpDeclined;
    CarerGpEscalation escalation = CarerGpEscalation::None;
    QDate received; ///< the completed form back from the GP
    QDate reviewed; ///< the adviser's latest review
    CarerAdviserOutcome outcome = CarerAdviserOutcome::NotReviewed;
    QDate infoRequested;
    QDate infoReceived;
    QDate summarySent; ///< the adviser's summary sent to the social worker
    QDate panel;
    QDate approved;
    QDate withdrawn; ///< the applicant left the process; the medical is closed
    QString notes;
    int version = 0;

    /// The day the adviser signed the medical off (clear or with a concern), or invalid.
    QDate signedOff() const
    {
        return outcome == CarerAdviserOutcome::Clear || outcome == CarerAdviserOutcome::Concern
                   ? reviewed
                   : QDate();
    }
    QJsonObject toJson() const;
};

/// One chase of a medical: when, by whom, whom (the GP, the applicant…) and what was said.
struct CarerMedicalChase
{
    qint64 id = 0;
    qint64 medicalId = 0;
    QDate date;
    QString chasedBy;
    QString response;
};

/// A medical with its applicant, as the lists show it.
struct CarerMedicalRow
{
    CarerApplicant applicant;
    CarerMedical medical;
    int chases = 0;
    QDate lastChased;
};

} // namespace lac
