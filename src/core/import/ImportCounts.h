// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace lac {

/// What an import changed (or, in a dry run, would change). Every row of every file lands in
/// exactly one of added / updated / unchanged / rejected, so nothing goes unaccounted for.
struct ImportCounts
{
    Q_DECLARE_TR_FUNCTIONS(lac::ImportCounts)

public:
    qint64 childrenAdded = 0;
    qint64 childrenUpdated = 0;
    qint64 childrenUnchanged = 0;
    qint64 periodsAdded = 0;
    qint64 periodsUpdated = 0;
    qint64 episodesAdded = 0;
    qint64 episodesUpdated = 0;
    qint64 episodesUnchanged = 0;
    qint64 assessmentsAdded = 0;
    qint64 assessmentsUpdated = 0;
    qint64 assessmentsUnchanged = 0;
    qint64 rejected = 0; ///< rows not imported (each has a reason)

    /// The counts under the names scripts rely on (children_added, ..., rejected).
    QJsonObject toJson() const;
    /// One line for people, e.g. "12 children added, 3 updated; 40 episodes added, ...".
    QString summary() const;
    /// True when the import would change nothing at all.
    bool nothingChanged() const;
};

} // namespace lac
