// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lac {

/// Whose delay made an assessment late (late_reasons.owner). Boards ask for the split
/// "consent/paperwork (social care) versus procedural/capacity (health)", so reports group
/// late reasons by these owners, in this order; "" stands for "no reason recorded".
class DelayOwner
{
    Q_DECLARE_TR_FUNCTIONS(lac::DelayOwner)

public:
    /// social_care, health, host_health, carer, child, other, "" (not recorded).
    static QList<QString> codes();
    /// "Social care", "Health", "Host area health", ...
    static QString displayName(const QString& code);
};

} // namespace lac
