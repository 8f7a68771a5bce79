// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace lac {

/// A date as people in English councils and trusts write it, DD/MM/YYYY (empty for no date).
/// Messages, import reports and screens show a date one way, so it is spelled out once here.
inline QString displayDate(QDate date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

} // namespace lac
