// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/AssessmentPolicy.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace lac {

/// A number one kind of record lets the administrator set (months between dental checks, years
/// before a carer's medical is renewed…). Its feature registers it with SettingsService, so
/// that Settings shows, checks, saves and audits it with the rest without naming it.
struct FeatureSetting
{
    enum class Kind
    {
        Number,
        YesNo, ///< 1 or 0, shown as a tick box
    };
    QString key;   ///< in the settings table, e.g. "dental.months_between_checks"
    QString label; ///< "Dental check due every (months)"
    QString help;  ///< one sentence: what it changes
    Kind kind = Kind::Number;
    int minimum = 0;
    int maximum = 0;
    int defaultValue = 0;
};

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
    /// The registered FeatureSettings' values, by key.
    QMap<QString, int> featureValues;

    friend bool operator==(const InstallationSettings&, const InstallationSettings&) = default;
};

} // namespace lac
