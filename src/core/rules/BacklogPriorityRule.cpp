// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/BacklogPriorityRule.h"

#include "rules/ChildAge.h"

#include <QCoreApplication>

namespace lac {

BacklogPriorityRule::Advice BacklogPriorityRule::advise(QDate dateOfBirth, QDate today,
                                                        bool clinicalNeed, AssessmentKind kind)
{
    const int age = ChildAge::yearsOn(dateOfBirth, today);
    Advice a;
    a.priorityAge = age >= 0 && (age < youngUnderYears || age >= oldFromYears);
    if (kind == AssessmentKind::Initial) {
        a.mode = AppointmentMode::FaceToFace;
        a.why = tr("an initial assessment is a doctor's examination");
    } else if (age >= 0 && age < youngUnderYears) {
        a.mode = AppointmentMode::FaceToFace;
        a.why = tr("under 5: growth and development must be seen");
    } else if (clinicalNeed) {
        a.mode = AppointmentMode::FaceToFace;
        a.why = tr("clinical need flagged by the nurse");
    } else if (age >= 16) {
        a.mode = AppointmentMode::Questionnaire;
        a.why = tr("16 or over with no clinical need: the young person's questionnaire, "
                   "reviewed by the nurse");
    } else {
        a.mode = AppointmentMode::Virtual;
        a.why = tr("5 to 15 with no clinical need: a virtual review");
    }
    return a;
}

} // namespace lac
