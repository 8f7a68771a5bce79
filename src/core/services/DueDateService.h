// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "rules/AssessmentPolicy.h"
#include "rules/WorkingDayCalendar.h"

#include <QDate>
#include <QList>

namespace lac {

/// Keeps the stored due dates true to the rules: after any change to a child's care,
/// placements or completed assessments, recompute() brings the expected IHA/RHA rows and the
/// child's "next due" up to date. Call it inside the caller's SqlTransaction so the change and
/// its consequences are saved together.
class DueDateService
{
public:
    DueDateService(const Database& db, const WorkingDayCalendar& calendar,
                   const AssessmentPolicy& policy);

    Status recompute(const QList<qint64>& childIds) const;
    Status recompute(const QList<qint64>& childIds, QDate today) const;
    /// Every child, in batches (after a settings or bank-holiday change).
    Status recomputeAll() const;
    /// The rule numbers changed (settings saved): later recomputes use the new ones.
    void setPolicy(const AssessmentPolicy& policy) { m_policy = policy; }

private:
    const Database& m_db;
    const WorkingDayCalendar& m_calendar;
    AssessmentPolicy m_policy;
};

} // namespace lac
