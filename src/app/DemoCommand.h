// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"
#include "demo/DemoDatabaseBuilder.h"

#include <QCoreApplication>

namespace lac {

/// `lachealth demo --db PATH [--children N] [--seed S] [--today D] [--replace]`: builds a
/// demo database that looks like a real English county, for trying the program, training and
/// testing at national scale without real children's data.
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;

    /// The demo records of each kind of record in src/features (one line per feature), so
    /// the command and the walkthrough build the same county.
    static QList<DemoRecordFiller> featureFillers();
};

} // namespace lac
