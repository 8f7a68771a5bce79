// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/SqlDialect.h"

namespace lac {

QString SqlDialect::beginWrite() const
{
    return isServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
}

QString SqlDialect::caseInsensitiveLike() const
{
    return isServer() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString SqlDialect::lockRowsInOrder() const
{
    return isServer() ? QStringLiteral(" ORDER BY id FOR UPDATE") : QString();
}

QString SqlDialect::plainWordsForSqlState(const QString& state)
{
    const QString cls = state.left(2);
    if (state == QLatin1String("42501"))
        return Database::tr("your database login is not allowed to make this change; nothing "
                            "was changed. Ask the database administrator to check your role");
    if (state == QLatin1String("55P03") || state == QLatin1String("40001") ||
        state == QLatin1String("40P01") || state == QLatin1String("57014"))
        return Database::tr("someone else (on this or another PC) is saving to the database right "
                            "now; nothing was changed. Try again in a moment");
    if (state == QLatin1String("53100"))
        return Database::tr("the database server's disk is full; nothing was changed. Tell the "
                            "database administrator");
    if (cls == QLatin1String("08") || cls == QLatin1String("57") || state == QLatin1String("25P03"))
        return Database::tr("the connection to the team database was lost; nothing was changed. "
                            "Check the network, then try again");
    if (cls == QLatin1String("28"))
        return Database::tr("the database server did not accept your login");
    if (state == QLatin1String("3D000"))
        return Database::tr("there is no such database on the server");
    if (state == QLatin1String("25006"))
        return Database::tr("the database is read-only here; nothing was changed");
    return {};
}

QString SqlDialect::plainWordsForSqliteCode(int nativeCode)
{
    // The primary result code is the low byte of an extended code.
    switch (nativeCode & 0xff) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return Database::tr("someone else (on this or another PC) is saving to the database right "
                            "now; nothing was changed. Try again in a moment");
    case 8: // SQLITE_READONLY
        return Database::tr("the database is read-only here; nothing was changed");
    case 13: // SQLITE_FULL
        return Database::tr("the disk is full; nothing was changed. Free some space and try again");
    case 10: // SQLITE_IOERR
        return Database::tr("the disk could not be read or written; nothing was changed");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return Database::tr("the database file is damaged; run 'lachealth check' and restore the "
                            "latest good backup");
    default:
        return {};
    }
}

} // namespace lac
