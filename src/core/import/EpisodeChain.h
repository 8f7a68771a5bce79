// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace lac {

/// One SSDA903 episode as the chain needs it: from the file (line > 0) or already stored.
struct ChainEpisode
{
    QDate start;       ///< DECOM
    QDate end;         ///< DEC, invalid while open
    QString rne;       ///< reason for new episode: S, L, P, T, B, U
    QString reasonEnd; ///< REC: X1 = episode ends and another follows; anything else = left care
    qint64 line = 0;   ///< source line, 0 when the episode is already in the database
    int period = -1;   ///< out: index of the period of care it belongs to
};

/// A period of care worked out from a chain of episodes.
struct DerivedPeriod
{
    QDate start;
    QDate end;                   ///< invalid while the child is still looked after
    bool startedInWindow = true; ///< false: the chain begins with a non-S episode
    QString endReason;           ///< REC of the last episode when the period has ended
    int firstEpisode = 0;
    int lastEpisode = 0;
};

/// Something wrong with a chain, pinned to the episode (line) where it shows.
struct ChainProblem
{
    qint64 line = 0;
    QString column;
    QString value;
    QString reason;
};

/// Turns one child's episodes into periods of care (SSDA903 "episode chains").
///
/// Rules (docs/import.md): episodes are taken in DECOM order; an episode with RNE = S starts a
/// period; so does an episode that does not follow on from the one before (a gap after its
/// DEC). A period whose first episode is not S began before the data we hold:
/// startedInWindow = false and no IHA is expected for it. A period ends at the DEC of its last
/// episode. Two episodes that overlap (one starts before the other ends, or starts while an
/// earlier one is still open) are an error: nothing can be derived safely from them.
class EpisodeChain
{
    Q_DECLARE_TR_FUNCTIONS(lac::EpisodeChain)

public:
    /// Sorts \a episodes by start, fills each one's period index and returns the periods;
    /// on any problem returns no periods and lists the problems.
    static QList<DerivedPeriod> derive(QList<ChainEpisode>& episodes,
                                       QList<ChainProblem>& problems);
};

} // namespace lac
