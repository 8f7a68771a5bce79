// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace lac {

/// `lachealth caseload --db PATH [--as-of DATE] [--format csv|json]`: the LAC health team's
/// caseload on a day, split as designated nurses report it (our own children in care, and the
/// children other authorities have placed in our area, by authority), one row per authority
/// and a total: `authority,own_children,placed_here_by_them`. Counts only, for the team (not
/// suppressed: this is not a published paper); needs the roles that may read both caseloads.
class CaseloadCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::CaseloadCommand)

public:
    QString name() const override { return QStringLiteral("caseload"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace lac
