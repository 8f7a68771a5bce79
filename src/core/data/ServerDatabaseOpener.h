// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the data-access layer.

#include "common/Result.h"
#include "data/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace lac {

/// Where a team's PostgreSQL database is, read from what the user gave as --db: libpq's own
/// keywords, so that everything libpq knows (pg_service.conf, .pgpass, sslmode, GSSAPI) works
/// as IT set it up, and nothing secret is ever part of it.
struct ServerLocation
{
    Q_DECLARE_TR_FUNCTIONS(lac::ServerLocation)

public:
    /// libpq "keyword=value" pairs for Qt's QPSQL connect options.
    QStringList keywords;
    /// The location as shown to people: the URI or service without any password.
    QString display;
    /// A TCP host that is not this machine (empty for a Unix socket, localhost or a service).
    QString remoteHost;
    QString sslMode;

    /// Reads a "postgresql://user@host:port/db?sslmode=…" URI or "service=NAME [keyword=value
    /// …]". A password in the location is refused: command lines and settings files are read
    /// by others, so passwords come from ~/.pgpass, GSSAPI or the sign-in prompt.
    static Result<ServerLocation> parse(const QString& location);

    /// The value of a libpq keyword given in the location, or empty.
    QString keyword(const QString& name) const;
};

/// Opens a PostgreSQL Database and brings its schema to this program's version: the baseline
/// (resources/migrations/postgresql) on an empty database, then each later migration, each in
/// one transaction under an advisory lock so that two PCs never upgrade at once.
struct ServerDatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(lac::Database)

public:
    static Result<std::unique_ptr<Database>> open(const QString& location,
                                                  const Database::Options& options);
    /// The migrations for PostgreSQL, in version order; the first is the baseline.
    static QList<struct MigrationScript> scripts();
};

} // namespace lac
