// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

namespace lac {

/// One child as the detail view and the edit dialog see it. The in_care / current_* / next_*
/// fields are derived by the due-date service and read-only here; \a version is the optimistic
/// lock: a save names the version it read.
struct ChildRecord
{
    qint64 id = 0;
    QString caseId;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString sex = QStringLiteral("U");
    QString ethnicity;
    QString upn;
    bool uasc = false;
    bool clinicalNeed = false;
    QString notes;
    QString nhsNumber; ///< current number, ten digits, empty if not known
    // Derived, read-only:
    bool inCare = false;
    QString currentPlacementType;
    QString currentLocation;
    QString nextDueKind;
    QDate nextDueDate;
    int version = 0;

    QString displayName() const
    {
        const QString n = (givenName + QLatin1Char(' ') + familyName).trimmed();
        return n.isEmpty() ? caseId : n;
    }

    /// The editable fields, for audit entries.
    QJsonObject toJson() const
    {
        return {{QStringLiteral("case_id"), caseId},
                {QStringLiteral("given_name"), givenName},
                {QStringLiteral("family_name"), familyName},
                {QStringLiteral("date_of_birth"), dateOfBirth.toString(Qt::ISODate)},
                {QStringLiteral("sex"), sex},
                {QStringLiteral("ethnicity"), ethnicity},
                {QStringLiteral("upn"), upn},
                {QStringLiteral("uasc"), uasc},
                {QStringLiteral("clinical_need"), clinicalNeed},
                {QStringLiteral("notes"), notes},
                {QStringLiteral("nhs_number"), nhsNumber}};
    }
};

/// One NHS number a child has had: numbers are re-issued (e.g. on adoption), and the old one
/// is kept with the dates it was in use.
struct NhsNumberEntry
{
    QString number;
    QDate validFrom;
    QDate validTo; ///< invalid for the current number
    QString recordedBy;
};

} // namespace lac
