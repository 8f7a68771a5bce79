// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace lac {

/// `lachealth backup --db PATH --to FILE`: a consistent copy of the database, safe to take
/// while others are working, flushed to disk before it reports success. For a scheduled task
/// that copies the database off the PC.
class BackupCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace lac
