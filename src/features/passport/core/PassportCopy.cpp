// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/core/PassportCopy.h"

#include <QJsonArray>

#include <algorithm>

namespace lac {
namespace {

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

QJsonArray entriesJson(const QList<PassportCopyEntry>& entries)
{
    QJsonArray out;
    for (const PassportCopyEntry& e : entries)
        out.append(QJsonObject{{key("label"), e.label}, {key("text"), e.text}});
    return out;
}

QList<PassportCopyEntry> entriesFrom(const QJsonArray& array)
{
    QList<PassportCopyEntry> out;
    for (const QJsonValue& v : array)
        out << PassportCopyEntry{v[key("label")].toString(), v[key("text")].toString()};
    return out;
}

/// The entries of \a copy as "section title: label" → text, for comparing versions.
QList<std::pair<QString, PassportCopyEntry>> flatten(const PassportCopy& copy)
{
    QList<std::pair<QString, PassportCopyEntry>> out;
    for (const PassportCopySection& s : copy.sections) {
        for (const PassportCopyEntry& e : s.entries)
            out.append({PassportCopy::sectionTitle(s.section), e});
    }
    return out;
}

QString named(const std::pair<QString, PassportCopyEntry>& e)
{
    return e.second.label.isEmpty() ? e.first : e.first + QStringLiteral(" – ") + e.second.label;
}

} // namespace

QList<PassportSection> allPassportSections()
{
    return {PassportSection::BirthHistory, PassportSection::FamilyHistory,
            PassportSection::Development,  PassportSection::Conditions,
            PassportSection::Operations,   PassportSection::MentalHealth,
            PassportSection::Allergies,    PassportSection::Medicines,
            PassportSection::Contacts};
}

QJsonObject Passport::toJson() const
{
    return {{key("name_used"), nameUsed},
            {key("own_words"), ownWords},
            {key("records_from"), recordsFrom},
            {key("records_requested"), iso(recordsRequested)},
            {key("records_received"), iso(recordsReceived)},
            {key("drafted"), iso(drafted)},
            {key("reissue_requested"), iso(reissueRequested)},
            {key("reissue_reason"), reissueReason},
            {key("consent_gp"), consentGp},
            {key("consent_adviser"), consentAdviser},
            {key("consent_recorded"), iso(consentRecorded)}};
}

PassportCopy PassportCopy::make(const PassportIdentity& who, const Passport& passport,
                                const QList<PassportItem>& items, const QList<PassportDose>& doses,
                                const QString& howTo)
{
    PassportCopy copy;
    copy.identity = who;
    if (!passport.nameUsed.trimmed().isEmpty())
        copy.identity.name = passport.nameUsed.trimmed();
    copy.ownWords = passport.ownWords.trimmed();
    for (PassportSection section : allPassportSections()) {
        QList<PassportItem> in;
        for (const PassportItem& item : items) {
            if (item.section == section && item.shared && !item.text.trimmed().isEmpty())
                in << item;
        }
        std::stable_sort(in.begin(), in.end(), [](const PassportItem& a, const PassportItem& b) {
            return a.position < b.position;
        });
        PassportCopySection s{section, {}};
        for (const PassportItem& item : in)
            s.entries << PassportCopyEntry{item.label.trimmed(), item.text.trimmed()};
        if (!s.entries.isEmpty())
            copy.sections << s;
    }
    copy.immunisations = doses;
    std::stable_sort(
        copy.immunisations.begin(), copy.immunisations.end(),
        [](const PassportDose& a, const PassportDose& b) { return a.given < b.given; });
    copy.howTo = howTo.trimmed();
    return copy;
}

QStringList PassportCopy::changesSince(const PassportCopy& before, const PassportCopy& after)
{
    QStringList changes;
    if (before.identity.name != after.identity.name)
        changes << tr("Your name is now given as %1.").arg(after.identity.name);
    if (before.identity.nhsNumber != after.identity.nhsNumber)
        changes << tr("Your NHS number was updated.");
    const auto was = flatten(before);
    const auto now = flatten(after);
    const auto find = [](const auto& list, const std::pair<QString, PassportCopyEntry>& e) {
        return std::find_if(list.begin(), list.end(), [&e](const auto& x) {
            return x.first == e.first && x.second.label == e.second.label;
        });
    };
    for (const auto& e : now) {
        auto old = find(was, e);
        if (old == was.end())
            changes << tr("Added: %1.").arg(named(e));
        else if (old->second.text != e.second.text)
            changes << tr("Updated: %1.").arg(named(e));
    }
    for (const auto& e : was) {
        if (find(now, e) == now.end())
            changes << tr("Taken out: %1.").arg(named(e));
    }
    if (after.immunisations.size() > before.immunisations.size())
        changes << tr("Vaccinations added to your record: %1.")
                       .arg(after.immunisations.size() - before.immunisations.size());
    if (before.ownWords != after.ownWords)
        changes << tr("Your own words were updated.");
    return changes;
}

QJsonObject PassportCopy::toJson() const
{
    QJsonArray sectionArray;
    for (const PassportCopySection& s : sections)
        sectionArray.append(QJsonObject{{key("section"), int(s.section)},
                                        {key("entries"), entriesJson(s.entries)}});
    QJsonArray doses;
    for (const PassportDose& d : immunisations)
        doses.append(QJsonObject{{key("vaccine"), d.vaccine}, {key("given"), iso(d.given)}});
    return {{key("case_id"), identity.caseId},
            {key("name"), identity.name},
            {key("nhs_number"), identity.nhsNumber},
            {key("date_of_birth"), iso(identity.dateOfBirth)},
            {key("own_words"), ownWords},
            {key("sections"), sectionArray},
            {key("immunisations"), doses},
            {key("how_to"), howTo},
            {key("number"), number},
            {key("signed_off"), iso(signedOff)},
            {key("signed_off_by"), signedOffBy},
            {key("changes"), QJsonArray::fromStringList(changes)}};
}

PassportCopy PassportCopy::fromJson(const QJsonObject& json)
{
    PassportCopy c;
    c.identity.caseId = json[key("case_id")].toString();
    c.identity.name = json[key("name")].toString();
    c.identity.nhsNumber = json[key("nhs_number")].toString();
    c.identity.dateOfBirth = QDate::fromString(json[key("date_of_birth")].toString(), Qt::ISODate);
    c.ownWords = json[key("own_words")].toString();
    for (const QJsonValue& s : json[key("sections")].toArray()) {
        const int section = s[key("section")].toInt();
        if (section < 0 || section > int(PassportSection::Contacts))
            continue;
        c.sections << PassportCopySection{PassportSection(section),
                                          entriesFrom(s[key("entries")].toArray())};
    }
    for (const QJsonValue& d : json[key("immunisations")].toArray())
        c.immunisations << PassportDose{d[key("vaccine")].toString(),
                                        QDate::fromString(d[key("given")].toString(), Qt::ISODate)};
    c.howTo = json[key("how_to")].toString();
    c.number = json[key("number")].toInt();
    c.signedOff = QDate::fromString(json[key("signed_off")].toString(), Qt::ISODate);
    c.signedOffBy = json[key("signed_off_by")].toString();
    for (const QJsonValue& line : json[key("changes")].toArray())
        c.changes << line.toString();
    return c;
}

QString PassportCopy::sectionTitle(PassportSection section)
{
    switch (section) {
    case PassportSection::BirthHistory:
        return tr("When you were born");
    case PassportSection::FamilyHistory:
        return tr("Your family's health");
    case PassportSection::Development:
        return tr("Growing up");
    case PassportSection::Conditions:
        return tr("Health conditions and disabilities");
    case PassportSection::Operations:
        return tr("Operations and hospital stays");
    case PassportSection::MentalHealth:
        return tr("Support with your mental health");
    case PassportSection::Allergies:
        return tr("Allergies");
    case PassportSection::Medicines:
        return tr("Medicines");
    case PassportSection::Contacts:
        break;
    }
    return tr("People who look after your health");
}

QString PassportCopy::defaultHowTo()
{
    return tr("Registering with a GP\n"
              "You can register with any GP surgery near where you live. You do not need proof "
              "of address or ID. Ask at the desk or search \"register with a GP\" on nhs.uk.\n\n"
              "Getting a prescription\n"
              "Your GP gives you a prescription and you take it to any pharmacy. Until you are "
              "19 and in full-time education prescriptions are free; after that, ask about help "
              "with costs.\n\n"
              "The NHS App\n"
              "Download the NHS App to book GP appointments, order repeat medicines and see your "
              "health record. You will need your NHS number (it is on the first page).\n\n"
              "When you need help fast\n"
              "Call 111 or go to 111.nhs.uk when you need medical help but it is not an "
              "emergency. In an emergency, call 999.");
}

} // namespace lac
