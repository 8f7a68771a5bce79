// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ReportCountsSuspension.h"

#include "data/ReportCountsSql.h"
#include "data/SqlConnection.h"

namespace lac {

ReportCountsSuspension::ReportCountsSuspension(const Database& db)
    : m_db(db)
{}

Status ReportCountsSuspension::suspendIfFirstImport()
{
    if (m_db.isServer() || suspended())
        return {};
    const QString what = tr("could not prepare the report's counts for the import");
    auto any =
        runQuery(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM care_periods)"), {}, what);
    if (!any)
        return any.failure();
    if (!any.value().next() || any.value().value(0).toInt() != 0)
        return {};
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                     "AND tbl_name IN ('care_periods', 'assessments') AND sql "
                                     "LIKE '%report_counts%' ORDER BY name"),
                      {}, what);
    if (!q)
        return q.failure();
    QStringList names, statements;
    while (q.value().next()) {
        names << q.value().value(0).toString();
        statements << q.value().value(1).toString();
    }
    for (const QString& name : std::as_const(names)) {
        // Names come from the schema itself, never from input.
        if (auto s = runQuery(m_db, QStringLiteral("DROP TRIGGER %1").arg(name), {}, what); !s)
            return s.failure();
    }
    m_triggers = statements;
    return {};
}

Status ReportCountsSuspension::finish()
{
    if (!suspended())
        return {};
    const QString what = tr("could not count the imported records for the report");
    for (const QString& sql :
         {QStringLiteral("DELETE FROM report_counts"),
          QStringLiteral("INSERT INTO report_counts ") + reportcounts::freshCountsSelect()}) {
        if (auto s = runQuery(m_db, sql, {}, what); !s)
            return s.failure();
    }
    for (const QString& sql : std::as_const(m_triggers)) {
        if (auto s = runQuery(m_db, sql, {}, what); !s)
            return s.failure();
    }
    m_triggers.clear();
    return {};
}

} // namespace lac
