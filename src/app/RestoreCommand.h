// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace lac {

/// `lachealth restore --db PATH --from FILE`: checks the backup in full, keeps the database it
/// replaces under a ".replaced-<time>" name, puts the backup in place and records the restore
/// in the audit trail. Refuses while the database is open in a window on this PC.
class RestoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace lac
