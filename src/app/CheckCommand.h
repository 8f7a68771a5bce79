// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace lac {

/// `lachealth check --db PATH`: SQLite's integrity check and foreign-key check, without
/// changing anything. Exit 0 when sound, 1 with one line per problem found.
class CheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace lac
