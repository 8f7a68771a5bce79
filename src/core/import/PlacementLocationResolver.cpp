// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/PlacementLocationResolver.h"

namespace lac {
namespace {

QString areaOf(const QString& district)
{
    qsizetype n = 0;
    while (n < district.size() && district.at(n).isLetter())
        ++n;
    return district.left(n);
}

} // namespace

PlacementLocationResolver::PlacementLocationResolver(const QStringList& ownDistricts)
{
    for (const QString& d : ownDistricts) {
        const QString t = d.trimmed().toUpper();
        if (t.isEmpty())
            continue;
        if (areaOf(t) == t)
            m_areas.insert(t);
        else
            m_districts.insert(t);
    }
}

QString PlacementLocationResolver::district(const QString& postcode)
{
    QString p = postcode.trimmed().toUpper();
    if (p.isEmpty())
        return {};
    const qsizetype space = p.indexOf(QLatin1Char(' '));
    QString outward;
    if (space > 0)
        outward = p.left(space);
    else if (p.size() >= 5 && p.size() <= 7)
        outward = p.left(p.size() - 3); // the inward code is always 3 characters
    else
        outward = p; // a district written alone
    if (outward.size() < 2 || outward.size() > 4 || !outward.at(0).isLetter())
        return {};
    return outward;
}

std::optional<PlacementLocation>
PlacementLocationResolver::resolve(const QString& plLocation,
                                   const QString& placementPostcode) const
{
    const QString code = plLocation.trimmed().toUpper();
    if (!code.isEmpty()) { // IN or OUT; UNKNOWN is what an empty PL_LOCATION resolves to
        const PlacementLocation given = locationFromCode(code);
        if (given == PlacementLocation::Unknown)
            return std::nullopt;
        return given;
    }
    if (m_districts.isEmpty() && m_areas.isEmpty())
        return PlacementLocation::Unknown;
    const QString d = district(placementPostcode);
    if (d.isEmpty())
        return PlacementLocation::Unknown;
    if (m_districts.contains(d) || m_areas.contains(areaOf(d)))
        return PlacementLocation::InArea;
    return PlacementLocation::OutOfArea;
}

} // namespace lac
