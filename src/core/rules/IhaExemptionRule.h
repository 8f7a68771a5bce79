// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/AssessmentPolicy.h"

#include <QDate>
#include <QString>

namespace lac {

/// Why an assessment is not required, if it is not. Exempt assessments are counted nowhere
/// in timeliness figures (neither in time nor late).
enum class Exemption
{
    None,
    IhaBeforeCare, ///< an IHA was done in the 3 months before the child came into care
    ShortBreak,    ///< legal status V3/V4: short breaks are outside IHA/RHA timeliness
    LeftCare,      ///< left care before the assessment was due, without one
    Other,         ///< a person's decision ("other"), which the scheduler keeps
};

/// "", "iha_before_care", "short_break", "left_care", "other": the stored keys.
QString exemptionKey(Exemption e);
/// The exemption a stored key names; an unknown key reads as Other, never as required.
Exemption exemptionFromKey(const QString& key);

/// Decides whether a child's IHA is required at all.
class IhaExemptionRule
{
public:
    explicit IhaExemptionRule(const AssessmentPolicy& policy);

    /// True for SSDA903 legal statuses that are short breaks (V3, V4).
    static bool isShortBreak(const QString& legalStatus);

    /// \a previousIha is the latest IHA done before care started (invalid if none);
    /// \a leftCare is the end of the period of care (invalid while in care); \a completed is
    /// this period's IHA (invalid if not done); \a due is its due date.
    Exemption evaluate(QDate careStart, const QString& legalStatusAtStart, QDate previousIha,
                       QDate leftCare, QDate completed, QDate due) const;

private:
    AssessmentPolicy m_policy;
};

} // namespace lac
