// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "rules/AssessmentPolicy.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace lac {

/// Installation settings kept in the database (so that everyone sharing it agrees): the
/// authority's name, its own postcode districts, the calendar division, the configurable
/// rule numbers and the reporting targets. Keys are documented in docs/rules.md.
class SettingsStore
{
    Q_DECLARE_TR_FUNCTIONS(lac::SettingsStore)

public:
    explicit SettingsStore(const Database& db);

    QString value(const QString& key, const QString& fallback = {}) const;
    int intValue(const QString& key, int fallback) const;
    /// Writes one setting (insert or replace). Callers that audit wrap it in a transaction.
    Status setValue(const QString& key, const QString& value) const;

    QString authorityName() const;            ///< "authority.name"
    QStringList ownPostcodeDistricts() const; ///< "authority.postcode_districts", comma separated
    /// The policy from "calendar.division", "iha.working_days", "iha.request_working_days",
    /// "rha.tolerance_days", ...; defaults where unset.
    AssessmentPolicy assessmentPolicy() const;

private:
    const Database& m_db;
};

} // namespace lac
