// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/AssessmentPolicy.h"

#include <QString>
#include <QStringList>

namespace lac {

/// The settings an administrator edits in one go, validated together (the rule numbers, the
/// authority's identity, targets and colour thresholds). Stored in the database's settings
/// table so everyone sharing the database works to the same rules.
struct InstallationSettings
{
    QString authorityName;
    QStringList ownPostcodeDistricts; ///< e.g. "NR1", "NR2": placements here are in area
    AssessmentPolicy policy;
    int ihaTargetPercent = 95;    ///< RAG target for IHAs in time
    int rhaTargetPercent = 95;    ///< RAG target for RHAs in time
    int amberWithinDays = 14;     ///< worklist: amber when due within this many days
    int suppressionThreshold = 5; ///< published tables: counts 1..N-1 shown as "<N"
    int backupsToKeep = 14;       ///< start-of-day backups kept

    friend bool operator==(const InstallationSettings&, const InstallationSettings&) = default;
};

} // namespace lac
