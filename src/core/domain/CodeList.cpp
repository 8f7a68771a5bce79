// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CodeList.h"

#include <QCoreApplication>

namespace lac {
namespace {

CodeLabel item(const char* code, const char* label)
{
    return {QString::fromLatin1(code), CodeList::tr(label)};
}

} // namespace

QList<CodeLabel> CodeList::assessmentStatuses()
{
    return {item("open", QT_TR_NOOP("Not yet requested")),
            item("requested", QT_TR_NOOP("Requested")), item("booked", QT_TR_NOOP("Booked")),
            item("completed", QT_TR_NOOP("Completed")),
            item("not_required", QT_TR_NOOP("Not required"))};
}

QList<CodeLabel> CodeList::paperworkStatuses()
{
    return {item("awaited", QT_TR_NOOP("Awaited")),
            item("incomplete", QT_TR_NOOP("Returned to social care")),
            item("complete", QT_TR_NOOP("Complete"))};
}

QList<CodeLabel> CodeList::appointmentModes()
{
    return {item("face_to_face", QT_TR_NOOP("Face to face")),
            item("virtual", QT_TR_NOOP("Virtual")),
            item("questionnaire", QT_TR_NOOP("Questionnaire"))};
}

QList<CodeLabel> CodeList::appointmentOutcomes()
{
    return {item("booked", QT_TR_NOOP("Booked (no outcome yet)")),
            item("attended", QT_TR_NOOP("Attended and completed")),
            item("was_not_brought", QT_TR_NOOP("Was not brought")),
            item("cancelled_by_carer", QT_TR_NOOP("Cancelled by carer")),
            item("cancelled_by_health", QT_TR_NOOP("Cancelled by health")),
            item("cancelled_by_child", QT_TR_NOOP("Cancelled by child or young person")),
            item("declined", QT_TR_NOOP("Declined")),
            item("rescheduled", QT_TR_NOOP("Moved to another time"))};
}

QList<CodeLabel> CodeList::paperworkProblems()
{
    return {item("consent_missing", QT_TR_NOOP("Consent missing")),
            item("consent_unsigned", QT_TR_NOOP("Consent not signed")),
            item("part_a_incomplete", QT_TR_NOOP("Part A incomplete")),
            item("referral_missing", QT_TR_NOOP("Referral form missing")),
            item("nhs_number_wrong", QT_TR_NOOP("NHS number wrong or missing")),
            item("placement_details_missing", QT_TR_NOOP("Placement or carer details missing")),
            item("other", QT_TR_NOOP("Other"))};
}

QList<CodeLabel> CodeList::completedBy()
{
    return {item("doctor", QT_TR_NOOP("Doctor")), item("nurse", QT_TR_NOOP("Nurse")),
            item("midwife", QT_TR_NOOP("Midwife"))};
}

QList<CodeLabel> CodeList::doctorReviews()
{
    return {item("not_needed", QT_TR_NOOP("Not needed")), item("pending", QT_TR_NOOP("Pending")),
            item("done", QT_TR_NOOP("Done"))};
}

QList<CodeLabel> CodeList::delayOwners()
{
    return {
        item("social_care", QT_TR_NOOP("Social care")),      item("health", QT_TR_NOOP("Health")),
        item("host_health", QT_TR_NOOP("Host area health")), item("carer", QT_TR_NOOP("Carer")),
        item("child", QT_TR_NOOP("Child or young person")),  item("other", QT_TR_NOOP("Other"))};
}

QList<CodeLabel> CodeList::sexes()
{
    return {item("F", QT_TR_NOOP("Female")), item("M", QT_TR_NOOP("Male")),
            item("U", QT_TR_NOOP("Not known"))};
}

QList<CodeLabel> CodeList::locations()
{
    return {item("IN", QT_TR_NOOP("In area")), item("OUT", QT_TR_NOOP("Out of area")),
            item("UNKNOWN", QT_TR_NOOP("Not known"))};
}

bool CodeList::contains(const QList<CodeLabel>& list, const QString& code)
{
    for (const auto& c : list) {
        if (c.code == code)
            return true;
    }
    return false;
}

QString CodeList::label(const QList<CodeLabel>& list, const QString& code)
{
    for (const auto& c : list) {
        if (c.code == code)
            return c.label;
    }
    return code;
}

} // namespace lac
