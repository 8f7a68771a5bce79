// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "rules/AssessmentScheduler.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <memory>

namespace lac {

/// Reads what the AssessmentScheduler needs about children and writes its plan back: the
/// expected assessment rows, the children's derived columns (in care, current placement,
/// next due) and the placement each period of care began in. Writes only what changed, and never
/// touches a row's version, so a derived change does not make a colleague's open edit look stale.
class AssessmentScheduleStore
{
    Q_DECLARE_TR_FUNCTIONS(lac::AssessmentScheduleStore)

public:
    explicit AssessmentScheduleStore(const Database& db);
    ~AssessmentScheduleStore();

    /// Facts for the given children (missing ids are simply absent from the result). Forgets
    /// what the previous load() read: one store serves batch after batch, its statements
    /// prepared once.
    Result<QHash<qint64, ChildFacts>> load(const QList<qint64>& childIds) const;
    /// Writes one child's schedule. Call inside a SqlTransaction, and flush() before anything
    /// reads the assessments again.
    Status apply(qint64 childId, const ChildSchedule& schedule) const;
    /// Sends the expected assessments and children's columns still waiting: on a server they
    /// are streamed with COPY (data/CopyIn) rather than sent one round trip each. Nothing to
    /// do on SQLite.
    Status flush() const;
    /// Every child's id, in id order.
    Result<QList<qint64>> allChildIds() const;

private:
    Status queueChildColumns(qint64 childId, const ChildSchedule& schedule, const QString& kind,
                             const QString& location) const;
    Status applyEntries(const ChildSchedule& schedule) const;

    struct Stored;
    struct Reads;
    struct Statements;
    const Database& m_db;
    std::unique_ptr<QHash<qint64, Stored>> m_stored; // as loaded, to write only what changed
    std::unique_ptr<Statements> m_statements;        // writes prepared once per store
};

} // namespace lac
