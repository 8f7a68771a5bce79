// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace lac {

/// `lachealth server-setup`: what a database administrator needs to host a team database —
/// the schema created or upgraded (--db), and the roles and grants script (--print-sql).
class ServerSetupCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::ServerSetupCommand)

public:
    QString name() const override { return QStringLiteral("server-setup"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace lac
