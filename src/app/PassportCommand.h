// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

namespace lac {

/// `lachealth passport --db PATH --child CASE_ID --out FILE.pdf`: writes a young person's
/// latest signed-off health passport, for a service that prints them in bulk. Exit 1 with the
/// reason when no version is signed off yet or the signed-in role may not export passports.
/// The copy is personal data, so the file must be named, and the export is audited exactly as
/// the window's (who, when, for whom, which version, where).
class PassportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::PassportCommand)

public:
    QString name() const override { return QStringLiteral("passport"); }
    QString summary() const override;
    /// Laying out the booklet needs fonts, so a QGuiApplication (offscreen).
    bool needsGui() const override { return true; }
    int run(const QStringList& arguments) override;
};

} // namespace lac
