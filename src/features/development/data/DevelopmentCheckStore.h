// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "development/core/DevelopmentCheck.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

class Database;

/// A child with the date of birth their reviews are due by.
struct DevelopmentChild
{
    qint64 childId = 0;
    QDate dateOfBirth;
};

/// A child in care with their development reviews, for the worklist's pile.
struct DevelopmentChildInCare
{
    qint64 childId = 0;
    QString caseId;
    QString childName;
    QDate dateOfBirth;
    QList<DevelopmentCheckRecord> checks; ///< oldest first
};

/// The development_checks table. The text codes of DevelopmentReview and DevelopmentOutcome
/// exist only here.
class DevelopmentCheckStore
{
    Q_DECLARE_TR_FUNCTIONS(lac::DevelopmentCheckStore)

public:
    explicit DevelopmentCheckStore(const Database& db);

    Result<QList<DevelopmentCheckRecord>> forChild(qint64 childId) const;
    Result<DevelopmentCheckRecord> find(qint64 id) const;
    Result<qint64> insert(const DevelopmentCheckRecord& check) const;
    /// Saves \a check if nobody changed it since it was read (its version); stale otherwise.
    Status update(const DevelopmentCheckRecord& check) const;
    /// The child's date of birth (invalid when there is no such child).
    Result<QDate> dateOfBirth(qint64 childId) const;
    /// Every child on record born on or after \a bornFrom (the demo county's young children,
    /// in care now or earlier in the years a return may still be asked for).
    Result<QList<DevelopmentChild>> childrenBornFrom(QDate bornFrom) const;
    /// Every child in care now born after \a bornAfter, with their reviews: two reads, not
    /// one per child, since the pile is counted for the whole caseload.
    Result<QList<DevelopmentChildInCare>> inCareBornAfter(QDate bornAfter) const;

    static QString reviewCode(DevelopmentReview review);
    static DevelopmentReview reviewFromCode(const QString& code);
    static QString outcomeCode(DevelopmentOutcome outcome);
    static DevelopmentOutcome outcomeFromCode(const QString& code);

private:
    const Database& m_db;
};

} // namespace lac
