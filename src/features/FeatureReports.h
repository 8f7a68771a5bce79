// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/ReportSection.h"

#include <memory>
#include <vector>

namespace lac {

class Database;
class SettingsStore;

/// The report sections of every kind of record, made once for one database. The window's
/// paper and charts (through AppServices) and `lachealth report` both take this one list, so
/// the same period gives the same paper however it is written. A kind of record that adds a
/// section adds one line to FeatureReports.cpp.
class FeatureReports
{
public:
    FeatureReports(const Database& db, const SettingsStore& settings);
    ~FeatureReports();
    FeatureReports(const FeatureReports&) = delete;
    FeatureReports& operator=(const FeatureReports&) = delete;

    const ReportSections& sections() const { return m_sections; }

private:
    std::vector<std::unique_ptr<ReportSectionSource>> m_sources;
    ReportSections m_sections;
};

} // namespace lac
