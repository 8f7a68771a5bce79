// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "passport/core/PassportCopy.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lac {

class Database;

/// A young person aged 16 or 17 in care, with what the worklist needs of their passport.
struct PassportStandingRow
{
    qint64 childId = 0;
    QString caseId;
    QString childName;
    QDate dateOfBirth;
    QDate firstRhaAfter16; ///< done or due on or after the 16th birthday; invalid if none
    PassportFile file;     ///< the passport row and its latest version only (no items)
    bool started = false;
};

/// The passport tables (passports, passport_items, passport_versions), and what the passport
/// pre-fills from the rest of the tracker (the child, immunisations, dental checks, RHAs).
/// The section, answer and format codes exist as text only here.
class PassportStore
{
    Q_DECLARE_TR_FUNCTIONS(lac::PassportStore)

public:
    explicit PassportStore(const Database& db);

    /// The child's passport with its open items and every version; nullopt if none yet.
    Result<std::optional<PassportFile>> file(qint64 childId) const;
    Result<qint64> insertPassport(qint64 childId) const;
    /// Saves \a p if nobody changed it since it was read (its version); stale otherwise.
    Status updatePassport(const Passport& p) const;
    Result<qint64> insertItem(const PassportItem& item) const;
    Status updateItem(const PassportItem& item) const;
    Status closeItem(const PassportItem& item, const QString& reason) const;
    Result<PassportItem> item(qint64 id) const;
    Result<qint64> insertVersion(const PassportVersion& v) const;
    /// The steps after sign-off (offered, answer, format, delivered); never the copy.
    Status updateVersionSteps(const PassportVersion& v) const;

    /// The child with case ID \a caseId, or 0 when there is none.
    Result<qint64> childId(const QString& caseId) const;
    /// The child as the passport names them (recorded name, NHS number, date of birth).
    Result<PassportIdentity> identity(qint64 childId) const;
    /// Every immunisation recorded: the vaccine's code and the date given, oldest first.
    Result<QList<std::pair<QString, QDate>>> doses(qint64 childId) const;
    /// The dentist or practice of the child's last dental check seen, empty if none.
    Result<std::pair<QString, QDate>> lastDentist(qint64 childId) const;
    /// The first RHA done or due on or after \a from (the 16th birthday).
    Result<QDate> firstRhaFrom(qint64 childId, QDate from) const;
    /// Children in care now born in [\a bornFrom, \a bornTo], with their passport's state.
    Result<QList<PassportStandingRow>> youngPeople(QDate bornFrom, QDate bornTo) const;
    /// For the board paper: children in care on \a asOf born on or before \a bornBy, and how
    /// many of them had a passport delivered on or before \a asOf.
    Result<std::pair<int, int>> deliveredCount(QDate asOf, QDate bornBy) const;

    static QString sectionCode(PassportSection section);
    static PassportSection sectionFromCode(const QString& code);

private:
    const Database& m_db;
};

} // namespace lac
