// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lac {

class AppServices;
class CaseWork;

/// Development reviews of under-5s as a kind of record: installing it builds its service and
/// adds its tab to every child's window. The composition root calls install() once.
struct DevelopmentFeature
{
    static void install(AppServices& services, CaseWork& work);
};

} // namespace lac
