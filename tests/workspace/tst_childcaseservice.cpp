// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFixture.h"

using namespace lac;
using namespace lac::test;

class TestChildCaseService : public QObject
{
    Q_OBJECT

    static ChildRecord draft()
    {
        ChildRecord c;
        c.caseId = QStringLiteral("NEW1");
        c.givenName = QStringLiteral("Jordan");
        c.familyName = QStringLiteral("Okafor");
        c.dateOfBirth = QDate(2018, 7, 9);
        c.sex = QStringLiteral("M");
        c.nhsNumber = QStringLiteral("943 476 5919");
        return c;
    }
    static ChildCaseService::Placement placement(QDate date, const char* location = "IN",
                                                 qint64 host = 0)
    {
        ChildCaseService::Placement p;
        p.date = date;
        p.legalStatus = QStringLiteral("C1");
        p.placementType = QStringLiteral("U6");
        p.location = QString::fromLatin1(location);
        p.hostAuthorityId = host;
        return p;
    }

private Q_SLOTS:
    void addChildValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("no case id") << "caseId"
                                    << " "
                                    << "case ID";
        QTest::newRow("no name") << "names"
                                 << ""
                                 << "name";
        QTest::newRow("born tomorrow") << "dob"
                                       << "2026-03-17"
                                       << "future";
        QTest::newRow("born too long ago") << "dob"
                                           << "1990-01-01"
                                           << "25 years";
        QTest::newRow("bad NHS number") << "nhs"
                                        << "987 654 4321"
                                        << "check digit";
        QTest::newRow("short NHS number") << "nhs"
                                          << "943 476"
                                          << "10 digits";
        QTest::newRow("odd sex code") << "sex"
                                      << "X"
                                      << "female";
        QTest::newRow("duplicate case id") << "caseId"
                                           << "TAKEN"
                                           << "already has case ID";
    }
    void addChildValidation()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, complaint);
        WorkspaceFixture f;
        f.childInCare(QStringLiteral("TAKEN"), QDate(2015, 1, 1), QDate(2026, 1, 5));
        ChildRecord c = draft();
        if (field == QLatin1String("caseId"))
            c.caseId = value;
        else if (field == QLatin1String("names"))
            c.givenName = c.familyName = value;
        else if (field == QLatin1String("dob"))
            c.dateOfBirth = QDate::fromString(value, Qt::ISODate);
        else if (field == QLatin1String("nhs"))
            c.nhsNumber = value;
        else if (field == QLatin1String("sex"))
            c.sex = value;
        const int before =
            f.database.scalar(QStringLiteral("SELECT count(*) FROM children")).toInt();
        auto r = f.children.addChild(c);
        QVERIFY(!r);
        QVERIFY2(r.failure().message.contains(complaint), qPrintable(r.failure().message));
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT count(*) FROM children")).toInt(),
                 before);
    }

    void addAndEditKeepsNhsHistory()
    {
        WorkspaceFixture f;
        auto id = f.children.addChild(draft());
        QVERIFY(ok(id));
        ChildRecord c = f.children.child(id.value()).value();
        QCOMPARE(c.nhsNumber, QStringLiteral("9434765919"));
        QCOMPARE(c.version, 1);
        c.nhsNumber = QStringLiteral("400 000 0020"); // re-issued on adoption
        c.givenName = QStringLiteral("Jordan Lee");
        QVERIFY(ok(f.children.updateChild(c)));
        const ChildRecord saved = f.children.child(c.id).value();
        QCOMPARE(saved.nhsNumber, QStringLiteral("4000000020"));
        QCOMPARE(saved.givenName, QStringLiteral("Jordan Lee"));
        QCOMPARE(saved.version, 2);
        const auto history = f.children.nhsNumbers(c.id).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).number, QStringLiteral("4000000020"));
        QVERIFY(!history.at(0).validTo.isValid());
        QCOMPARE(history.at(1).number, QStringLiteral("9434765919"));
        QCOMPARE(history.at(1).validTo, f.context.today());
        const QString before = f.database
                                   .scalar(QStringLiteral("SELECT before_json FROM audit_log WHERE "
                                                          "action = 'update' ORDER BY id DESC"))
                                   .toString();
        QVERIFY(before.contains(QStringLiteral("9434765919")));
        // Saving again with the version first opened is refused.
        auto stale = f.children.updateChild(c);
        QVERIFY(!stale);
        QVERIFY(stale.failure().message.contains(QStringLiteral("changed by someone else")));
    }

    void startCareSchedulesTheIha()
    {
        WorkspaceFixture f;
        const qint64 id = f.children.addChild(draft()).value();
        const ChildRecord c = f.children.child(id).value();
        auto changes = f.children.startCarePeriod(id, c.version, placement(QDate(2026, 2, 16)));
        QVERIFY(ok(changes));
        QVERIFY2(
            changes.value().text().contains(QStringLiteral("IHA now expected, due 16/03/2026")),
            qPrintable(changes.value().text()));
        const ChildRecord after = f.children.child(id).value();
        QVERIFY(after.inCare);
        QCOMPARE(after.nextDueKind, QStringLiteral("IHA"));
        QCOMPARE(after.currentPlacementType, QStringLiteral("U6"));
        QCOMPARE(f.children.placements(id).value().first().rne, QStringLiteral("S"));

        auto again = f.children.startCarePeriod(id, after.version, placement(QDate(2026, 3, 1)));
        QVERIFY(!again);
        QVERIFY(again.failure().message.contains(QStringLiteral("already in care")));
    }

    void startCareRefusals_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("location");
        QTest::addColumn<qint64>("host");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("before birth") << QDate(2018, 7, 1) << "IN" << qint64(0) << "date of birth";
        QTest::newRow("in the future") << QDate(2026, 3, 20) << "IN" << qint64(0) << "future";
        QTest::newRow("out of area, no host")
            << QDate(2026, 3, 2) << "OUT" << qint64(0) << "host authority";
        QTest::newRow("unknown host")
            << QDate(2026, 3, 2) << "OUT" << qint64(99) << "from the list";
    }
    void startCareRefusals()
    {
        QFETCH(QDate, date);
        QFETCH(QString, location);
        QFETCH(qint64, host);
        QFETCH(QString, complaint);
        WorkspaceFixture f;
        const qint64 id = f.children.addChild(draft()).value();
        auto r = f.children.startCarePeriod(id, 1, placement(date, qPrintable(location), host));
        QVERIFY(!r);
        QVERIFY2(r.failure().message.contains(complaint), qPrintable(r.failure().message));
        QVERIFY(f.children.periods(id).value().isEmpty());
    }

    void placementMoveOutOfArea()
    {
        WorkspaceFixture f;
        const qint64 id = f.children.addChild(draft()).value();
        QVERIFY(ok(f.children.startCarePeriod(id, 1, placement(QDate(2026, 2, 16)))));
        ChildRecord c = f.children.child(id).value();
        auto early =
            f.children.recordPlacementMove(id, c.version, placement(QDate(2026, 2, 16), "OUT", 1));
        QVERIFY(!early);
        QVERIFY(early.failure().message.contains(QStringLiteral("after the current placement")));
        ChildCaseService::Placement move = placement(QDate(2026, 3, 2), "OUT", 1);
        move.legalStatus.clear(); // keeps C1
        QVERIFY(ok(f.children.recordPlacementMove(id, c.version, move)));
        c = f.children.child(id).value();
        QCOMPARE(c.currentLocation, QStringLiteral("OUT"));
        const auto placements = f.children.placements(id).value();
        QCOMPARE(placements.size(), 2);
        QCOMPARE(placements.at(0).end, QDate(2026, 3, 2));
        QCOMPARE(placements.at(1).legalStatus, QStringLiteral("C1"));
        QCOMPARE(placements.at(1).hostAuthorityName, QStringLiteral("Northshire"));
        // The IHA is due after the move, so it is now due out of area.
        QCOMPARE(f.iha(id).locationAtDue, PlacementLocation::OutOfArea);
    }

    void leavingCareBeforeTheIhaIsDue()
    {
        WorkspaceFixture f;
        const qint64 id = f.children.addChild(draft()).value();
        QVERIFY(ok(f.children.startCarePeriod(id, 1, placement(QDate(2026, 2, 23)))));
        const ChildRecord c = f.children.child(id).value();
        auto early = f.children.endCarePeriod(id, c.version, QDate(2026, 2, 20), {});
        QVERIFY(!early);
        auto changes = f.children.endCarePeriod(id, c.version, QDate(2026, 3, 6),
                                                QStringLiteral("Returned home"));
        QVERIFY(ok(changes));
        QVERIFY2(changes.value().text().contains(QStringLiteral("left care before it was due")),
                 qPrintable(changes.value().text()));
        QVERIFY(!f.children.child(id).value().inCare);
        QCOMPARE(f.children.periods(id).value().first().end, QDate(2026, 3, 6));
    }

    void careChangesAuditedOrRefusedWhole()
    {
        WorkspaceFixture f;
        const qint64 id = f.children.addChild(draft()).value();
        auto end = f.children.endCarePeriod(id, 1, QDate(2026, 3, 2), {});
        QVERIFY(!end);
        QVERIFY2(end.failure().message.contains(QStringLiteral("no period to end")),
                 qPrintable(end.failure().message));
        auto move = f.children.recordPlacementMove(id, 1, placement(QDate(2026, 3, 2)));
        QVERIFY(!move);
        QVERIFY2(move.failure().message.contains(QStringLiteral("start a period of care instead")),
                 qPrintable(move.failure().message));
        // A stale child version writes nothing.
        const int audited = f.auditCount();
        QVERIFY(!f.children.startCarePeriod(id, 7, placement(QDate(2026, 2, 16))));
        QVERIFY(f.children.periods(id).value().isEmpty());
        QCOMPARE(f.auditCount(), audited);

        QVERIFY(ok(f.children.startCarePeriod(id, 1, placement(QDate(2026, 2, 16)))));
        int version = f.children.child(id).value().version;
        QVERIFY(ok(f.children.recordPlacementMove(id, version, placement(QDate(2026, 3, 2)))));
        version = f.children.child(id).value().version;
        auto early = f.children.endCarePeriod(id, version, QDate(2026, 3, 1), {});
        QVERIFY(!early);
        QVERIFY2(early.failure().message.contains(QStringLiteral("current placement")),
                 qPrintable(early.failure().message));
        QVERIFY(ok(f.children.endCarePeriod(id, version, QDate(2026, 3, 9),
                                            QStringLiteral("Returned home"))));
        QVERIFY(!f.children.recordPlacementMove(id, version + 1, placement(QDate(2026, 3, 12))));

        // Each change wrote one entry, in order, saying what happened.
        QStringList entries;
        auto q = f.database.exec(QStringLiteral("SELECT action, entity, summary FROM audit_log "
                                                "WHERE child_id = ? AND id > ? ORDER BY id"),
                                 {id, audited});
        while (q.next())
            entries << QStringLiteral("%1 %2: %3")
                           .arg(q.value(0).toString(), q.value(1).toString(),
                                q.value(2).toString());
        QCOMPARE(entries,
                 QStringList({QStringLiteral("create care_periods: started a period of care on "
                                             "16/02/2026"),
                              QStringLiteral("create episodes: recorded a placement move on "
                                             "02/03/2026"),
                              QStringLiteral("update care_periods: ended the period of care on "
                                             "09/03/2026")}));
        const auto placements = f.children.placements(id).value();
        QCOMPARE(placements.size(), 2);
        QCOMPARE(placements.at(1).end, QDate(2026, 3, 9));
        QCOMPARE(placements.at(1).rne, QStringLiteral("P"));
    }

    void clinicalNeedIsTheNursesFlag()
    {
        WorkspaceFixture f;
        const qint64 id = f.children.addChild(draft()).value();
        auto refused = f.children.setClinicalNeed(id, 1, true);
        QVERIFY(!refused);
        AuditLog nurseAudit(f.database.db(),
                            UserContext{QStringLiteral("nurse"), UserRole::DesignatedNurse});
        CaseContext nurse{f.database.db(), nurseAudit, f.dueDates, AssessmentPolicy{},
                          f.context.today()};
        QVERIFY(ok(ChildCaseService(nurse).setClinicalNeed(id, 1, true)));
        QVERIFY(f.children.child(id).value().clinicalNeed);
        // The nurse may not edit other case data.
        ChildRecord c = f.children.child(id).value();
        c.notes = QStringLiteral("x");
        QVERIFY(!ChildCaseService(nurse).updateChild(c));
    }
};

QTEST_GUILESS_MAIN(TestChildCaseService)
#include "tst_childcaseservice.moc"
