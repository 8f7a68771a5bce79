// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompositionRoot.h"

#include "MainWindow.h"
#include "services/AppServices.h"

namespace lac {

void CompositionRoot::populate(MainWindow& window, AppServices& services)
{
    // Each feature adds itself here, in tab order.
    (void)window;
    (void)services;
}

} // namespace lac
