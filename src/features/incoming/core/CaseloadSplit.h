// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "incoming/core/IncomingRequest.h"

#include <QList>
#include <QString>

namespace lac {

class Database;
class RequestingAuthorities;
class SettingsStore;

/// One authority's line of the caseload split.
struct CaseloadLine
{
    QString authorityCode; ///< empty for our own authority
    QString authority;
    int ownChildren = 0; ///< our own children in care (our own line only)
    int placedHere = 0;  ///< children this authority has placed in our area
};

/// The LAC health team's caseload on a day, split as designated nurses report it: our own
/// children in care, and the children other authorities have placed in our area, by authority
/// ("1,696 own children and 1,217 placed here by other authorities"). One child is counted
/// once: a child placed here by another authority who is in our own care on the day (linked,
/// or with the same NHS number) is counted as ours, never as theirs as well.
struct CaseloadSplit
{
    QDate asOf;
    int ownChildren = 0;
    int placedHere = 0;
    int knownBothWays =
        0; ///< placed here by another authority and in our own care: counted as ours
    QList<CaseloadLine> lines; ///< our own line first, then each authority, most children first

    int total() const { return ownChildren + placedHere; }

    /// Whether \a c was placed in our area at the end of \a on.
    static bool placedHereOn(const HostChild& c, QDate on);
    /// The split on \a asOf of \a own (our children in care that day) and \a hosted; \a ownName
    /// names our own line.
    static CaseloadSplit count(const QList<HostChild>& hosted, const QList<OwnChildInCare>& own,
                               QDate asOf, const QString& ownName,
                               const RequestingAuthorities& authorities);
    /// The split on \a asOf from \a db, our own line named by the installation's authority
    /// name. No role check: the caller checks ReadHostRequests and ReadCaseData.
    static Result<CaseloadSplit> read(const Database& db, const SettingsStore& settings,
                                      const RequestingAuthorities& authorities, QDate asOf);
};

} // namespace lac
