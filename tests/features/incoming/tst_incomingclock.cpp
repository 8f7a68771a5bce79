// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The host team's clock of an incoming request, the caseload split and the reference list of
// authorities, as worked examples (England and Wales calendar): whose move it is, the host due
// date from the complete day, turnaround in working days, whose delay made a request late, the
// order rules a request and a child keep, and one child known both ways counted once.
#include "incoming/core/CaseloadSplit.h"
#include "incoming/core/IncomingClock.h"
#include "incoming/core/RequestingAuthorities.h"
#include "rules/WorkingDayCalendar.h"

#include <QTest>

using namespace lac;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

IncomingRequest req(const char* received, const char* complete = nullptr,
                    const char* theirDue = nullptr, const char* done = nullptr)
{
    IncomingRequest r;
    r.hostChildId = 1;
    r.received = d(received);
    if (complete)
        r.complete = d(complete);
    if (theirDue)
        r.requesterDue = d(theirDue);
    if (done)
        r.done = d(done);
    return r;
}

HostChild hosted(qint64 id, const char* authority, const char* from, const char* to = nullptr)
{
    HostChild c;
    c.id = id;
    c.authorityCode = QString::fromLatin1(authority);
    c.placedFrom = d(from);
    if (to)
        c.placedTo = d(to);
    return c;
}

} // namespace

Q_DECLARE_METATYPE(IncomingRequest)
Q_DECLARE_METATYPE(IncomingStage)
Q_DECLARE_METATYPE(IncomingDelay)

class TestIncomingClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stage_data()
    {
        QTest::addColumn<IncomingRequest>("request");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<IncomingStage>("stage");
        const QDate on = d("2026-03-16");
        QTest::newRow("received only: the requester's paperwork")
            << req("2026-03-02") << on << IncomingStage::Requester;
        QTest::newRow("complete: ours to book")
            << req("2026-03-02", "2026-03-05") << on << IncomingStage::ToBook;
        IncomingRequest booked = req("2026-03-02", "2026-03-05");
        booked.booked = d("2026-03-30");
        QTest::newRow("booked for a later day") << booked << on << IncomingStage::Booked;
        QTest::newRow("done: the report to send")
            << req("2026-03-02", "2026-03-05", nullptr, "2026-03-12") << on
            << IncomingStage::ReportToSend;
        IncomingRequest sent = req("2026-03-02", "2026-03-05", nullptr, "2026-03-12");
        sent.reportSent = d("2026-03-13");
        QTest::newRow("report sent") << sent << on << IncomingStage::Finished;
        IncomingRequest withdrawn = req("2026-03-02");
        withdrawn.withdrawn = d("2026-03-10");
        QTest::newRow("withdrawn") << withdrawn << on << IncomingStage::Withdrawn;
        QTest::newRow("a step after the day is not yet taken")
            << req("2026-03-02", "2026-03-20") << on << IncomingStage::Requester;
    }
    void stage()
    {
        QFETCH(IncomingRequest, request);
        QFETCH(QDate, on);
        QFETCH(IncomingStage, stage);
        QCOMPARE(IncomingClock::stage(request, on), stage);
    }

    void hostClock_data()
    {
        QTest::addColumn<IncomingRequest>("request");
        QTest::addColumn<int>("target");
        QTest::addColumn<QDate>("hostDue");
        QTest::addColumn<int>("turnaround");
        QTest::addColumn<bool>("inTarget");
        // Day 0 is the complete day; Christmas and New Year's Day are not working days.
        QTest::newRow("over Christmas: due 22 January")
            << req("2025-12-19", "2025-12-22", nullptr, "2026-01-22") << 20 << d("2026-01-22") << 20
            << true;
        QTest::newRow("a day late") << req("2025-12-19", "2025-12-22", nullptr, "2026-01-23") << 20
                                    << d("2026-01-22") << 21 << false;
        QTest::newRow("19 working days in January")
            << req("2026-01-02", "2026-01-05", nullptr, "2026-01-30") << 20 << d("2026-02-02") << 19
            << true;
        QTest::newRow("a tighter target of 10 days")
            << req("2026-01-02", "2026-01-05", nullptr, "2026-01-30") << 10 << d("2026-01-19") << 19
            << false;
        QTest::newRow("not complete: no clock")
            << req("2026-01-02") << 20 << QDate() << -1 << false;
        QTest::newRow("complete, not done")
            << req("2026-01-02", "2026-01-05") << 20 << d("2026-02-02") << -1 << false;
    }
    void hostClock()
    {
        QFETCH(IncomingRequest, request);
        QFETCH(int, target);
        const WorkingDayCalendar calendar;
        QTEST(IncomingClock::hostDue(request, calendar, target), "hostDue");
        QTEST(IncomingClock::turnaround(request, calendar), "turnaround");
        QTEST(IncomingClock::doneInTarget(request, calendar, target), "inTarget");
    }

    void delay_data()
    {
        QTest::addColumn<IncomingRequest>("request");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<IncomingDelay>("delay");
        const QDate on = d("2026-03-16");
        QTest::newRow("done before their due date")
            << req("2026-01-05", "2026-01-06", "2026-02-20", "2026-02-10") << on
            << IncomingDelay::None;
        // Complete on 16 February: our target (16 March) could not meet their 20 February.
        QTest::newRow("their paperwork came right too late")
            << req("2026-01-05", "2026-02-16", "2026-02-20", "2026-03-02") << on
            << IncomingDelay::RequesterPaperwork;
        // Complete on 5 January, due to us by 2 February, done 16 February: our capacity.
        QTest::newRow("we missed our own target")
            << req("2026-01-05", "2026-01-05", "2026-02-10", "2026-02-16") << on
            << IncomingDelay::HostCapacity;
        QTest::newRow("no date of theirs: late against ours")
            << req("2026-01-05", "2026-01-05", nullptr, "2026-02-03") << on
            << IncomingDelay::HostCapacity;
        QTest::newRow("still waiting on them past their date")
            << req("2026-01-05", nullptr, "2026-02-20") << on << IncomingDelay::RequesterPaperwork;
        QTest::newRow("still waiting, their date not yet come")
            << req("2026-03-02", nullptr, "2026-04-20") << on << IncomingDelay::None;
        IncomingRequest withdrawn = req("2026-01-05", nullptr, "2026-02-20");
        withdrawn.withdrawn = d("2026-02-01");
        QTest::newRow("withdrawn: never late") << withdrawn << on << IncomingDelay::None;
    }
    void delay()
    {
        QFETCH(IncomingRequest, request);
        QFETCH(QDate, on);
        QFETCH(IncomingDelay, delay);
        QCOMPARE(IncomingClock::delay(request, WorkingDayCalendar(), 20, on), delay);
    }

    void requestRules_data()
    {
        QTest::addColumn<IncomingRequest>("request");
        QTest::addColumn<QString>("field"); // empty: accepted
        QTest::newRow("a full request")
            << req("2026-01-05", "2026-01-06", "2026-02-20", "2026-02-10") << QString();
        QTest::newRow("received in the future") << req("2026-03-17") << QStringLiteral("Received");
        QTest::newRow("complete in the future")
            << req("2026-03-02", "2026-03-17") << QStringLiteral("Complete");
        QTest::newRow("complete before received")
            << req("2026-03-02", "2026-03-01") << QStringLiteral("Complete");
        QTest::newRow("done but never complete")
            << req("2026-03-02", nullptr, nullptr, "2026-03-10") << QStringLiteral("Done");
        IncomingRequest ahead = req("2026-03-02", "2026-03-05");
        ahead.booked = d("2026-04-02");
        QTest::newRow("booked ahead is fine") << ahead << QString();
        IncomingRequest sent = req("2026-03-02", "2026-03-05");
        sent.reportSent = d("2026-03-10");
        QTest::newRow("report sent before it was done") << sent << QStringLiteral("Report sent");
        IncomingRequest paid = req("2026-01-02", "2026-01-05", nullptr, "2026-01-30");
        paid.invoicePaid = d("2026-03-01");
        QTest::newRow("paid but never invoiced") << paid << QStringLiteral("Invoice paid");
        IncomingRequest both = req("2026-01-02", "2026-01-05", nullptr, "2026-01-30");
        both.withdrawn = d("2026-02-01");
        QTest::newRow("done and withdrawn") << both << QStringLiteral("Withdrawn");
    }
    void requestRules()
    {
        QFETCH(IncomingRequest, request);
        QFETCH(QString, field);
        const Status s = IncomingClock::check(request, d("2026-03-16"));
        QCOMPARE(s.ok(), field.isEmpty());
        if (!s)
            QCOMPARE(s.failure().where, field);
    }

    void childRules_data()
    {
        QTest::addColumn<QString>("nhs");
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("field");
        QTest::newRow("fine") << QStringLiteral("9434765919") << d("2015-04-01") << d("2025-01-06")
                              << QDate() << QString();
        QTest::newRow("no NHS number yet")
            << QString() << d("2015-04-01") << d("2025-01-06") << QDate() << QString();
        QTest::newRow("the often-quoted wrong number")
            << QStringLiteral("9876544321") << d("2015-04-01") << d("2025-01-06") << QDate()
            << QStringLiteral("NHS number");
        QTest::newRow("born in the future") << QString() << d("2026-04-01") << d("2026-03-01")
                                            << QDate() << QStringLiteral("Date of birth");
        QTest::newRow("placed before birth") << QString() << d("2015-04-01") << d("2015-03-01")
                                             << QDate() << QStringLiteral("Placed here from");
        QTest::newRow("placed at 18") << QString() << d("2007-04-01") << d("2025-04-01") << QDate()
                                      << QStringLiteral("Placed here from");
        QTest::newRow("ended before it began")
            << QString() << d("2015-04-01") << d("2025-01-06") << d("2025-01-05")
            << QStringLiteral("Placed here until");
        QTest::newRow("ends in the future")
            << QString() << d("2015-04-01") << d("2025-01-06") << d("2026-04-01")
            << QStringLiteral("Placed here until");
    }
    void childRules()
    {
        QFETCH(QString, nhs);
        QFETCH(QDate, born);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, field);
        HostChild c = hosted(0, "E10000014", "2025-01-06");
        c.theirCaseId = QStringLiteral("H123");
        c.nhsNumber = nhs;
        c.dateOfBirth = born;
        c.placedFrom = from;
        c.placedTo = to;
        const Status s = IncomingClock::check(c, d("2026-03-16"));
        QCOMPARE(s.ok(), field.isEmpty());
        if (!s)
            QCOMPARE(s.failure().where, field);
    }

    void oneChildKnownBothWaysIsCountedOnce()
    {
        auto authorities = RequestingAuthorities::bundled();
        QVERIFY(authorities.ok());
        const QDate asOf = d("2026-03-16");
        const QList<OwnChildInCare> own{
            {1, QStringLiteral("9434765919")}, {2, QString()}, {3, QStringLiteral("9990000026")}};
        HostChild linked = hosted(13, "E08000025", "2025-06-01");
        linked.ownChildId = 2; // came into our care: ours now
        HostChild sameNumber = hosted(14, "E10000016", "2025-06-01");
        sameNumber.nhsNumber = QStringLiteral("9990000026"); // not linked, but the same child
        const QList<HostChild> hostedChildren{
            hosted(10, "E08000025", "2024-01-01"),               // Birmingham, placed here
            hosted(11, "E08000025", "2024-01-01", "2026-03-16"), // left today: not placed here
            hosted(12, "W06000015", "2026-03-16"),               // Cardiff, arrived today
            linked,
            sameNumber,
            hosted(15, "E10000016", "2026-03-17")}; // not yet arrived
        const CaseloadSplit s = CaseloadSplit::count(
            hostedChildren, own, asOf, QStringLiteral("Northshire"), authorities.value());
        QCOMPARE(s.ownChildren, 3);
        QCOMPARE(s.placedHere, 2);
        QCOMPARE(s.knownBothWays, 2);
        QCOMPARE(s.total(), 5);
        QCOMPARE(s.lines.size(), 3);
        QCOMPARE(s.lines.at(0).authority, QStringLiteral("Northshire"));
        QCOMPARE(s.lines.at(0).ownChildren, 3);
        QCOMPARE(s.lines.at(0).placedHere, 0);
        QCOMPARE(s.lines.at(1).authority, QStringLiteral("Birmingham"));
        QCOMPARE(s.lines.at(1).placedHere, 1);
        QCOMPARE(s.lines.at(2).authority, QStringLiteral("Cardiff"));
        QCOMPARE(s.lines.at(2).placedHere, 1);
    }

    void theReferenceListCoversThreeNations()
    {
        auto list = RequestingAuthorities::bundled();
        QVERIFY2(list.ok(), qPrintable(list ? QString() : list.failure().text()));
        int england = 0, wales = 0, scotland = 0;
        for (const RequestingAuthority& a : list.value().all()) {
            england += a.nation == QLatin1String("England");
            wales += a.nation == QLatin1String("Wales");
            scotland += a.nation == QLatin1String("Scotland");
        }
        QCOMPARE(england, 153);
        QCOMPARE(wales, 22);
        QCOMPARE(scotland, 32);
        QCOMPARE(list.value().name(QStringLiteral("E10000014")), QStringLiteral("Hampshire"));
        QCOMPARE(list.value().find(QStringLiteral(" glasgow city ")), QStringLiteral("S12000049"));
        QCOMPARE(list.value().find(QStringLiteral("e09000022")), QStringLiteral("E09000022"));
        QVERIFY(list.value().find(QStringLiteral("Northshire")).isEmpty());
    }

    void aBadReferenceListIsRefusedWithItsLine()
    {
        const QByteArray csv = "# comment\n# comment\ncode,name,nation\n"
                               "E10000014,Hampshire,England\n"
                               "E1000014,Nowhere,England\n";
        auto list = RequestingAuthorities::parse(csv, QStringLiteral("list.csv"));
        QVERIFY(!list);
        QCOMPARE(list.failure().where, QStringLiteral("list.csv:5"));
        auto twice = RequestingAuthorities::parse(
            "code,name,nation\nE10000014,Hampshire,England\nE10000014,Hants,England\n",
            QStringLiteral("twice.csv"));
        QVERIFY(!twice);
        QCOMPARE(twice.failure().where, QStringLiteral("twice.csv:3"));
        auto wrongNation = RequestingAuthorities::parse(
            "code,name,nation\nS12000049,Glasgow City,England\n", QStringLiteral("n.csv"));
        QVERIFY(!wrongNation);
        QCOMPARE(wrongNation.failure().where, QStringLiteral("n.csv:2"));
    }
};

QTEST_GUILESS_MAIN(TestIncomingClock)
#include "tst_incomingclock.moc"
