// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lac {

class AppServices;
class CaseWork;

/// UASC health as a kind of record: installing it builds its service, adds the worklist pile
/// "UASC screening outstanding" and the UASC tab in every child's window. The composition
/// root calls install() once.
struct UascFeature
{
    static void install(AppServices& services, CaseWork& work);
};

} // namespace lac
