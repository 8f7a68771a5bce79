// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace lac {

class CommandRegistry;

/// Starts the window: parses `[--db PATH]`, opens the database (telling the user plainly if it
/// cannot), builds the services and the main window through the composition root.
class GuiLauncher
{
    Q_DECLARE_TR_FUNCTIONS(lac::GuiLauncher)

public:
    explicit GuiLauncher(const CommandRegistry& commands);
    int run(const QStringList& arguments);

private:
    const CommandRegistry& m_commands;
};

} // namespace lac
