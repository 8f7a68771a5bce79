// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <functional>

namespace lac {

/// "Today" as the program sees it: the calendar date, or the fixed day tests and the demo run
/// on. Every screen asks this one clock (CaseContext::today() behind it), never
/// QDate::currentDate(), so a report, a due list and a date field's limit agree on the day.
using Today = std::function<QDate()>;

} // namespace lac
