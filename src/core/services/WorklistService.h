// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "data/SettingsStore.h"
#include "domain/Worklist.h"
#include "rules/RagRating.h"
#include "services/PageSource.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <memory>

namespace lac {

/// The home screen's counts and its red/amber/green thresholds (installation settings
/// "worklist.red_within_days" and "worklist.amber_within_days").
class WorklistService
{
    Q_DECLARE_TR_FUNCTIONS(lac::WorklistService)

public:
    /// \a assessmentRows lists the built-in categories (role-checked by the case lists).
    WorklistService(const Database& db, const SettingsStore& settings,
                    const PageSource<WorklistRow, WorklistQuery>& assessmentRows);
    ~WorklistService();

    /// Every category with its count, in home-screen order: the built-in ones, then the piles.
    Result<QList<QPair<WorklistCategory, int>>> counts(QDate today) const;
    /// Adds a kind of record's pile after the others (at start, by the composition root); the
    /// pile must outlive this service. Returns the category it is listed under.
    WorklistCategory addPile(const WorklistPile& pile);
    /// The pile listed under \a category, or nullptr for a built-in category.
    const WorklistPile* pile(WorklistCategory category) const;
    QString title(WorklistCategory category) const;
    /// The rows of any category, built-in or pile, filtered, sorted and paged alike.
    const PageSource<WorklistRow, WorklistQuery>& rows() const { return *m_rows; }
    RagRating ragRating() const;
    Status setRagThresholds(int redWithinDays, int amberWithinDays) const;

private:
    const Database& m_db;
    const SettingsStore& m_settings;
    QList<const WorklistPile*> m_piles;
    std::unique_ptr<const PageSource<WorklistRow, WorklistQuery>> m_rows;
};

} // namespace lac
