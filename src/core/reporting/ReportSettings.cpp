// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ReportSettings.h"

#include "data/SettingsStore.h"

#include <algorithm>

namespace lac {

ReportSettings ReportSettings::load(const SettingsStore& settings)
{
    ReportSettings s;
    s.authorityName = settings.authorityName();
    s.policy = settings.assessmentPolicy();
    const auto percent = [&](const char* key, int fallback) {
        return std::clamp(settings.intValue(QString::fromLatin1(key), fallback), 0, 100);
    };
    s.ihaTargetPercent = percent("target.iha_in_time_percent", s.ihaTargetPercent);
    s.rhaTargetPercent = percent("target.rha_in_time_percent", s.rhaTargetPercent);
    s.requestTargetPercent = percent("target.iha_requests_in_time_percent", s.requestTargetPercent);
    s.amberMarginPercent = percent("target.amber_margin_percent", s.amberMarginPercent);
    s.suppressionThreshold =
        std::max(0, settings.intValue(QStringLiteral("report.suppression_threshold"),
                                      s.suppressionThreshold));
    return s;
}

} // namespace lac
