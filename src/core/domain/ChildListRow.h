// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlacementLocation.h"

#include <QDate>
#include <QString>

namespace lac {

/// One line of the children table: who the child is, where they are placed and what is due next.
struct ChildListRow
{
    qint64 id = 0;
    QString caseId;
    QString givenName;
    QString familyName;
    QDate dateOfBirth;
    QString sex; ///< M, F or U
    bool inCare = false;
    bool uasc = false;
    bool clinicalNeed = false;
    QString placementType;  ///< SSDA903 PLACE code
    QString placementGroup; ///< reporting group of that code
    PlacementLocation location = PlacementLocation::Unknown;
    QString nextDueKind; ///< IHA, RHA or empty
    QDate nextDueDate;
};

} // namespace lac
