// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/EpisodeChain.h"

#include "domain/Ssda903Vocabulary.h"
#include "import/ImportDate.h"

#include <algorithm>

namespace lac {
namespace {

QString describe(const ChainEpisode& e)
{
    const QString span =
        e.end.isValid()
            ? EpisodeChain::tr("%1 to %2")
                  .arg(ImportDate::display(e.start), ImportDate::display(e.end))
            : EpisodeChain::tr("from %1, still open (no DEC)").arg(ImportDate::display(e.start));
    return e.line > 0 ? EpisodeChain::tr("the episode on line %1 (%2)").arg(e.line).arg(span)
                      : EpisodeChain::tr("the episode already recorded (%1)").arg(span);
}

} // namespace

QList<DerivedPeriod> EpisodeChain::derive(QList<ChainEpisode>& episodes,
                                          QList<ChainProblem>& problems)
{
    std::stable_sort(
        episodes.begin(), episodes.end(),
        [](const ChainEpisode& a, const ChainEpisode& b) { return a.start < b.start; });
    const qsizetype before = problems.size();
    for (qsizetype i = 1; i < episodes.size(); ++i) {
        const ChainEpisode& prev = episodes.at(i - 1);
        const ChainEpisode& next = episodes.at(i);
        if (!prev.end.isValid() || prev.end > next.start) {
            // Blame the episode from the file (the stored one was valid on its own).
            const ChainEpisode& blamed = next.line > 0 ? next : prev;
            const ChainEpisode& other = next.line > 0 ? prev : next;
            problems << ChainProblem{blamed.line, QStringLiteral("DECOM"),
                                     ImportDate::display(blamed.start),
                                     tr("overlapping episodes: overlaps %1").arg(describe(other))};
        }
    }
    if (problems.size() > before)
        return {};

    QList<DerivedPeriod> periods;
    for (qsizetype i = 0; i < episodes.size(); ++i) {
        ChainEpisode& e = episodes[i];
        const bool startedCare = episodeReasonFromCode(e.rne) == EpisodeReason::StartedCare;
        const bool startsPeriod = i == 0 || startedCare || episodes.at(i - 1).end < e.start;
        if (startsPeriod) {
            DerivedPeriod p;
            p.start = e.start;
            p.startedInWindow = startedCare;
            p.firstEpisode = int(i);
            periods << p;
        }
        DerivedPeriod& p = periods.last();
        p.lastEpisode = int(i);
        p.end = e.end;
        p.endReason = e.end.isValid() ? e.reasonEnd : QString();
        e.period = int(periods.size() - 1);
    }
    return periods;
}

} // namespace lac
