// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FeatureReports.h"

#include "carers/core/CarerMedicalReport.h"
#include "dental/core/DentalReport.h"
#include "incoming/core/IncomingReport.h"
#include "outcomes/core/OutcomesReport.h"
#include "passport/core/PassportReport.h"

namespace lac {

FeatureReports::FeatureReports(const Database& db, const SettingsStore& settings)
{
    // In the order the paper prints them.
    m_sources.push_back(std::make_unique<DentalReport>(db, settings));
    m_sources.push_back(std::make_unique<OutcomesReport>(db, EnglandOutcomes::overridePath()));
    m_sources.push_back(std::make_unique<CarerMedicalReport>(db));
    m_sources.push_back(std::make_unique<PassportReport>(db));
    m_sources.push_back(std::make_unique<IncomingReport>(db, settings));
    for (const auto& source : m_sources)
        m_sections.add(*source);
}

FeatureReports::~FeatureReports() = default;

} // namespace lac
