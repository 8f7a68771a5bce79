// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lac {

class AppServices;
class CaseWork;
class DesignatedNurseDashboard;
class IncomingService;
class MainWindow;

/// Children placed in our area by other authorities, as a kind of record: installing it builds
/// the service (with the bundled list of authorities) and adds the host caseload's three piles
/// to the worklist (before the home tab is built, so that the worklist shows both caseloads
/// from the start); addTab() then adds
/// the "Placed here" tab in tab order. Both only for roles that may read incoming requests. The
/// composition root calls each once.
struct IncomingFeature
{
    /// The service (kept by \a services), or null when the bundled list of authorities is
    /// damaged (the status bar says so).
    static const IncomingService* install(AppServices& services, MainWindow& window);
    static void addTab(const IncomingService& service, AppServices& services, MainWindow& window,
                       CaseWork& work);
    /// The caseload split as a page of the designated nurse's Overview.
    static void addOverviewPage(const IncomingService& service, const AppServices& services,
                                DesignatedNurseDashboard& overview);
};

} // namespace lac
