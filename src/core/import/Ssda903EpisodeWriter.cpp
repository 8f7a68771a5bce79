// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Ssda903EpisodeWriter.h"

#include "domain/PlacementLocation.h"
#include "import/EpisodeChain.h"
#include "import/ImportContext.h"
#include "import/ImportDate.h"
#include "import/Ssda903Staged.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace lac {
namespace {

using Kind = ImportChange::Kind;
using Table = ImportStaging::Table;
using namespace ssda903;

/// "PLACE U4 → U6; DEC (none) → 01/02/2020" for the preview.
QString episodeDifferences(const EpisodeValues& a, const EpisodeValues& b)
{
    QStringList d;
    auto text = [&d](const char* name, const QString& x, const QString& y) {
        if (x != y)
            d << QStringLiteral("%1 %2 → %3")
                     .arg(QLatin1String(name), x.isEmpty() ? Ssda903EpisodeWriter::tr("(none)") : x,
                          y.isEmpty() ? Ssda903EpisodeWriter::tr("(none)") : y);
    };
    text("DEC", ImportDate::display(a.end), ImportDate::display(b.end));
    text("RNE", a.rne, b.rne);
    text("LS", a.legalStatus, b.legalStatus);
    text("CIN", a.cin, b.cin);
    text("PLACE", a.placementType, b.placementType);
    text("PLACE_PROVIDER", a.provider, b.provider);
    text("location", a.location, b.location);
    text("PL_POST", a.postcode, b.postcode);
    text("REC", a.reasonEnd, b.reasonEnd);
    text("REASON_PLACE_CHANGE", a.reasonPlaceChange, b.reasonPlaceChange);
    text("URN", a.urn, b.urn);
    return d.join(QStringLiteral("; "));
}

QString areaWords(PlacementLocation location)
{
    switch (location) {
    case PlacementLocation::InArea:
        return Ssda903EpisodeWriter::tr("in area");
    case PlacementLocation::OutOfArea:
        return Ssda903EpisodeWriter::tr("out of area");
    case PlacementLocation::Unknown:
        break;
    }
    return Ssda903EpisodeWriter::tr("area unknown");
}

QString describeEpisode(const EpisodeValues& v)
{
    return Ssda903EpisodeWriter::tr("DECOM %1, RNE %2, LS %3, PLACE %4, %5")
        .arg(ImportDate::display(v.start), v.rne, v.legalStatus, v.placementType,
             areaWords(locationFromCode(v.location)));
}

} // namespace

Ssda903EpisodeWriter::Ssda903EpisodeWriter(ImportContext& context, const QString& episodesFile)
    : m_context(context)
    , m_file(episodesFile)
{}

Status Ssda903EpisodeWriter::importPage(const QString& after, const QString& last)
{
    const ImportStaging& staging = m_context.staging();
    const ImportRepository& repo = m_context.repository();
    // The children added so far must be in the database before the page's children are read.
    if (auto s = repo.flush(); !s)
        return s;
    auto children = staging.pageChildren(Table::Episodes, after, last);
    auto rows = staging.rows(Table::Episodes, after, last);
    auto storedEpisodes = repo.episodes(after, last);
    auto storedPeriods = repo.periods(after, last);
    if (!children)
        return children.failure();
    if (!rows)
        return rows.failure();
    if (!storedEpisodes)
        return storedEpisodes.failure();
    if (!storedPeriods)
        return storedPeriods.failure();
    QHash<QString, ImportStaging::PageChild> childOf;
    for (const auto& c : children.value())
        childOf.insert(c.child, c);

    ImportCounts& counts = m_context.report().counts;
    const QString& file = m_file;
    const QList<StagedRow>& all = rows.value();
    for (qsizetype i = 0; i < all.size();) {
        qsizetype end = i;
        while (end < all.size() && all.at(end).child == all.at(i).child)
            ++end;
        const QString child = all.at(i).child;
        const ImportStaging::PageChild pc = childOf.value(child);
        const qint64 childId = pc.accepted ? pc.acceptedId : pc.storedId;
        const QDate dob = pc.accepted ? pc.acceptedDateOfBirth : pc.storedDateOfBirth;
        QSet<qint64> refusedLines; // rows that already carry their own problem
        auto rejectAll = [&](const QString& reason) -> Status {
            for (qsizetype k = i; k < end; ++k) {
                if (all.at(k).bad || refusedLines.contains(all.at(k).line))
                    continue;
                if (auto s = m_context.reject(file, all.at(k).line, all.at(k).offset, reason); !s)
                    return s;
            }
            return {};
        };

        if (!pc.accepted && pc.storedId == 0) {
            for (qsizetype k = i; k < end; ++k) {
                const StagedRow& r = all.at(k);
                Status s =
                    pc.headerLine > 0
                        ? m_context.reject(file, r.line, r.offset,
                                           tr("not imported: the child's row in "
                                              "header.csv (line %1) was rejected")
                                               .arg(pc.headerLine))
                        : m_context.problem(file, r.line, r.offset, QStringLiteral("CHILD"), child,
                                            tr("unknown child: not in header.csv nor "
                                               "already recorded"));
                if (!s)
                    return s;
            }
            i = end;
            continue;
        }

        qint64 badLine = 0;
        for (qsizetype k = i; k < end && !badLine; ++k) {
            if (all.at(k).bad)
                badLine = all.at(k).line;
        }
        if (badLine) {
            if (auto s = rejectAll(tr("not imported: another episode of child %1 is invalid "
                                      "(line %2)")
                                       .arg(child)
                                       .arg(badLine));
                !s)
                return s;
            i = end;
            continue;
        }

        // Merge: the file's episodes over the ones already recorded, keyed by start date.
        const QList<StoredEpisode> stored = storedEpisodes.value().value(childId);
        QMap<QDate, const StoredEpisode*> storedByStart;
        for (const auto& e : stored)
            storedByStart.insert(e.values.start, &e);
        QList<ChainProblem> problems;
        QMap<QDate, qsizetype> fileByStart; // start -> row index
        QList<qsizetype> duplicates;
        for (qsizetype k = i; k < end; ++k) {
            const StagedRow& r = all.at(k);
            const EpisodeValues v = episodeValues(r);
            if (dob.isValid() && v.start < dob)
                problems << ChainProblem{r.line, QStringLiteral("DECOM"),
                                         ImportDate::display(v.start),
                                         tr("date of birth after entering care: the child was "
                                            "born on %1")
                                             .arg(ImportDate::display(dob))};
            if (fileByStart.contains(v.start)) {
                const StagedRow& first = all.at(fileByStart.value(v.start));
                if (episodeValues(first) == v)
                    duplicates << k;
                else
                    problems << ChainProblem{r.line, QStringLiteral("DECOM"),
                                             ImportDate::display(v.start),
                                             tr("overlapping episodes: the episode on line %1 "
                                                "starts on the same day with different details")
                                                 .arg(first.line)};
                continue;
            }
            fileByStart.insert(v.start, k);
            if (const StoredEpisode* s = storedByStart.value(v.start); s && s->closed)
                problems << ChainProblem{r.line, QStringLiteral("DECOM"),
                                         ImportDate::display(v.start),
                                         tr("an episode starting on this day was removed as "
                                            "recorded in error; restore it in the program or "
                                            "remove this row")};
        }

        QList<ChainEpisode> chain;
        QHash<QDate, const StoredEpisode*> storedOpen;
        for (const auto& e : stored) {
            if (e.closed)
                continue;
            storedOpen.insert(e.values.start, &e);
            if (!fileByStart.contains(e.values.start))
                chain << ChainEpisode{
                    e.values.start, e.values.end, e.values.rne, e.values.reasonEnd, 0, -1};
        }
        for (auto it = fileByStart.cbegin(); it != fileByStart.cend(); ++it) {
            const StagedRow& r = all.at(it.value());
            chain << ChainEpisode{
                it.key(), isoDate(r.values.at(EDec)), r.values.at(ERne), r.values.at(ERec), r.line,
                -1};
        }
        QList<DerivedPeriod> periods;
        if (problems.isEmpty())
            periods = EpisodeChain::derive(chain, problems);
        if (!problems.isEmpty()) {
            for (const ChainProblem& p : problems) {
                const auto row =
                    std::find_if(all.cbegin() + i, all.cbegin() + end,
                                 [&p](const StagedRow& r) { return r.line == p.line; });
                refusedLines.insert(p.line);
                if (auto s =
                        m_context.problem(file, p.line, row != all.cbegin() + end ? row->offset : 0,
                                          p.column, p.value, p.reason);
                    !s)
                    return s;
            }
            if (auto s = rejectAll(tr("not imported: the episodes of child %1 do not form a valid "
                                      "chain (line %2)")
                                       .arg(child)
                                       .arg(problems.first().line));
                !s)
                return s;
            i = end;
            continue;
        }

        // Periods: match the derived ones to the recorded ones by start date.
        const QList<StoredPeriod> recordedPeriods = storedPeriods.value().value(childId);
        QList<qint64> periodIds(periods.size(), 0);
        QSet<qint64> keptPeriods;
        const bool write = m_context.writing() && childId > 0;
        bool changed = false;
        for (qsizetype p = 0; p < periods.size(); ++p) {
            const DerivedPeriod& d = periods.at(p);
            const PeriodValues values{d.start, d.end, d.startedInWindow, d.endReason};
            const auto match =
                std::find_if(recordedPeriods.cbegin(), recordedPeriods.cend(),
                             [&d](const StoredPeriod& sp) { return sp.values.start == d.start; });
            const auto what = [&d] {
                const QString until =
                    d.end.isValid() ? tr(" to %1").arg(ImportDate::display(d.end)) : QString();
                return d.startedInWindow ? tr("from %1%2").arg(ImportDate::display(d.start), until)
                                         : tr("from %1%2 (began before the data: no IHA expected)")
                                               .arg(ImportDate::display(d.start), until);
            };
            if (match != recordedPeriods.cend()) {
                periodIds[p] = match->id;
                keptPeriods.insert(match->id);
                if (match->values == values && !match->closed)
                    continue;
                ++counts.periodsUpdated;
                changed = true;
                m_context.change(Kind::Updated, tr("period of care"), child, what, file, 0);
                if (write) {
                    if (auto s = repo.updatePeriod(*match, values); !s)
                        return s;
                }
            } else {
                ++counts.periodsAdded;
                changed = true;
                m_context.change(Kind::Added, tr("period of care"), child, what, file, 0);
                if (write) {
                    auto id = repo.insertPeriod(childId, values);
                    if (!id)
                        return id.failure();
                    periodIds[p] = id.value();
                }
            }
        }
        for (const StoredPeriod& sp : recordedPeriods) {
            if (sp.closed || keptPeriods.contains(sp.id))
                continue;
            ++counts.periodsUpdated;
            changed = true;
            m_context.change(Kind::Updated, tr("period of care"), child,
                             tr("from %1 closed: the episodes no longer start a period then")
                                 .arg(ImportDate::display(sp.values.start)),
                             file, 0);
            if (write) {
                if (auto s = repo.closePeriod(sp, tr("superseded by import")); !s)
                    return s;
            }
        }

        // Episodes, in chain order.
        for (const ChainEpisode& e : chain) {
            const qint64 periodId = periodIds.value(e.period);
            const StoredEpisode* recorded = storedOpen.value(e.start);
            if (e.line == 0) {
                // Already recorded and not in this file: only its period may change.
                if (write && recorded && recorded->carePeriodId != periodId) {
                    changed = true;
                    if (auto s = repo.updateEpisode(*recorded, periodId, recorded->values); !s)
                        return s;
                }
                continue;
            }
            const StagedRow& r = all.at(fileByStart.value(e.start));
            const EpisodeValues v = episodeValues(r);
            if (!recorded) {
                ++counts.episodesAdded;
                changed = true;
                m_context.change(
                    Kind::Added, tr("episode"), child, [&v] { return describeEpisode(v); }, file,
                    r.line);
                if (write) {
                    auto id = repo.insertEpisode(childId, periodId, v);
                    if (!id)
                        return id.failure();
                }
            } else if (recorded->values != v) {
                ++counts.episodesUpdated;
                changed = true;
                m_context.change(
                    Kind::Updated, tr("episode"), child,
                    tr("DECOM %1: %2")
                        .arg(ImportDate::display(v.start), episodeDifferences(recorded->values, v)),
                    file, r.line);
                if (write) {
                    if (auto s = repo.updateEpisode(*recorded, periodId, v); !s)
                        return s;
                }
            } else {
                ++counts.episodesUnchanged;
                if (write && recorded->carePeriodId != periodId) {
                    changed = true;
                    if (auto s = repo.updateEpisode(*recorded, periodId, v); !s)
                        return s;
                }
            }
        }
        counts.episodesUnchanged += duplicates.size();
        if (write && changed) {
            if (auto s = m_context.touch(childId); !s)
                return s;
        }
        i = end;
    }
    return {};
}

} // namespace lac
