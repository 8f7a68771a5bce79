// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace lac {

/// `lachealth report --db PATH --from YYYY-MM --to YYYY-MM [--format csv|json|html|pdf]
/// [--out FILE] [--suppress N] [--as-of YYYY-MM-DD]`: the timeliness report for the board,
/// from the same computation as the charts view. HTML and PDF are public papers and are
/// suppressed by default (report.suppression_threshold, 5); CSV and JSON only when asked.
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
    /// The PDF draws text and charts, which needs a QGuiApplication (offscreen if no display).
    bool needsGui() const override { return true; }
};

} // namespace lac
