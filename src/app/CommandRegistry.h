// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliCommand.h"

#include <memory>
#include <vector>

namespace lac {

/// The list of `lachealth` subcommands. Adding a command is one line in CommandRegistry.cpp.
class CommandRegistry
{
public:
    CommandRegistry();
    CliCommand* find(const QString& name) const;
    const std::vector<std::unique_ptr<CliCommand>>& commands() const { return m_commands; }

private:
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace lac
