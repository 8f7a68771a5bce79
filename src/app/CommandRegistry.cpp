// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandRegistry.h"

#include "BackupCommand.h"
#include "CaseloadCommand.h"
#include "CheckCommand.h"
#include "CopyCommand.h"
#include "DemoCommand.h"
#include "ImportCommand.h"
#include "Oc2Command.h"
#include "PassportCommand.h"
#include "ReportCommand.h"
#include "RestoreCommand.h"
#include "ServerSetupCommand.h"
#include "WorkdaysCommand.h"

namespace lac {

CommandRegistry::CommandRegistry()
{
    // One line per command; keep them in the order --help lists them.
    m_commands.push_back(std::make_unique<WorkdaysCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
    m_commands.push_back(std::make_unique<Oc2Command>());
    m_commands.push_back(std::make_unique<PassportCommand>());
    m_commands.push_back(std::make_unique<CaseloadCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
    m_commands.push_back(std::make_unique<RestoreCommand>());
    m_commands.push_back(std::make_unique<CopyCommand>());
    m_commands.push_back(std::make_unique<ServerSetupCommand>());
}

CliCommand* CommandRegistry::find(const QString& name) const
{
    for (const auto& c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

} // namespace lac
