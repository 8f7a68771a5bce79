// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lac {

class AppServices;
class CaseWork;

/// Care leavers' health passports as a kind of record: installing it builds the service, adds
/// the worklist piles (due, overdue, waiting for records) and the Passport tab in every child's
/// window (its report section is in FeatureReports). The composition root calls install() once.
struct PassportFeature
{
    static void install(AppServices& services, CaseWork& work);
};

} // namespace lac
