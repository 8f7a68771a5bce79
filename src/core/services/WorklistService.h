// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "data/SettingsStore.h"
#include "domain/Worklist.h"
#include "rules/RagRating.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace lac {

/// The home screen's counts and its red/amber/green thresholds (installation settings
/// "worklist.red_within_days" and "worklist.amber_within_days").
class WorklistService
{
    Q_DECLARE_TR_FUNCTIONS(lac::WorklistService)

public:
    WorklistService(const Database& db, const SettingsStore& settings);

    /// Every category with its count, in home-screen order.
    Result<QList<QPair<WorklistCategory, int>>> counts(QDate today) const;
    RagRating ragRating() const;
    Status setRagThresholds(int redWithinDays, int amberWithinDays) const;

private:
    const Database& m_db;
    const SettingsStore& m_settings;
};

} // namespace lac
