// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

/// How many late assessments had one recorded reason. Boards ask whose delay it was, so the
/// owner of the reason (social_care, health, host_health, carer, child, other) comes with it.
/// An empty code means no reason was recorded.
struct LateReasonCount
{
    QString code;
    QString description;
    QString owner;
    int count = 0;
};

} // namespace lac
