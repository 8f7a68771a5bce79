// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/core/CaseloadSplit.h"

#include "data/SettingsStore.h"
#include "incoming/core/RequestingAuthorities.h"
#include "incoming/data/IncomingStore.h"

#include <QCoreApplication>

#include <QHash>
#include <QSet>

#include <algorithm>

namespace lac {

bool CaseloadSplit::placedHereOn(const HostChild& c, QDate on)
{
    return c.placedFrom.isValid() && c.placedFrom <= on &&
           (!c.placedTo.isValid() || c.placedTo > on);
}

CaseloadSplit CaseloadSplit::count(const QList<HostChild>& hosted, const QList<OwnChildInCare>& own,
                                   QDate asOf, const QString& ownName,
                                   const RequestingAuthorities& authorities)
{
    CaseloadSplit split;
    split.asOf = asOf;
    split.ownChildren = int(own.size());
    QSet<qint64> ownIds;
    QSet<QString> ownNumbers;
    for (const OwnChildInCare& c : own) {
        ownIds << c.id;
        if (!c.nhsNumber.isEmpty())
            ownNumbers << c.nhsNumber;
    }
    QHash<QString, int> byAuthority;
    for (const HostChild& c : hosted) {
        if (!placedHereOn(c, asOf))
            continue;
        if ((c.ownChildId > 0 && ownIds.contains(c.ownChildId)) ||
            (!c.nhsNumber.isEmpty() && ownNumbers.contains(c.nhsNumber))) {
            ++split.knownBothWays;
            continue;
        }
        ++split.placedHere;
        ++byAuthority[c.authorityCode];
    }
    split.lines << CaseloadLine{{}, ownName, split.ownChildren, 0};
    QList<CaseloadLine> others;
    for (auto it = byAuthority.cbegin(); it != byAuthority.cend(); ++it)
        others << CaseloadLine{it.key(), authorities.name(it.key()), 0, it.value()};
    std::sort(others.begin(), others.end(), [](const CaseloadLine& a, const CaseloadLine& b) {
        return a.placedHere != b.placedHere ? a.placedHere > b.placedHere
                                            : a.authority < b.authority;
    });
    split.lines << others;
    return split;
}

Result<CaseloadSplit> CaseloadSplit::read(const Database& db, const SettingsStore& settings,
                                          const RequestingAuthorities& authorities, QDate asOf)
{
    const IncomingStore store(db);
    auto hosted = store.children();
    if (!hosted)
        return hosted.failure();
    auto own = store.ownChildrenInCare(asOf);
    if (!own)
        return own.failure();
    QString ownName = settings.authorityName();
    if (ownName.isEmpty())
        ownName = QCoreApplication::translate("lac::CaseloadSplit", "Our own children");
    return count(hosted.value(), own.value(), asOf, ownName, authorities);
}

} // namespace lac
