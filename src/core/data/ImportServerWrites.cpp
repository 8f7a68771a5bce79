// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ImportServerWrites.h"

namespace lac {
namespace {

QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(QStringLiteral(", "));
}

} // namespace

ImportServerWrites::ImportServerWrites(const Database& db)
    : m_childIds(db, QStringLiteral("children"))
    , m_periodIds(db, QStringLiteral("care_periods"))
    , m_episodeIds(db, QStringLiteral("episodes"))
    , m_children(db, QStringLiteral("children"),
                 columns("id, case_id, sex, date_of_birth, ethnicity, upn, uasc, created_at, "
                         "updated_at"),
                 ImportRepository::tr("could not add a child"))
    , m_periods(db, QStringLiteral("care_periods"),
                columns("id, child_id, start_date, end_date, started_in_window, end_reason, "
                        "created_at, updated_at"),
                ImportRepository::tr("could not add a period of care"))
    , m_episodes(db, QStringLiteral("episodes"),
                 columns("id, care_period_id, child_id, start_date, end_date, rne, legal_status, "
                         "cin, placement_type, placement_provider, location, placement_postcode, "
                         "reason_end, reason_place_change, urn, created_at, updated_at"),
                 ImportRepository::tr("could not add an episode"))
{}

Result<qint64> ImportServerWrites::insertChild(const ImportedChild& c, const QString& now)
{
    auto id = m_childIds.next();
    if (!id)
        return id.failure();
    m_children.integer(id.value());
    m_children.text(c.caseId);
    m_children.text(c.sex);
    m_children.date(c.dateOfBirth);
    m_children.text(c.ethnicity);
    m_children.text(c.upn);
    m_children.integer(c.uasc ? 1 : 0);
    m_children.text(now);
    m_children.text(now);
    if (auto s = m_children.endRow(); !s)
        return Failure{s.failure().message, ImportRepository::tr("child %1").arg(c.caseId)};
    return id;
}

Result<qint64> ImportServerWrites::insertPeriod(qint64 childId, const PeriodValues& v,
                                                const QString& now)
{
    auto id = m_periodIds.next();
    if (!id)
        return id.failure();
    m_periods.integer(id.value());
    m_periods.integer(childId);
    m_periods.date(v.start);
    m_periods.date(v.end);
    m_periods.integer(v.startedInWindow ? 1 : 0);
    m_periods.textOrNull(v.endReason);
    m_periods.text(now);
    m_periods.text(now);
    if (auto s = m_periods.endRow(); !s)
        return s.failure();
    return id;
}

Result<qint64> ImportServerWrites::insertEpisode(qint64 childId, qint64 periodId,
                                                 const EpisodeValues& v, const QString& now)
{
    // The same values as the SQLite statement binds: text columns are NOT NULL ('').
    auto id = m_episodeIds.next();
    if (!id)
        return id.failure();
    m_episodes.integer(id.value());
    m_episodes.integer(periodId);
    m_episodes.integer(childId);
    m_episodes.date(v.start);
    m_episodes.date(v.end);
    for (const QString* text :
         {&v.rne, &v.legalStatus, &v.cin, &v.placementType, &v.provider, &v.location, &v.postcode,
          &v.reasonEnd, &v.reasonPlaceChange, &v.urn, &now, &now})
        m_episodes.text(*text);
    if (auto s = m_episodes.endRow(); !s)
        return s.failure();
    return id;
}

Status ImportServerWrites::flush()
{
    for (CopyIn* rows : {&m_children, &m_periods, &m_episodes}) {
        if (auto s = rows->flush(); !s)
            return s;
    }
    return {};
}

} // namespace lac
