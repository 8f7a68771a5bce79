// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/BacklogPriorityRule.h"

#include "rules/ChildAge.h"

#include <QCoreApplication>

namespace lac {

BacklogPriorityRule::Advice BacklogPriorityRule::advise(QDate dateOfBirth, QDate today,
                                                        bool clinicalNeed, const QString& kind)
{
    const int age = ChildAge::yearsOn(dateOfBirth, today);
    Advice a;
    a.priorityAge = age >= 0 && (age < youngUnderYears || age >= oldFromYears);
    if (kind == QLatin1String("IHA")) {
        a.mode = QStringLiteral("face_to_face");
        a.why = tr("an initial assessment is a doctor's examination");
    } else if (age >= 0 && age < youngUnderYears) {
        a.mode = QStringLiteral("face_to_face");
        a.why = tr("under 5: growth and development must be seen");
    } else if (clinicalNeed) {
        a.mode = QStringLiteral("face_to_face");
        a.why = tr("clinical need flagged by the nurse");
    } else if (age >= 16) {
        a.mode = QStringLiteral("questionnaire");
        a.why = tr("16 or over with no clinical need: the young person's questionnaire, "
                   "reviewed by the nurse");
    } else {
        a.mode = QStringLiteral("virtual");
        a.why = tr("5 to 15 with no clinical need: a virtual review");
    }
    return a;
}

} // namespace lac
