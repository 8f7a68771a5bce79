// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// A period of care, from the day the child became looked after to the day they left.
struct CarePeriodRecord
{
    qint64 id = 0;
    qint64 childId = 0;
    QDate start;
    QDate end; ///< invalid while in care
    bool startedInWindow = true;
    QString endReason;
    int version = 0;

    bool isOpen() const { return !end.isValid(); }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("start_date"), start.toString(Qt::ISODate)},
                {QStringLiteral("end_date"), end.toString(Qt::ISODate)},
                {QStringLiteral("end_reason"), endReason}};
    }
};

} // namespace lac
