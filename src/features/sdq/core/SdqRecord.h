// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <algorithm>
#include <optional>

namespace lac {

/// Why there is no SDQ score: the DfE's codes SDQ1 to SDQ5 (SSDA903 OC2, SDQ_REASON).
enum class SdqReason
{
    None,                ///< a score was returned
    OutsideAgeRange,     ///< SDQ1: the child is under 4 or over 16
    CarerRefused,        ///< SDQ2: the carer refused to complete it
    DisabilityTooSevere, ///< SDQ3: the child's disability is too severe
    Other,               ///< SDQ4: another reason
    YoungPersonRefused,  ///< SDQ5: the young person refused
};

/// One Strengths and Difficulties Questionnaire of a child in care: the carer's total
/// difficulties score (0-40) on a date, or the reason there is none; never both.
struct SdqRecord
{
    qint64 id = 0;
    qint64 childId = 0;
    QDate date;
    std::optional<int> score;
    SdqReason reason = SdqReason::None;
    QString notes;
    int version = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("date"), date.toString(Qt::ISODate)},
                {QStringLiteral("score"), score ? QJsonValue(*score) : QJsonValue()},
                {QStringLiteral("reason"), int(reason)},
                {QStringLiteral("notes"), notes}};
    }
};

/// When a child in care is next due an SDQ. Statutory guidance asks for one a year for each
/// child looked after aged 4 to 16: the first from the later of the 4th birthday and the start
/// of care, then a year after the last one (a reason for none counts as that year's answer).
/// Nothing is due from the 17th birthday.
struct SdqSchedule
{
    static QDate nextDue(QDate dateOfBirth, QDate careStarted, QDate last)
    {
        if (!dateOfBirth.isValid())
            return {};
        // A reason recorded before the 4th birthday (SDQ1) does not bring the first one forward.
        const QDate due = last.isValid() ? std::max(last.addYears(1), dateOfBirth.addYears(4))
                                         : std::max(dateOfBirth.addYears(4), careStarted);
        return due < dateOfBirth.addYears(17) ? due : QDate();
    }
};

/// Where one child in care stands for the worklist: the last SDQ and when the next is due.
struct SdqStanding
{
    qint64 childId = 0;
    QString caseId;
    QString childName;
    QDate dateOfBirth;
    QDate careStarted;
    QDate last; ///< the last SDQ (score or reason), invalid when none
    QDate nextDue;
};

} // namespace lac
