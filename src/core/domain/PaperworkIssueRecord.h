// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// Something wrong with an assessment request's paperwork, sent back to social care. Health
/// books nothing while one is open; putting the last one right moves the request on.
struct PaperworkIssueRecord
{
    qint64 id = 0;
    qint64 assessmentId = 0;
    qint64 childId = 0;
    QString problem; ///< CodeList::paperworkProblems()
    QString detail;
    QDate foundDate;
    QDate returnedDate; ///< sent back to social care
    QDate resolvedDate; ///< came back right
    QString notes;
    int version = 0;

    bool isOpen() const { return !resolvedDate.isValid(); }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("problem"), problem},
                {QStringLiteral("detail"), detail},
                {QStringLiteral("found_date"), foundDate.toString(Qt::ISODate)},
                {QStringLiteral("returned_date"), returnedDate.toString(Qt::ISODate)},
                {QStringLiteral("resolved_date"), resolvedDate.toString(Qt::ISODate)},
                {QStringLiteral("notes"), notes}};
    }
};

} // namespace lac
