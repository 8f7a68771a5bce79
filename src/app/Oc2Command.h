// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace lac {

/// `lachealth oc2 --db PATH --year 2025-26 --out DIR [--allow-gaps]`: the year-end SSDA903 OC2
/// return (oc2.csv, header.csv, episodes.csv) for the council's 903 team. Where a child of the
/// cohort lacks what a field needs, the gaps are listed ("child, field, what is missing") and
/// nothing is written (exit 1) unless --allow-gaps; a 0 is never guessed. The files hold
/// personal data, so the folder must be named: nothing goes to the current folder by default.
class Oc2Command : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::Oc2Command)

public:
    QString name() const override { return QStringLiteral("oc2"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;
};

} // namespace lac
