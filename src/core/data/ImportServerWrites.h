// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the data-access layer (ImportRepository on a server).

#include "common/Result.h"
#include "data/CopyIn.h"
#include "data/ImportRepository.h"

namespace lac {

/// The rows an import adds to the case tables of a PostgreSQL database, streamed with COPY
/// rather than inserted one round trip at a time. Ids come from each table's sequence in
/// blocks (IdBlock), because a child's periods and a period's episodes must name them before
/// anything is sent. flush() sends children, then periods, then episodes: the order the
/// foreign keys need.
class ImportServerWrites
{
public:
    explicit ImportServerWrites(const Database& db);

    Result<qint64> insertChild(const ImportedChild& child, const QString& now);
    Result<qint64> insertPeriod(qint64 childId, const PeriodValues& values, const QString& now);
    Result<qint64> insertEpisode(qint64 childId, qint64 periodId, const EpisodeValues& values,
                                 const QString& now);
    Status flush();

private:
    IdBlock m_childIds;
    IdBlock m_periodIds;
    IdBlock m_episodeIds;
    CopyIn m_children;
    CopyIn m_periods;
    CopyIn m_episodes;
};

} // namespace lac
