// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace lac {

/// A date as people in English councils and trusts write it, DD/MM/YYYY (empty for no date).
/// Messages, import reports and screens show a date one way, so it is spelled out once here.
inline QString displayDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

/// A date and time the same way, "DD/MM/YYYY HH:MM" (24-hour), as bookings are shown.
inline QString displayDateTime(const QDateTime& at)
{
    return at.isValid() ? at.toString(QStringLiteral("dd/MM/yyyy HH:mm")) : QString();
}

} // namespace lac
