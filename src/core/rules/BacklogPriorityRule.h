// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AssessmentKind.h"
#include "domain/CaseCodes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace lac {

/// How to work through a backlog of overdue assessments (docs/rules.md, "Backlog"):
/// children under 5 and those 17 and over come first (the youngest change fastest; the oldest
/// are about to leave care), then those the nurse has flagged for clinical need, then the
/// longest overdue. It also suggests how the assessment may be done.
class BacklogPriorityRule
{
    Q_DECLARE_TR_FUNCTIONS(lac::BacklogPriorityRule)

public:
    struct Advice
    {
        bool priorityAge = false; ///< under 5, or 17 and over
        AppointmentMode mode = AppointmentMode::FaceToFace;
        QString why; ///< one sentence for the list and the printout
    };

    static constexpr int youngUnderYears = 5;
    static constexpr int oldFromYears = 17;

    /// \a kind is IHA or RHA; age is taken on \a today.
    static Advice advise(QDate dateOfBirth, QDate today, bool clinicalNeed, AssessmentKind kind);
};

} // namespace lac
