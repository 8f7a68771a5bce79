// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The passport's pure rules as worked examples: when it is due, where it stands, which step
// may be taken at each stage; and the young person's copy (items not to be shared left out,
// what a reissue says changed).
#include "passport/core/PassportCopy.h"
#include "passport/core/PassportRules.h"

#include <QJsonDocument>
#include <QTest>

using namespace lac;

Q_DECLARE_METATYPE(lac::PassportStage)
Q_DECLARE_METATYPE(lac::PassportStanding)

namespace {

PassportItem item(PassportSection section, const QString& label, const QString& text,
                  bool shared = true, int position = 0)
{
    PassportItem i;
    i.section = section;
    i.label = label;
    i.text = text;
    i.shared = shared;
    i.position = position;
    return i;
}

} // namespace

class TestPassportRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueBy_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QDate>("firstRhaAfter16");
        QTest::addColumn<bool>("atRha");
        QTest::addColumn<int>("monthsBefore18");
        QTest::addColumn<QDate>("due");
        const QDate born(2009, 5, 10);
        QTest::newRow("at the first RHA after 16, when it comes first")
            << born << QDate(2025, 8, 1) << true << 6 << QDate(2025, 8, 1);
        QTest::newRow("no later than six months before 18, even if the RHA is later")
            << born << QDate(2027, 2, 1) << true << 6 << QDate(2026, 11, 10);
        QTest::newRow("no RHA known: six months before 18")
            << born << QDate() << true << 6 << QDate(2026, 11, 10);
        QTest::newRow("an RHA before the 16th birthday does not count")
            << born << QDate(2025, 3, 1) << true << 6 << QDate(2026, 11, 10);
        QTest::newRow("an RHA on the 16th birthday counts")
            << born << QDate(2025, 5, 10) << true << 6 << QDate(2025, 5, 10);
        QTest::newRow("a fixed point: the RHA is ignored")
            << born << QDate(2025, 8, 1) << false << 6 << QDate(2026, 11, 10);
        QTest::newRow("three months before 18")
            << born << QDate() << false << 3 << QDate(2027, 2, 10);
        QTest::newRow("born on 29 February: 18 on 28 February, due 28 August")
            << QDate(2008, 2, 29) << QDate() << true << 6 << QDate(2025, 8, 28);
        QTest::newRow("no date of birth: no due date")
            << QDate() << QDate(2025, 8, 1) << true << 6 << QDate();
    }
    void dueBy()
    {
        QFETCH(QDate, born);
        QFETCH(QDate, firstRhaAfter16);
        QFETCH(bool, atRha);
        QFETCH(int, monthsBefore18);
        QFETCH(QDate, due);
        PassportDuePolicy policy;
        policy.atFirstRhaAfter16 = atRha;
        policy.monthsBefore18 = monthsBefore18;
        QCOMPARE(PassportRules::dueBy(born, firstRhaAfter16, policy), due);
    }

    void standing_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<PassportStage>("stage");
        QTest::addColumn<PassportStanding>("standing");
        // Born 10/05/2009: eligible 10/05/2025, due 10/11/2026, in the pile from 12/08/2026.
        QTest::newRow("15: not yet eligible")
            << QDate(2025, 5, 9) << PassportStage::NotStarted << PassportStanding::NotYetEligible;
        QTest::newRow("16th birthday: eligible, not due yet")
            << QDate(2025, 5, 10) << PassportStage::NotStarted << PassportStanding::NotDueYet;
        QTest::newRow("the day before the lead time")
            << QDate(2026, 8, 11) << PassportStage::NotStarted << PassportStanding::NotDueYet;
        QTest::newRow("90 days before: due")
            << QDate(2026, 8, 12) << PassportStage::WaitingForRecords << PassportStanding::Due;
        QTest::newRow("on the due date: still due")
            << QDate(2026, 11, 10) << PassportStage::Offered << PassportStanding::Due;
        QTest::newRow("the day after: overdue")
            << QDate(2026, 11, 11) << PassportStage::SignedOff << PassportStanding::Overdue;
        QTest::newRow("accepted but not delivered is still overdue")
            << QDate(2027, 1, 1) << PassportStage::Accepted << PassportStanding::Overdue;
        QTest::newRow("delivered: done")
            << QDate(2027, 1, 1) << PassportStage::Delivered << PassportStanding::Done;
        QTest::newRow("declined by the young person: done")
            << QDate(2027, 1, 1) << PassportStage::Declined << PassportStanding::Done;
        QTest::newRow("a new copy asked for is not overdue")
            << QDate(2027, 1, 1) << PassportStage::ReissueRequested << PassportStanding::Done;
    }
    void standing()
    {
        QFETCH(QDate, today);
        QFETCH(PassportStage, stage);
        QFETCH(PassportStanding, standing);
        const PassportDuePolicy policy;
        const QDate born(2009, 5, 10);
        const QDate due = PassportRules::dueBy(born, QDate(), policy);
        QCOMPARE(due, QDate(2026, 11, 10));
        QCOMPARE(PassportRules::standing(born, due, stage, policy, today), standing);
    }

    void stageFollowsTheDates()
    {
        PassportFile f;
        QCOMPARE(PassportRules::stage(f), PassportStage::NotStarted);
        f.passport.recordsRequested = QDate(2026, 1, 5);
        QCOMPARE(PassportRules::stage(f), PassportStage::WaitingForRecords);
        f.passport.recordsReceived = QDate(2026, 1, 20);
        QCOMPARE(PassportRules::stage(f), PassportStage::RecordsReceived);
        f.passport.drafted = QDate(2026, 2, 1);
        QCOMPARE(PassportRules::stage(f), PassportStage::Drafted);
        PassportVersion v;
        v.number = 1;
        v.signedOff = QDate(2026, 2, 3);
        f.versions << v;
        QCOMPARE(PassportRules::stage(f), PassportStage::SignedOff);
        f.versions.last().offered = QDate(2026, 2, 4);
        QCOMPARE(PassportRules::stage(f), PassportStage::Offered);
        f.versions.last().answer = PassportAnswer::Accepted;
        QCOMPARE(PassportRules::stage(f), PassportStage::Accepted);
        f.versions.last().delivered = QDate(2026, 2, 10);
        QCOMPARE(PassportRules::stage(f), PassportStage::Delivered);
        f.passport.reissueRequested = QDate(2026, 3, 1);
        f.passport.drafted = QDate();
        QCOMPARE(PassportRules::stage(f), PassportStage::ReissueRequested);
        f.passport.drafted = QDate(2026, 3, 2);
        QCOMPARE(PassportRules::stage(f), PassportStage::Drafted);
    }

    void onlyTheNextStepIsAllowed_data()
    {
        QTest::addColumn<PassportStage>("stage");
        QTest::addColumn<QList<int>>("allowed");
        using S = PassportStep;
        QTest::newRow("not started")
            << PassportStage::NotStarted << QList<int>{int(S::RequestRecords), int(S::Draft)};
        QTest::newRow("waiting") << PassportStage::WaitingForRecords
                                 << QList<int>{int(S::RecordsReceived)};
        QTest::newRow("received") << PassportStage::RecordsReceived << QList<int>{int(S::Draft)};
        QTest::newRow("drafted") << PassportStage::Drafted << QList<int>{int(S::SignOff)};
        QTest::newRow("signed off") << PassportStage::SignedOff << QList<int>{int(S::Offer)};
        QTest::newRow("offered") << PassportStage::Offered << QList<int>{int(S::Answer)};
        QTest::newRow("accepted") << PassportStage::Accepted << QList<int>{int(S::Deliver)};
        QTest::newRow("declined") << PassportStage::Declined << QList<int>{int(S::RequestReissue)};
        QTest::newRow("delivered")
            << PassportStage::Delivered << QList<int>{int(S::RequestReissue)};
        QTest::newRow("new copy asked for")
            << PassportStage::ReissueRequested << QList<int>{int(S::Draft)};
    }
    void onlyTheNextStepIsAllowed()
    {
        QFETCH(PassportStage, stage);
        QFETCH(QList<int>, allowed);
        QList<int> got;
        for (int s = int(PassportStep::RequestRecords); s <= int(PassportStep::RequestReissue); ++s)
            if (PassportRules::allows(stage, PassportStep(s)))
                got << s;
        QCOMPARE(got, allowed);
    }

    void anItemNotToBeSharedIsLeftOutOfTheCopy()
    {
        const PassportIdentity who{QStringLiteral("C1"), QStringLiteral("Amy Jones"),
                                   QStringLiteral("9434765919"), QDate(2009, 5, 10)};
        Passport p;
        p.nameUsed = QStringLiteral("Ami");
        const QList<PassportItem> items{
            item(PassportSection::FamilyHistory, QStringLiteral("Mother"),
                 QStringLiteral("Type 2 diabetes"), true, 2),
            item(PassportSection::FamilyHistory, QStringLiteral("Father"),
                 QStringLiteral("Told in confidence"), false, 3),
            item(PassportSection::BirthHistory, {}, QStringLiteral("Born at 39 weeks"), true, 1),
            item(PassportSection::Allergies, {}, QStringLiteral("  "), true, 4)};
        const PassportCopy c = PassportCopy::make(who, p, items, {}, QStringLiteral("How to"));
        QCOMPARE(c.identity.name, QStringLiteral("Ami"));
        QCOMPARE(c.sections.size(), 2); // birth, family; the blank allergy item is dropped
        QCOMPARE(c.sections.at(0).section, PassportSection::BirthHistory);
        QCOMPARE(c.sections.at(1).entries.size(), 1);
        QCOMPARE(c.sections.at(1).entries.first().text, QStringLiteral("Type 2 diabetes"));
        const QByteArray json = QJsonDocument(c.toJson()).toJson();
        QVERIFY(!json.contains("confidence"));
        // The copy survives the database as it was signed.
        const PassportCopy back = PassportCopy::fromJson(c.toJson());
        QCOMPARE(back.toJson(), c.toJson());
    }

    void aReissueSaysWhatChanged()
    {
        const PassportIdentity who{QStringLiteral("C1"), QStringLiteral("Amy Jones"), {}, {}};
        const Passport p;
        const PassportCopy before = PassportCopy::make(
            who, p,
            {item(PassportSection::Conditions, QStringLiteral("Asthma"), QStringLiteral("Mild")),
             item(PassportSection::Contacts, QStringLiteral("GP"), QStringLiteral("Mill Lane"))},
            {{QStringLiteral("MMR"), QDate(2010, 6, 1)}}, {});
        const PassportCopy after =
            PassportCopy::make(who, p,
                               {item(PassportSection::Conditions, QStringLiteral("Asthma"),
                                     QStringLiteral("Moderate")),
                                item(PassportSection::Allergies, QStringLiteral("Penicillin"),
                                     QStringLiteral("Rash"))},
                               {{QStringLiteral("MMR"), QDate(2010, 6, 1)},
                                {QStringLiteral("MenACWY"), QDate(2024, 1, 9)}},
                               {});
        const QStringList changes = PassportCopy::changesSince(before, after);
        QCOMPARE(changes,
                 (QStringList{QStringLiteral("Updated: Health conditions and disabilities – "
                                             "Asthma."),
                              QStringLiteral("Added: Allergies – Penicillin."),
                              QStringLiteral("Taken out: People who look after your health – GP."),
                              QStringLiteral("Vaccinations added to your record: 1.")}));
        QVERIFY(PassportCopy::changesSince(after, after).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPassportRules)
#include "tst_passportrules.moc"
