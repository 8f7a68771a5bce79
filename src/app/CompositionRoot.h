// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace lac {

class AppServices;
class MainWindow;

/// The one place that knows every feature: it adds each workspace, dialog and action handler
/// to the main window with the services it needs. Features never find services by themselves.
class CompositionRoot
{
    Q_DECLARE_TR_FUNCTIONS(lac::CompositionRoot)

public:
    static void populate(MainWindow& window, AppServices& services);
};

} // namespace lac
