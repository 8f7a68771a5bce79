// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "uasc/core/UascHealth.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

namespace lac {

class Database;

/// The uasc_profiles and uasc_screenings tables, and the UASC children in care with the
/// screens on their record (for the worklist). The text codes of the UASC enums exist only
/// here.
class UascStore
{
    Q_DECLARE_TR_FUNCTIONS(lac::UascStore)

public:
    explicit UascStore(const Database& db);

    /// The child's open summary, or nothing when none has been saved yet.
    Result<std::optional<UascProfile>> profile(qint64 childId) const;
    Result<qint64> insertProfile(const UascProfile& p) const;
    /// Saves \a p if nobody changed it since it was read (its version); stale otherwise.
    Status updateProfile(const UascProfile& p) const;

    Result<QList<UascScreening>> screenings(qint64 childId) const;
    /// Every open screening (for an import to skip what it already holds).
    Result<QList<UascScreening>> allScreenings() const;
    Result<UascScreening> findScreening(qint64 id) const;
    Result<qint64> insertScreening(const UascScreening& s) const;
    /// Saves \a s if nobody changed it since it was read (its version); stale otherwise.
    Status updateScreening(const UascScreening& s) const;

    /// UASC children in care now (or only \a onlyChild), with their arrival, the start of
    /// their current care period and the screens on record.
    Result<QList<UascStatus>> uascInCare(qint64 onlyChild = 0) const;
    /// Every open child by case ID (id and name), for an import to find its rows' child.
    Result<QHash<QString, UascStatus>> childrenByCaseId() const;

    /// The first period of care of every UASC child (for the demo county).
    Result<QList<UascCarePeriod>> uascCarePeriods() const;

    static QString historyCode(UascImmunisationHistory h);
    static std::optional<UascImmunisationHistory> historyFromCode(const QString& code);
    static QString screenCode(UascScreen s);
    static std::optional<UascScreen> screenFromCode(const QString& code);
    static QString outcomeCode(UascScreenOutcome o);
    static std::optional<UascScreenOutcome> outcomeFromCode(const QString& code);

private:
    const Database& m_db;
};

} // namespace lac
