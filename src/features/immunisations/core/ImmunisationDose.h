// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// Where the team learnt of a dose. Children in care, and unaccompanied children above all,
/// often have no GP record: the source says how far the history can be trusted.
enum class DoseSource
{
    GpRecord,       ///< the GP's or child health information system's record
    RedBook,        ///< the personal child health record
    ParentsAccount, ///< what a parent or carer remembers
    OverseasRecord, ///< a record from another country's health service
};

/// One dose of a vaccine given to a child, as recorded by the health team. The vaccine is a
/// code from the schedule file ("6in1", "MMR"), so a new vaccine needs no new program.
struct ImmunisationDose
{
    qint64 id = 0;
    qint64 childId = 0;
    QString vaccine;
    QDate date;
    DoseSource source = DoseSource::GpRecord;
    QString notes;
    int version = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("vaccine"), vaccine},
                {QStringLiteral("date"), date.toString(Qt::ISODate)},
                {QStringLiteral("source"), int(source)},
                {QStringLiteral("notes"), notes}};
    }
};

} // namespace lac
