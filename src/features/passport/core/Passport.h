// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace lac {

/// The parts of a care leaver's health passport that the nurse writes, in the order the
/// booklet prints them. Identity and the immunisation record are not sections: they are read
/// from the child's own record when the nurse signs the passport off, so they never disagree
/// with the tracker.
enum class PassportSection
{
    BirthHistory,  ///< place, gestation, weight, problems after birth
    FamilyHistory, ///< family health history: each item marked whether it may be shared
    Development,
    Conditions, ///< conditions and disabilities
    Operations, ///< operations and hospital stays
    MentalHealth,
    Allergies,
    Medicines,
    Contacts, ///< GP, dentist, optician, LAC nurse, personal adviser
};

QList<PassportSection> allPassportSections();

/// How the young person wants their copy (they choose when they accept it).
enum class PassportFormat
{
    NotChosen,
    Printed,
    Pdf,
    PrintedAndPdf,
};

/// The young person's answer to the offer of their passport.
enum class PassportAnswer
{
    None,
    Accepted,
    Declined,
};

/// One entry of a section: "Asthma, since age 7: uses a blue inhaler when needed". An item
/// the family's history gave the service in confidence is marked not to be shared and
/// appears in no copy the young person is given (the nurse keeps it on the record only).
struct PassportItem
{
    qint64 id = 0;
    qint64 passportId = 0;
    PassportSection section = PassportSection::Conditions;
    QString label; ///< short heading ("Dentist", "Asthma"); may be empty
    QString text;
    bool shared = true; ///< may be shared with the young person
    int position = 0;
    int version = 0;

    QJsonObject toJson() const
    {
        return {{QStringLiteral("section"), int(section)},
                {QStringLiteral("label"), label},
                {QStringLiteral("text"), text},
                {QStringLiteral("shared"), shared}};
    }
};

/// A passport's working record: who it is for, the name they use, their own words, and the
/// steps before sign-off (records gathered, drafted), with who took each and when. Steps after
/// sign-off belong to the version signed off (PassportVersion).
struct Passport
{
    qint64 id = 0;
    qint64 childId = 0;
    QString nameUsed;    ///< the name the young person uses, if not their recorded name
    QString ownWords;    ///< what the young person wants to say, printed as they wrote it
    QString recordsFrom; ///< whose records were asked for: GP, child health record, hospital
    QDate recordsRequested;
    QString recordsRequestedBy;
    QDate recordsReceived;
    QString recordsReceivedBy;
    QDate drafted;
    QString draftedBy;
    QDate reissueRequested; ///< the young person asked for a new copy
    QString reissueRequestedBy;
    QString reissueReason;
    bool consentGp = false;      ///< their GP may see the passport
    bool consentAdviser = false; ///< their personal adviser may see it
    QDate consentRecorded;
    int version = 0;

    QJsonObject toJson() const;
};

/// A signed-off version: its number, the copy as the nurse signed it (frozen, never changed),
/// and what happened to it afterwards (offered, accepted or declined with the format chosen,
/// delivered). Every version is kept, so a reissue can say what changed.
struct PassportVersion
{
    qint64 id = 0;
    qint64 passportId = 0;
    int number = 0;
    QDate signedOff;
    QString signedOffBy;
    QString content; ///< the young person's copy as JSON (PassportCopy::toJson)
    QDate offered;
    QString offeredBy;
    PassportAnswer answer = PassportAnswer::None;
    QDate answered;
    QString answeredBy;
    PassportFormat format = PassportFormat::NotChosen;
    QDate delivered;
    QString deliveredBy;
    int version = 0;
};

/// Everything the tracker holds about one young person's passport.
struct PassportFile
{
    Passport passport;
    QList<PassportItem> items;
    QList<PassportVersion> versions; ///< oldest first
    const PassportVersion* latest() const
    {
        return versions.isEmpty() ? nullptr : &versions.last();
    }
};

} // namespace lac
