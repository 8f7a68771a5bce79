// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace lac {

class IncomingService;

/// "Statement for an authority…" in the Placed here tab: asks which requesting authority
/// (those with requests on record) and which folder (the documents folder by default, never
/// the current one), then writes the last twelve months' statement (AuthorityStatement).
struct AuthorityStatementExport
{
    Q_DECLARE_TR_FUNCTIONS(lac::AuthorityStatementExport)

public:
    /// What happened, for the status bar; empty when the person cancelled.
    static QString run(QWidget* parent, const IncomingService& service);
};

} // namespace lac
