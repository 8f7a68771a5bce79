// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lac {

class AppServices;
class CaseWork;

/// Dental checks as a kind of record (issue 12's proof that a kind is a folder, not edits
/// across the tree): installing it builds its service, adds its worklist pile and its tab in
/// every child's window. The composition root calls install() once.
struct DentalFeature
{
    static void install(AppServices& services, CaseWork& work);
};

} // namespace lac
