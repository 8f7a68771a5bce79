// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

/// True for a PostgreSQL connection: a "postgresql://" (or "postgres://") URI, or a libpq
/// "service=NAME" entry from pg_service.conf, which IT deploys so nobody types a host. Anything
/// else is an SQLite file. Here rather than in the data layer so that the window's Connect
/// dialog tells the two apart by the same rule as --db.
inline bool isServerLocation(const QString& location)
{
    const QString l = location.trimmed();
    return l.startsWith(QLatin1String("postgresql://")) ||
           l.startsWith(QLatin1String("postgres://")) || l.startsWith(QLatin1String("service="));
}

} // namespace lac
