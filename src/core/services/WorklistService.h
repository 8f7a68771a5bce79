// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "data/SettingsStore.h"
#include "domain/UserContext.h"
#include "domain/Worklist.h"
#include "rules/RagRating.h"
#include "services/PageSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>

#include <functional>
#include <memory>

namespace lac {

class AppServices;

/// Builds a kind of record's pile from the services of one connection, keeping what it builds
/// in them. The window's pile serves its lists; the same maker builds another on a worker's
/// own connection, so that counting a large caseload never holds the window up.
using WorklistPileMaker = std::function<const WorklistPile&(AppServices&)>;
using WorklistCounts = QList<QPair<WorklistCategory, int>>;

/// What a worker found on its own connection: every count, and every pile's rows, so that a
/// pile opens at once instead of being worked out again on the window's thread.
struct WorklistSnapshot
{
    QDate today;
    WorklistCounts counts;
    QHash<int, QList<WorklistRow>> pileRows; ///< by int(WorklistCategory)
};

/// A list's count and first page as a worker read them, for the query it read.
struct WorklistPageRead
{
    WorklistQuery query;
    int total = 0;
    QList<WorklistRow> rows;
};

/// The home screen's counts and its red/amber/green thresholds (installation settings
/// "worklist.red_within_days" and "worklist.amber_within_days").
class WorklistService
{
    Q_DECLARE_TR_FUNCTIONS(lac::WorklistService)

public:
    /// \a assessmentRows lists the built-in categories (role-checked by the case lists).
    WorklistService(const Database& db, const SettingsStore& settings, UserContext user,
                    const PageSource<WorklistRow, WorklistQuery>& assessmentRows);
    ~WorklistService();

    /// Every category with its count, in home-screen order: the built-in ones, then the piles.
    Result<WorklistCounts> counts(QDate today) const;
    /// The same counts, and the piles' rows, worked out on a connection of its own, for a
    /// worker thread to run: it opens this database again (read only), builds every pile there
    /// with its maker and lists it. Empty when that cannot be done (a pile added without a
    /// maker): count here.
    std::function<Result<WorklistSnapshot>()> countsElsewhere(QDate today) const;
    /// Reads \a query's count and first \a limit rows on a connection of its own (read only),
    /// for a worker thread to run, so that opening the home screen never waits for a list of a
    /// large caseload. Empty for a pile (its rows come with countsElsewhere()) or when the
    /// database cannot be opened again (in memory): read here.
    std::function<Result<WorklistPageRead>()> firstPageElsewhere(const WorklistQuery& query,
                                                                 int limit) const;
    /// Keeps a worker's pile rows (on the window's thread): a pile's list reads them for
    /// their day until the next snapshot, or until forgetSnapshot().
    void adopt(WorklistSnapshot snapshot) const;
    void forgetSnapshot() const { m_snapshot = {}; }
    /// The adopted rows of \a category for \a today, or nullptr.
    const QList<WorklistRow>* snapshotRows(WorklistCategory category, QDate today) const;
    /// Adds a kind of record's pile after the others (at start, by the composition root); the
    /// pile must outlive this service. \a remake builds the same pile on another connection
    /// (see countsElsewhere). Returns the category it is listed under.
    WorklistCategory addPile(const WorklistPile& pile, WorklistPileMaker remake = {});
    /// Every category in home-screen order, without counting anything.
    QList<WorklistCategory> categories() const;
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
    UserContext m_user;
    QList<const WorklistPile*> m_piles;
    QList<WorklistPileMaker> m_makers;   ///< one per pile, or empty where none was given
    mutable WorklistSnapshot m_snapshot; ///< the window's thread only
    std::unique_ptr<const PageSource<WorklistRow, WorklistQuery>> m_rows;
};

} // namespace lac
