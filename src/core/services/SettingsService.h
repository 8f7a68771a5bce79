// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "domain/InstallationSettings.h"

#include <QCoreApplication>

#include <functional>

namespace lac {

/// Reads and saves the installation settings. Saving validates every value, is refused to
/// anyone but an administrator, writes an audit entry with before and after, and — when a rule
/// number or the calendar changed — recomputes every due date in the same transaction.
class SettingsService
{
    Q_DECLARE_TR_FUNCTIONS(lac::SettingsService)

public:
    /// \a rulesChanged rebuilds the program's policy and calendar from the saved settings and
    /// recomputes due dates; it runs inside the transaction.
    SettingsService(const Database& db, const AuditLog& audit,
                    std::function<Status()> rulesChanged);

    InstallationSettings load() const;
    Status save(const InstallationSettings& settings) const;
    /// Every problem with the built-in values, as "field: what is wrong" (empty when valid).
    static QStringList validate(const InstallationSettings& settings);
    /// validate() and the registered feature settings' ranges.
    QStringList problems(const InstallationSettings& settings) const;

    /// Adds a kind of record's own setting (at start, by its feature).
    void addFeatureSetting(FeatureSetting setting);
    const QList<FeatureSetting>& featureSettings() const { return m_featureSettings; }

private:
    const Database& m_db;
    const AuditLog& m_audit;
    std::function<Status()> m_rulesChanged;
    QList<FeatureSetting> m_featureSettings;
};

} // namespace lac
