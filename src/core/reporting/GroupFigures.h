// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

/// Timeliness over the whole report period for one placement reporting group (domain brief:
/// foster with relatives, foster with other carers, ...). An IHA counts under the placement
/// on the day care started, an RHA under the placement on its due date. An empty group code
/// means the placement was not recorded.
struct GroupFigures
{
    QString group;
    int ihaInTime = 0;
    int ihaLate = 0;
    int ihaPending = 0;
    int rhaInTime = 0;
    int rhaLate = 0;
    int rhaPending = 0;
};

} // namespace lac
