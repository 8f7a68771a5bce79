// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lac {

class ImportContext;

/// Brings one page of children's episodes from the staging tables into the database: merges
/// the file's episodes over the ones already recorded (keyed by DECOM), derives the periods
/// of care from the whole chain (EpisodeChain), matches them to the recorded periods by start
/// date, and inserts or updates only what differs. A child whose episodes do not form a valid
/// chain is rejected as a whole, every row with its reason.
class Ssda903EpisodeWriter
{
    Q_DECLARE_TR_FUNCTIONS(lac::Ssda903EpisodeWriter)

public:
    Ssda903EpisodeWriter(ImportContext& context, const QString& episodesFile);

    /// The children whose case IDs are in (after, last].
    Status importPage(const QString& after, const QString& last);

private:
    ImportContext& m_context;
    QString m_file;
};

} // namespace lac
