// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lac {

class AppServices;
class CaseWork;
class MainWindow;

/// Prospective carers' and adopters' medicals as a kind of record: installing it builds the
/// service, adds the "Carers' medicals" workspace tab (for roles that may read them: adults'
/// records are not shown to viewers of children's records) and adds its section to the
/// report, the charts and the board paper. The composition root calls install() once.
struct CarersFeature
{
    static void install(AppServices& services, MainWindow& window, CaseWork& work);
};

} // namespace lac
