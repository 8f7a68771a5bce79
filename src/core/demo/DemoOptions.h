// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

namespace lac {

/// What demo database to build: how many children, from which seed, as seen on which day.
/// The same options always give the same data.
struct DemoOptions
{
    int children = 1650; ///< children in care at some time in the last three years
    quint32 seed = 1;
    QDate today = QDate::currentDate();
};

} // namespace lac
