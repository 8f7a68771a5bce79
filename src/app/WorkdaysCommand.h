// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace lac {

/// `lachealth workdays START N [--division D]`: the date N working days after START, the
/// calculation behind every IHA due date, so that staff can check a date by hand.
class WorkdaysCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::WorkdaysCommand)

public:
    QString name() const override { return QStringLiteral("workdays"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace lac
