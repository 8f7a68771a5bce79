// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "immunisations/core/ImmunisationDose.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace lac {

class Database;

/// A child in care as the immunisation status needs them: who, and their date of birth.
struct ImmunisationChild
{
    qint64 childId = 0;
    QString caseId;
    QString childName;
    QDate dateOfBirth;
    QDate careStarted; ///< the open period of care's start (children in care only)
};

/// The immunisations table, and the children in care with every dose (for the worklist).
/// The text codes of DoseSource exist only here.
class ImmunisationStore
{
    Q_DECLARE_TR_FUNCTIONS(lac::ImmunisationStore)

public:
    explicit ImmunisationStore(const Database& db);

    Result<QList<ImmunisationDose>> forChild(qint64 childId) const;
    Result<ImmunisationDose> find(qint64 id) const;
    Result<qint64> insert(const ImmunisationDose& dose) const;
    /// Saves \a dose if nobody changed it since it was read (its version); stale otherwise.
    Status update(const ImmunisationDose& dose) const;
    /// The date of birth of any child (in care or not); fails when there is no such child.
    Result<QDate> dateOfBirth(qint64 childId) const;
    /// Children in care now (or only \a onlyChild), in id order.
    Result<QList<ImmunisationChild>> childrenInCare(qint64 onlyChild = 0) const;
    /// Every dose of every child in care, by child, in two queries rather than one per child.
    Result<QHash<qint64, QList<ImmunisationDose>>> dosesOfChildrenInCare() const;

    /// Every open child by case ID (in care or not), for an import to find its children.
    Result<QHash<QString, ImmunisationChild>> childrenByCaseId() const;
    /// Every dose recorded, by child, for an import to skip what is already there.
    Result<QHash<qint64, QList<ImmunisationDose>>> allDoses() const;

    static QString sourceCode(DoseSource source);
    /// nullopt for a code this program does not write.
    static std::optional<DoseSource> sourceFromCode(const QString& code);

private:
    Result<QHash<qint64, QList<ImmunisationDose>>> dosesWhere(const QString& condition) const;

    const Database& m_db;
};

} // namespace lac
