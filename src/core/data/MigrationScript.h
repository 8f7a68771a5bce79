// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace lac {

/// One numbered schema migration from resources/migrations ("0003_name.sql" is version 3).
/// Qt's SQLite driver runs one statement per exec(), so statements in the file are separated
/// by a line holding only ";;" (trigger bodies contain ordinary semicolons).
struct MigrationScript
{
    int version = 0;
    QString name;
    QStringList statements;

    /// Splits a migration file into statements; comment-only and blank parts are dropped.
    static QStringList split(const QString& text);
    /// Every migration in the resource folder, in version order.
    static QList<MigrationScript> bundled(const QString& folder = QStringLiteral(":/migrations"));
};

} // namespace lac
