// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lac {

/// One stored code with the words a person sees for it.
struct CodeLabel
{
    QString code;
    QString label;
};

/// The fixed code lists of the case-work tables (the CHECK constraints of the schema), with
/// translated labels. One place, so that a combo box, a table cell and a service's validation
/// can never disagree about what a code means or whether it is allowed.
class CodeList
{
    Q_DECLARE_TR_FUNCTIONS(lac::CodeList)

public:
    static QList<CodeLabel> assessmentStatuses(); ///< open, requested, booked, completed, ...
    static QList<CodeLabel> paperworkStatuses();  ///< awaited, incomplete, complete
    static QList<CodeLabel> appointmentModes();   ///< face_to_face, virtual, questionnaire
    /// booked (first), attended, was_not_brought, ..., rescheduled (last: a move by agreement,
    /// recorded by AssessmentService::reschedule, never counted as a missed appointment).
    static QList<CodeLabel> appointmentOutcomes();
    static QList<CodeLabel> paperworkProblems(); ///< consent_missing, ..., other
    static QList<CodeLabel> completedBy();       ///< doctor, nurse, midwife
    static QList<CodeLabel> doctorReviews();     ///< not_needed, pending, done
    static QList<CodeLabel> delayOwners();       ///< social_care, health, host_health, ...
    static QList<CodeLabel> sexes();             ///< M, F, U
    static QList<CodeLabel> locations();         ///< IN, OUT, UNKNOWN

    static bool contains(const QList<CodeLabel>& list, const QString& code);
    /// The label of \a code, or the code itself if it is not in the list.
    static QString label(const QList<CodeLabel>& list, const QString& code);
};

} // namespace lac
