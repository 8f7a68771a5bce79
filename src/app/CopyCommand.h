// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace lac {

/// `lachealth copy --from FILE --to DATABASE`: moves a team from one database to another
/// (in practice, from an SQLite file onto its new server), all or nothing.
class CopyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::CopyCommand)

public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace lac
