// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/AssessmentPolicy.h"

#include <QString>

namespace lac {

class SettingsStore;

/// The installation's reporting settings: targets for the RAG status and the small-number
/// suppression threshold for published papers. Kept in the settings table so everyone sharing
/// the database reports against the same targets (docs/reporting.md lists the keys).
struct ReportSettings
{
    QString authorityName;
    AssessmentPolicy policy;
    int ihaTargetPercent = 95;     ///< "target.iha_in_time_percent"
    int rhaTargetPercent = 95;     ///< "target.rha_in_time_percent"
    int requestTargetPercent = 95; ///< "target.iha_requests_in_time_percent"
    int amberMarginPercent = 10;   ///< "target.amber_margin_percent": amber this far below
    int suppressionThreshold = 5;  ///< "report.suppression_threshold": counts 1..N-1 hidden

    static ReportSettings load(const SettingsStore& settings);
};

} // namespace lac
