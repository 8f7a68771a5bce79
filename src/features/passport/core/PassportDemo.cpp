// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/core/PassportDemo.h"

#include "data/SqlTransaction.h"
#include "demo/DemoDice.h"
#include "immunisations/core/ImmunisationSchedule.h"
#include "passport/core/PassportRules.h"
#include "passport/data/PassportStore.h"

#include <QJsonDocument>

#include <algorithm>

namespace lac {
namespace {

const QString nurse = QStringLiteral("demo.nurse");
const QString admin = QStringLiteral("demo.admin");

struct DemoItem
{
    PassportSection section;
    const char* label;
    const char* text;
    bool shared;
};

QList<DemoItem> itemsFor(DemoDice& dice)
{
    QList<DemoItem> items{
        {PassportSection::BirthHistory, "Where and when",
         "You were born at Northshire General Hospital at 39 weeks, weighing 3.2 kg.", true},
        {PassportSection::FamilyHistory, "Your birth mother",
         "Your birth mother has type 2 diabetes. It can run in families, so ask your GP for a "
         "check-up when you are older.",
         true},
        {PassportSection::FamilyHistory, "Birth father's family",
         "Information about the birth father's family given in confidence by a relative.", false},
        {PassportSection::Development, "",
         "You walked and talked at the usual ages. You had extra help with reading at primary "
         "school.",
         true},
        {PassportSection::Contacts, "GP", "Riverside Medical Centre, 01632 960 123", true},
        {PassportSection::Contacts, "LAC nurse", "Jo Hart, Northshire LAC Health, 01632 960 456",
         true},
        {PassportSection::Contacts, "Personal adviser",
         "Sam Reed, Northshire Leaving Care Team, 01632 960 789", true},
    };
    if (dice.chance(0.3))
        items << DemoItem{PassportSection::Conditions, "Asthma",
                          "Mild asthma since you were 7. You use a brown preventer inhaler "
                          "morning and night and a blue one when you need it.",
                          true}
              << DemoItem{PassportSection::Medicines, "Inhalers",
                          "Clenil (brown) twice a day; salbutamol (blue) when needed.", true};
    if (dice.chance(0.2))
        items << DemoItem{PassportSection::Operations, "Appendix",
                          "You had your appendix out at Northshire General when you were 12.",
                          true};
    if (dice.chance(0.35))
        items << DemoItem{PassportSection::MentalHealth, "CAMHS",
                          "You saw the CAMHS team for anxiety when you were 14. You can ask your "
                          "GP to refer you again at any time.",
                          true};
    items << (dice.chance(0.15)
                  ? DemoItem{PassportSection::Allergies, "Penicillin",
                             "You came out in a rash after penicillin when you were 6. Always "
                             "tell a doctor or pharmacist.",
                             true}
                  : DemoItem{PassportSection::Allergies, "", "No known allergies.", true});
    return items;
}

} // namespace

Result<qint64> PassportDemo::fill(const Database& db, const DemoOptions& options)
{
    const QDate today = options.today;
    const PassportStore store(db);
    auto people = store.youngPeople(today.addYears(-18).addDays(1), today.addYears(-16));
    if (!people)
        return people.failure();
    const auto book = ImmunisationScheduleBook::bundled();
    DemoDice dice(options.seed ^ 0x9a55f0u);
    SqlTransaction tx(db);
    if (!tx.begun())
        return tx.begun().failure();
    qint64 written = 0;
    for (const PassportStandingRow& row : people.value()) {
        // How far on: by age (0 at 16, 1 at 18), with some teams behind and some ahead.
        const QDate sixteen = row.dateOfBirth.addYears(16);
        const double age = double(sixteen.daysTo(today)) / 730.0;
        const int stage = std::clamp(int(age * 10.0 + dice.real(-3.0, 2.0)), 0, 9);
        if (stage == 0)
            continue;
        auto id = store.insertPassport(row.childId);
        if (!id)
            return id.failure();
        ++written;
        auto file = store.file(row.childId);
        if (!file || !file.value())
            return file ? Failure{QStringLiteral("demo passport vanished"), row.caseId}
                        : file.failure();
        Passport p = file.value()->passport;
        // Steps a few weeks apart, the last no later than today.
        QDate at = std::max(sixteen.addDays(20), today.addDays(-40 * stage));
        const auto next = [&] {
            const QDate d = std::min(at, today);
            at = at.addDays(dice.between(10, 35));
            return d;
        };
        p.recordsFrom = QStringLiteral("GP, child health record, birth hospital");
        p.recordsRequested = next();
        p.recordsRequestedBy = admin;
        if (stage >= 2) {
            p.recordsReceived = next();
            p.recordsReceivedBy = admin;
        }
        if (stage >= 3) {
            for (const DemoItem& i : itemsFor(dice)) {
                PassportItem item;
                item.passportId = p.id;
                item.section = i.section;
                item.label = QString::fromUtf8(i.label);
                item.text = QString::fromUtf8(i.text);
                item.shared = i.shared;
                if (auto s = store.insertItem(item); !s)
                    return s.failure();
            }
            if (dice.chance(0.4))
                p.ownWords = QString::fromUtf8(
                    dice.chance(0.5)
                        ? "I get nervous at appointments, so I like to bring someone with me."
                        : "I want to keep playing football, so I need my asthma checked "
                          "every year.");
            p.drafted = next();
            p.draftedBy = nurse;
            if (dice.chance(0.5)) {
                p.consentGp = true;
                p.consentAdviser = dice.chance(0.7);
                p.consentRecorded = p.drafted;
            }
        }
        if (auto s = store.updatePassport(p); !s)
            return s.failure();
        if (stage < 4)
            continue;
        auto who = store.identity(row.childId);
        auto doses = store.doses(row.childId);
        auto items = store.file(row.childId);
        if (!who || !doses || !items)
            return Failure{QStringLiteral("could not read the demo passport"), row.caseId};
        const QDate signedOff = next();
        QList<PassportDose> named;
        for (const auto& [code, given] : doses.value()) {
            if (given <= signedOff)
                named << PassportDose{book ? book.value().vaccineName(code) : code, given};
        }
        PassportCopy copy = PassportCopy::make(who.value(), p, items.value()->items, named,
                                               PassportCopy::defaultHowTo());
        PassportVersion v;
        v.passportId = p.id;
        v.number = copy.number = 1;
        v.signedOff = copy.signedOff = signedOff;
        v.signedOffBy = copy.signedOffBy = nurse;
        v.content = QString::fromUtf8(QJsonDocument(copy.toJson()).toJson(QJsonDocument::Compact));
        auto vid = store.insertVersion(v);
        if (!vid)
            return vid.failure();
        v.id = vid.value();
        v.version = 1;
        if (stage >= 5) {
            v.offered = next();
            v.offeredBy = nurse;
        }
        if (stage >= 6) {
            const bool declined = stage == 6 && dice.chance(0.3);
            v.answer = declined ? PassportAnswer::Declined : PassportAnswer::Accepted;
            v.answered = next();
            v.answeredBy = nurse;
            v.format = declined ? PassportFormat::NotChosen : PassportFormat(dice.between(1, 3));
        }
        if (stage >= 7 && v.answer == PassportAnswer::Accepted) {
            v.delivered = next();
            v.deliveredBy = nurse;
        }
        if (auto s = store.updateVersionSteps(v); !s)
            return s.failure();
    }
    if (auto s = tx.commit(); !s)
        return s.failure();
    return written;
}

} // namespace lac
