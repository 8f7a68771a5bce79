// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace lac {

class AppServices;

/// `lachealth import --db PATH (--ssda903 DIR | --assessments FILE.csv | --immunisations
/// FILE.csv | --dental FILE.csv | --carer-medicals FILE.csv) [--skip-invalid] [--dry-run]
/// [--json] [--rejected PATH]`: the case-management system's SSDA903 files, a spreadsheet of
/// past assessments, immunisation histories, dental checks or carers' medicals, all or
/// nothing, every problem listed on stderr as
/// file:line: column: value: reason (exit 1), one summary line (or a JSON object) on success.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    int run(const QStringList& arguments) override;

private:
    /// --immunisations: the feature's own import (all or nothing, no rejected-rows file).
    int importImmunisations(const AppServices& services, const QString& path, bool dryRun) const;
    int importDental(const AppServices& services, const QString& path, bool dryRun) const;
    int importUasc(const AppServices& services, const QString& path, bool dryRun) const;
    /// --carer-medicals: the carers' feature's own import (all or nothing, no rejected rows).
    int importCarerMedicals(const AppServices& services, const QString& path, bool dryRun) const;
    /// --incoming: requests from other authorities (all or nothing, no rejected rows).
    int importIncoming(const AppServices& services, const QString& path, bool dryRun) const;
};

} // namespace lac
