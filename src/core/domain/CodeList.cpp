// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/CodeList.h"

#include <QCoreApplication>

namespace lac {
namespace {

CodeLabel item(const char* code, const char* label)
{
    return {QString::fromLatin1(code), QCoreApplication::translate("CodeList", label)};
}

} // namespace

QList<CodeLabel> CodeList::assessmentStatuses()
{
    return {item("open", "Not yet requested"), item("requested", "Requested"),
            item("booked", "Booked"), item("completed", "Completed"),
            item("not_required", "Not required")};
}

QList<CodeLabel> CodeList::paperworkStatuses()
{
    return {item("awaited", "Awaited"), item("incomplete", "Returned to social care"),
            item("complete", "Complete")};
}

QList<CodeLabel> CodeList::appointmentModes()
{
    return {item("face_to_face", "Face to face"), item("virtual", "Virtual"),
            item("questionnaire", "Questionnaire")};
}

QList<CodeLabel> CodeList::appointmentOutcomes()
{
    return {item("booked", "Booked (no outcome yet)"),
            item("attended", "Attended and completed"),
            item("was_not_brought", "Was not brought"),
            item("cancelled_by_carer", "Cancelled by carer"),
            item("cancelled_by_health", "Cancelled by health"),
            item("cancelled_by_child", "Cancelled by child or young person"),
            item("declined", "Declined")};
}

QList<CodeLabel> CodeList::paperworkProblems()
{
    return {item("consent_missing", "Consent missing"),
            item("consent_unsigned", "Consent not signed"),
            item("part_a_incomplete", "Part A incomplete"),
            item("referral_missing", "Referral form missing"),
            item("nhs_number_wrong", "NHS number wrong or missing"),
            item("placement_details_missing", "Placement or carer details missing"),
            item("other", "Other")};
}

QList<CodeLabel> CodeList::completedBy()
{
    return {item("doctor", "Doctor"), item("nurse", "Nurse"), item("midwife", "Midwife")};
}

QList<CodeLabel> CodeList::doctorReviews()
{
    return {item("not_needed", "Not needed"), item("pending", "Pending"), item("done", "Done")};
}

QList<CodeLabel> CodeList::delayOwners()
{
    return {item("social_care", "Social care"),      item("health", "Health"),
            item("host_health", "Host area health"), item("carer", "Carer"),
            item("child", "Child or young person"),  item("other", "Other")};
}

QList<CodeLabel> CodeList::sexes()
{
    return {item("F", "Female"), item("M", "Male"), item("U", "Not known")};
}

QList<CodeLabel> CodeList::locations()
{
    return {item("IN", "In area"), item("OUT", "Out of area"), item("UNKNOWN", "Not known")};
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
