// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lac {

class AppServices;
class CaseWork;
class MainWindow;

/// The OC2 return as a feature: install() builds the year facts service and adds the "OC2
/// year" tab to every child's window; addReturnAction() puts File → Year-end OC2 return… in
/// the window for those who may export case data. The composition root calls both once.
struct Oc2Feature
{
    static void install(AppServices& services, CaseWork& work);
    static void addReturnAction(MainWindow& window, AppServices& services, CaseWork& work);
};

} // namespace lac
