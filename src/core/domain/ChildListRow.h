// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlacementLocation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

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

/// Where a page of the children list ends: the last row's sort values exactly as the database
/// holds them (NULL kept apart from empty) and its id. The next page starts after it, so a page
/// costs the same at the end of 100,000 children as at the start, and the list needs no id of
/// the rows not yet shown. Opaque outside the repository that made it.
struct ChildListCursor
{
    QVariantList sortValues;
    qint64 id = 0;
    bool atStart() const { return id == 0; }
};

/// One page of the children list and where it ended.
struct ChildListPage
{
    QList<ChildListRow> rows;
    ChildListCursor end; ///< start of the next page; unchanged when no row came back
};

} // namespace lac
