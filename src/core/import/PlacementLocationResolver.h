// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/PlacementLocation.h"

#include <QSet>
#include <QStringList>

#include <optional>

namespace lac {

/// Decides whether a placement is in or out of the authority's area from what an SSDA903
/// file says, in this order: the PL_LOCATION column (IN/OUT) when the file has one; else the
/// placement postcode's district (the part before the space, e.g. "WV27") against the
/// authority's own districts (setting authority.postcode_districts; an entry of letters only,
/// such as "WV", covers the whole postcode area); else Unknown. Never guessed: with no
/// districts configured or no postcode the answer is Unknown.
class PlacementLocationResolver
{
public:
    explicit PlacementLocationResolver(const QStringList& ownDistricts);

    /// \a plLocation is the PL_LOCATION value ("" when the column is absent or blank).
    /// std::nullopt when PL_LOCATION holds something other than IN or OUT.
    std::optional<PlacementLocation> resolve(const QString& plLocation,
                                             const QString& placementPostcode) const;
    /// "WV27" from "wv27 9fw" or "WV279FW"; empty when it does not look like a postcode.
    static QString district(const QString& postcode);

private:
    QSet<QString> m_districts;
    QSet<QString> m_areas;
};

} // namespace lac
