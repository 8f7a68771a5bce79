// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passport/core/Passport.h"

#include <QCoreApplication>
#include <QStringList>

namespace lac {

/// Who the passport is about, as the tracker holds it when the nurse signs it off.
struct PassportIdentity
{
    QString caseId;
    QString name; ///< the name they use when given, else the recorded name
    QString nhsNumber;
    QDate dateOfBirth;
};

/// One vaccine given, for the immunisation record (named for people, not by code).
struct PassportDose
{
    QString vaccine;
    QDate given;
};

/// One line of the copy: a short label and what it says.
struct PassportCopyEntry
{
    QString label;
    QString text;
    bool operator==(const PassportCopyEntry&) const = default;
};

struct PassportCopySection
{
    PassportSection section = PassportSection::Conditions;
    QList<PassportCopyEntry> entries;
};

/// The young person's copy: exactly what the booklet prints, made once when the nurse signs
/// a version off and kept as it was. It is built here, in one place, so that an item not to
/// be shared is left out before anything (a PDF, a printout, a later version's comparison)
/// can see it.
struct PassportCopy
{
    Q_DECLARE_TR_FUNCTIONS(lac::PassportCopy)

public:
    PassportIdentity identity;
    QString ownWords;
    QList<PassportCopySection> sections; ///< shared items only, in the booklet's order
    QList<PassportDose> immunisations;   ///< oldest first
    QString howTo;                       ///< the service's plain-English "how to" text
    int number = 0;                      ///< the version (1 = first copy)
    QDate signedOff;
    QString signedOffBy;
    QStringList changes; ///< what changed since the version before, in plain words

    /// The copy of \a passport for \a who: shared items only, sections in booklet order.
    static PassportCopy make(const PassportIdentity& who, const Passport& passport,
                             const QList<PassportItem>& items, const QList<PassportDose>& doses,
                             const QString& howTo);
    /// What a reader of \a before would find different in \a after, one sentence each.
    static QStringList changesSince(const PassportCopy& before, const PassportCopy& after);

    QJsonObject toJson() const;
    static PassportCopy fromJson(const QJsonObject& json);

    /// The booklet's heading for a section, in the words a 17-year-old would use.
    static QString sectionTitle(PassportSection section);
    /// The service's default "how to" text, until an administrator writes their own.
    static QString defaultHowTo();
};

} // namespace lac
