// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lac {

class AppServices;
class CaseWork;

/// Immunisations as a kind of record: installing it loads the bundled schedule, builds the
/// service, adds the "Immunisations overdue" worklist pile and the tab in every child's
/// window. The composition root calls install() once.
struct ImmunisationFeature
{
    static void install(AppServices& services, CaseWork& work);
};

} // namespace lac
