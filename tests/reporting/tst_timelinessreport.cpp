// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The report computation on the hand-built quarter (ReportFixture::buildQuarterScenario):
// every expected figure below is worked out from the children listed there.
#include "ReportFixture.h"
#include "data/AuditLog.h"
#include "data/SettingsStore.h"
#include "reporting/TimelinessReportCache.h"
#include "reporting/TimelinessReportService.h"
#include "rules/IhaDueRule.h"
#include "rules/RhaDueRule.h"

#include <QTest>

using namespace lac;
using lac::test::ReportFixture;

Q_DECLARE_METATYPE(lac::LocationCounts)

namespace {

LocationCounts lc(int in, int out, int total)
{
    return LocationCounts{in, out, total - in - out};
}

} // namespace

class TestTimelinessReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportFixture> fx;
    std::unique_ptr<SettingsStore> settings;

    TimelinessReport build(QDate asOf, int toleranceDays = 0)
    {
        const TimelinessReportService service(fx->db(), *settings);
        ReportSettings s = ReportSettings::load(*settings);
        s.policy.rhaToleranceDays = toleranceDays;
        auto r = service.build(ReportRequest{QDate(2026, 1, 1), QDate(2026, 3, 1), asOf}, s);
        if (!r)
            qFatal("%s", qPrintable(r.failure().text()));
        return r.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        fx = std::make_unique<ReportFixture>(QStringLiteral("quarter"));
        fx->buildQuarterScenario();
        settings = std::make_unique<SettingsStore>(fx->db());
    }

    void scenarioDueDatesFollowTheRules()
    {
        // The due dates stored in the scenario are the ones the rules give.
        const WorkingDayCalendar calendar;
        const IhaDueRule iha(calendar, AssessmentPolicy{});
        QCOMPARE(iha.dueDate(QDate(2026, 1, 5)), QDate(2026, 2, 2));
        QCOMPARE(iha.requestDueDate(QDate(2026, 1, 12)), QDate(2026, 1, 19));
        QCOMPARE(iha.dueDate(QDate(2026, 2, 16)), QDate(2026, 3, 16));
        // Easter 2026 (Good Friday 3 April, Easter Monday 6 April) moves the due date: 30
        // calendar days after the start of care is still in time.
        QCOMPARE(iha.dueDate(QDate(2026, 3, 30)), QDate(2026, 4, 29));
        QCOMPARE(iha.dueDate(QDate(2026, 3, 31)), QDate(2026, 4, 30));
        const RhaDueRule rha(AssessmentPolicy{});
        QCOMPARE(rha.nextDue(QDate(2023, 6, 1), QDate(2025, 9, 10)), QDate(2026, 3, 10)); // under 5
        QCOMPARE(rha.nextDue(QDate(2015, 5, 5), QDate(2025, 3, 10)), QDate(2026, 3, 10));
    }

    void monthlyFigures_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("indicator");
        QTest::addColumn<LocationCounts>("expected");
        using I = ReportIndicator;
        const auto row = [](const char* name, int m, I i, LocationCounts c) {
            QTest::newRow(name) << m << int(i) << c;
        };
        // January: A (in, in time), B (out, late), C (in, left care: entry only), D (unknown,
        // late).
        row("jan entered", 0, I::EnteredCare, lc(2, 1, 4));
        row("jan iha due", 0, I::IhaDue, lc(1, 1, 3));
        row("jan iha in time", 0, I::IhaInTime, lc(1, 0, 1));
        row("jan iha late", 0, I::IhaLate, lc(0, 1, 2));
        row("jan iha pending", 0, I::IhaPending, lc(0, 0, 0));
        row("jan requests in time", 0, I::IhaRequestsInTime, lc(1, 0, 1));
        row("jan rha due", 0, I::RhaDue, lc(0, 0, 0));
        // February: nobody out of area; E late.
        row("feb entered", 1, I::EnteredCare, lc(1, 0, 1));
        row("feb iha due", 1, I::IhaDue, lc(1, 0, 1));
        row("feb iha late", 1, I::IhaLate, lc(1, 0, 1));
        row("feb iha in time", 1, I::IhaInTime, lc(0, 0, 0));
        row("feb requests in time", 1, I::IhaRequestsInTime, lc(1, 0, 1));
        // March: F in time over Easter, G a day late; RHAs U (under 5, out, in time),
        // V (in, two days late), W (in, never done); X exempt.
        row("mar entered", 2, I::EnteredCare, lc(2, 0, 2));
        row("mar iha in time", 2, I::IhaInTime, lc(1, 0, 1));
        row("mar iha late", 2, I::IhaLate, lc(1, 0, 1));
        row("mar requests in time", 2, I::IhaRequestsInTime, lc(2, 0, 2));
        row("mar rha due", 2, I::RhaDue, lc(2, 1, 3));
        row("mar rha in time", 2, I::RhaInTime, lc(0, 1, 1));
        row("mar rha late", 2, I::RhaLate, lc(2, 0, 2));
        row("mar rha pending", 2, I::RhaPending, lc(0, 0, 0));
    }

    void monthlyFigures()
    {
        QFETCH(int, month);
        QFETCH(int, indicator);
        QFETCH(LocationCounts, expected);
        const TimelinessReport r = build(QDate(2026, 5, 31));
        QCOMPARE(r.months.size(), 3);
        QCOMPARE(r.months.at(month).month, QDate(2026, month + 1, 1));
        const LocationCounts got = r.months.at(month)[ReportIndicator(indicator)];
        QCOMPARE(got.inArea, expected.inArea);
        QCOMPARE(got.outOfArea, expected.outOfArea);
        QCOMPARE(got.total(), expected.total());
    }

    void unknownLocationIsInTheTotalOnly()
    {
        const TimelinessReport r = build(QDate(2026, 5, 31));
        const LocationCounts jan = r.months.at(0)[ReportIndicator::IhaLate];
        QCOMPARE(jan.unknown, 1); // D
        QCOMPARE(jan.inArea + jan.outOfArea, 1);
        QCOMPARE(jan.total(), 2);
    }

    void asOfDateDecidesPending()
    {
        // On 15 April, F and G are not yet due (their completions come later).
        const TimelinessReport r = build(QDate(2026, 4, 15));
        const MonthFigures& mar = r.months.at(2);
        QCOMPARE(mar[ReportIndicator::IhaPending], lc(2, 0, 2));
        QCOMPARE(mar[ReportIndicator::IhaInTime].total(), 0);
        QCOMPARE(mar[ReportIndicator::IhaLate].total(), 0);
        QCOMPARE(mar[ReportIndicator::IhaDue].total(), 2);
        // E was done on 20 March, after its due date: late whatever the as-of date.
        QCOMPARE(r.months.at(1)[ReportIndicator::IhaLate].total(), 1);
    }

    void toleranceDays_data()
    {
        QTest::addColumn<int>("tolerance");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<LocationCounts>("inTime");
        QTest::addColumn<LocationCounts>("late");
        QTest::addColumn<LocationCounts>("pending");
        QTest::newRow("no tolerance")
            << 0 << QDate(2026, 5, 31) << lc(0, 1, 1) << lc(2, 0, 2) << lc(0, 0, 0);
        // V done two days after the due date: in time with 2 or more days of tolerance.
        QTest::newRow("1 day") << 1 << QDate(2026, 5, 31) << lc(0, 1, 1) << lc(2, 0, 2)
                               << lc(0, 0, 0);
        QTest::newRow("2 days") << 2 << QDate(2026, 5, 31) << lc(1, 1, 2) << lc(1, 0, 1)
                                << lc(0, 0, 0);
        // W (due 25 March, not done) is not late yet on 26 March with 3 days' tolerance ...
        QTest::newRow("3 days, 26 March")
            << 3 << QDate(2026, 3, 26) << lc(1, 1, 2) << lc(0, 0, 0) << lc(1, 0, 1);
        // ... and late on 29 March, four days after.
        QTest::newRow("3 days, 29 March")
            << 3 << QDate(2026, 3, 29) << lc(1, 1, 2) << lc(1, 0, 1) << lc(0, 0, 0);
        // Due today and not done: not yet late. V (done 12 March) is late already.
        QTest::newRow("no tolerance, 25 March")
            << 0 << QDate(2026, 3, 25) << lc(0, 1, 1) << lc(1, 0, 1) << lc(1, 0, 1);
    }

    void toleranceDays()
    {
        QFETCH(int, tolerance);
        QFETCH(QDate, asOf);
        QFETCH(LocationCounts, inTime);
        QFETCH(LocationCounts, late);
        QFETCH(LocationCounts, pending);
        const TimelinessReport r = build(asOf, tolerance);
        const MonthFigures& mar = r.months.at(2);
        QCOMPARE(mar[ReportIndicator::RhaInTime], inTime);
        QCOMPARE(mar[ReportIndicator::RhaLate], late);
        QCOMPARE(mar[ReportIndicator::RhaPending], pending);
        QCOMPARE(mar[ReportIndicator::RhaDue], lc(2, 1, 3));
    }

    void placementGroups()
    {
        const TimelinessReport r = build(QDate(2026, 5, 31));
        QStringList order;
        for (const GroupFigures& g : r.groups)
            order << g.group;
        QCOMPARE(order,
                 (QStringList{QStringLiteral("foster_relatives"), QStringLiteral("foster_other"),
                              QStringLiteral("with_parents"), QStringLiteral("homes_secure")}));
        const GroupFigures& fosterOther = r.groups.at(1);
        QCOMPARE(fosterOther.ihaInTime, 1);    // A
        QCOMPARE(fosterOther.ihaLate, 3);      // D, E, G
        QCOMPARE(fosterOther.rhaInTime, 1);    // U, placed in foster care on its due date
        QCOMPARE(r.groups.at(0).rhaLate, 1);   // W with relatives
        QCOMPARE(r.groups.at(2).ihaInTime, 1); // F with parents
        QCOMPARE(r.groups.at(3).ihaLate, 1);   // B
        QCOMPARE(r.groups.at(3).rhaLate, 1);   // V
        // Groups add up to the table.
        int ihaLate = 0;
        for (const GroupFigures& g : r.groups)
            ihaLate += g.ihaLate;
        QCOMPARE(ihaLate, r.periodTotal(ReportIndicator::IhaLate).total());
    }

    void lateReasonsAndOwners()
    {
        const TimelinessReport r = build(QDate(2026, 5, 31));
        QStringList march;
        for (const LateReasonCount& c : r.months.at(2).lateReasons)
            march << QStringLiteral("%1=%2").arg(c.code).arg(c.count);
        QCOMPARE(march, (QStringList{QStringLiteral("health_capacity=1"),
                                     QStringLiteral("was_not_brought=1"), QStringLiteral("=1")}));
        const auto owners = TimelinessReport::byOwner(r.periodLateReasons());
        QCOMPARE(owners.size(), 4);
        QCOMPARE(owners.at(0), qMakePair(QStringLiteral("health"), 1));
        QCOMPARE(owners.at(1), qMakePair(QStringLiteral("host_health"), 1));
        QCOMPARE(owners.at(2), qMakePair(QStringLiteral("carer"), 2));
        QCOMPARE(owners.at(3), qMakePair(QString(), 2));
        QCOMPARE(r.months.at(2).missedAppointments.value(QStringLiteral("was_not_brought")), 1);
        QCOMPARE(r.months.at(2).missedAppointments.value(QStringLiteral("cancelled_by_carer")), 1);
        // Neither the attended one nor the one moved by agreement is missed.
        QCOMPARE(r.months.at(2).missedAppointments.size(), 2);
        QVERIFY(!r.months.at(2).missedAppointments.contains(QStringLiteral("rescheduled")));
    }

    void monthEndBacklogs()
    {
        const TimelinessReport r = build(QDate(2026, 5, 31));
        QCOMPARE(r.months.at(0).openPaperworkIssues, 1);
        QCOMPARE(r.months.at(1).openPaperworkIssues, 1); // the first put right, a second found
        QCOMPARE(r.months.at(2).openPaperworkIssues, 1);
        QCOMPARE(r.months.at(0).outOfAreaWaits, 1);
        QCOMPARE(r.months.at(1).outOfAreaWaits, 0);
    }

    void percentages()
    {
        QCOMPARE(percentInTime(1, 2).value_or(-1), 100.0 / 3);
        QVERIFY(!percentInTime(0, 0));
        QCOMPARE(percentInTime(0, 4).value_or(-1), 0.0);
    }

    void sliceEqualsADirectReport()
    {
        const TimelinessReport quarter = build(QDate(2026, 5, 31));
        const TimelinessReportService service(fx->db(), *settings);
        const TimelinessReport direct =
            service
                .build(ReportRequest{QDate(2026, 2, 1), QDate(2026, 3, 1), QDate(2026, 5, 31)},
                       ReportSettings::load(*settings))
                .value();
        const TimelinessReport sliced = quarter.slice(QDate(2026, 2, 14), QDate(2026, 3, 2));
        QVERIFY(quarter.covers(QDate(2026, 2, 1), QDate(2026, 3, 31)));
        QVERIFY(!quarter.covers(QDate(2025, 12, 1), QDate(2026, 3, 1)));
        QCOMPARE(sliced.months.size(), 2);
        QCOMPARE(sliced.firstMonth, QDate(2026, 2, 1));
        for (int m = 0; m < 2; ++m) {
            for (ReportIndicator i : allReportIndicators())
                QCOMPARE(sliced.months.at(m)[i], direct.months.at(m)[i]);
        }
        QCOMPARE(sliced.groups.size(), direct.groups.size());
        for (int g = 0; g < direct.groups.size(); ++g) {
            QCOMPARE(sliced.groups.at(g).group, direct.groups.at(g).group);
            QCOMPARE(sliced.groups.at(g).ihaLate, direct.groups.at(g).ihaLate);
            QCOMPARE(sliced.groups.at(g).rhaInTime, direct.groups.at(g).rhaInTime);
        }
    }

    // The two parts read apart give, put together, exactly the whole report; a part not
    // asked for is not read.
    void partsReadApartMakeTheWholeReport()
    {
        const TimelinessReportService service(fx->db(), *settings);
        const ReportSettings s = ReportSettings::load(*settings);
        ReportRequest request{QDate(2026, 1, 1), QDate(2026, 3, 1), QDate(2026, 5, 31)};
        const TimelinessReport whole = service.build(request, s).value();
        request.parts = ReportPart::Timeliness;
        TimelinessReport timeliness = service.build(request, s).value();
        request.parts = ReportPart::Exceptions;
        const TimelinessReport exceptions = service.build(request, s).value();

        QCOMPARE(whole.parts, wholeReport);
        QCOMPARE(timeliness.parts, ReportParts(ReportPart::Timeliness));
        QCOMPARE(timeliness.months.at(2).missedAppointments.size(), 0);
        QCOMPARE(timeliness.months.at(0).openPaperworkIssues, 0);
        QCOMPARE(timeliness.months.at(0).outOfAreaWaits, 0);
        QCOMPARE(exceptions.months.at(2)[ReportIndicator::IhaDue].total(), 0);
        QVERIFY(exceptions.groups.isEmpty());
        QVERIFY(whole.months.at(2)[ReportIndicator::IhaDue].total() > 0);

        timeliness.takeExceptions(exceptions);
        QCOMPARE(timeliness.parts, wholeReport);
        for (int m = 0; m < whole.months.size(); ++m) {
            const MonthFigures& got = timeliness.months.at(m);
            const MonthFigures& want = whole.months.at(m);
            for (ReportIndicator i : allReportIndicators())
                QCOMPARE(got[i], want[i]);
            QCOMPARE(got.missedAppointments, want.missedAppointments);
            QCOMPARE(got.openPaperworkIssues, want.openPaperworkIssues);
            QCOMPARE(got.outOfAreaWaits, want.outOfAreaWaits);
            QCOMPARE(got.lateReasons.size(), want.lateReasons.size());
        }
        QCOMPARE(whole.months.at(2).missedAppointments.size(), 2); // the fixture has some
        QCOMPARE(whole.months.at(0).openPaperworkIssues, 1);
    }

    // The shared report reads the exceptions only when a view that shows them asks, and then
    // only them: the timeliness figures it holds are kept.
    void theCacheReadsTheExceptionsWhenAsked()
    {
        const TimelinessReportService service(fx->db(), *settings);
        const TimelinessReportCache cache(service);
        const UserContext nurse{QStringLiteral("nia"), UserRole::DesignatedNurse};
        const QDate asOf(2026, 5, 31);
        const ReportRequest quarter{QDate(2026, 1, 1), QDate(2026, 3, 1), asOf,
                                    ReportPart::Timeliness};
        const TimelinessReport first = cache.report(quarter, nurse).value();
        QCOMPARE(first.parts, ReportParts(ReportPart::Timeliness));
        QCOMPARE(first.months.at(0).openPaperworkIssues, 0);
        QVERIFY(cache.covers(quarter, nurse));
        const ReportRequest charts{QDate(2026, 1, 1), QDate(2026, 3, 1), asOf};
        QVERIFY(!cache.covers(charts, nurse));
        // Only the missing part, over the months held (the last twelve and the quarter).
        const ReportRequest wanted = cache.widened(charts, nurse);
        QCOMPARE(wanted.parts, ReportParts(ReportPart::Exceptions));
        QCOMPARE(wanted.firstMonth, QDate(2025, 6, 1));
        QCOMPARE(wanted.lastMonth, QDate(2026, 5, 1));
        const TimelinessReport both = cache.report(charts, nurse).value();
        QCOMPARE(both.parts, wholeReport);
        QCOMPARE(both.months.at(0).openPaperworkIssues, 1);
        QCOMPARE(both.months.at(2).missedAppointments.size(), 2);
        QCOMPARE(both.months.at(2)[ReportIndicator::IhaDue],
                 first.months.at(2)[ReportIndicator::IhaDue]);
        QVERIFY(cache.covers(quarter, nurse));
        // Wider months keep both parts.
        const ReportRequest older{QDate(2024, 1, 1), QDate(2024, 3, 1), asOf,
                                  ReportPart::Timeliness};
        QCOMPARE(cache.widened(older, nurse).parts, wholeReport);
    }

    void rejectsBadPeriods()
    {
        const TimelinessReportService service(fx->db(), *settings);
        auto backwards =
            service.build(ReportRequest{QDate(2026, 3, 1), QDate(2026, 1, 1), {}},
                          UserContext{QStringLiteral("nurse"), UserRole::DesignatedNurse});
        QVERIFY(!backwards);
        QVERIFY(backwards.failure().message.contains(QStringLiteral("before")));
        auto tooLong =
            service.build(ReportRequest{QDate(2000, 1, 1), QDate(2026, 1, 1), {}},
                          UserContext{QStringLiteral("nurse"), UserRole::DesignatedNurse});
        QVERIFY(!tooLong);
        QVERIFY(tooLong.failure().message.contains(QStringLiteral("240")));
    }

    void settingsComeFromTheDatabase()
    {
        fx->setSetting(QStringLiteral("authority.name"),
                       QStringLiteral("Testshire County Council"));
        fx->setSetting(QStringLiteral("target.iha_in_time_percent"), QStringLiteral("90"));
        fx->setSetting(QStringLiteral("rha.tolerance_days"), QStringLiteral("2"));
        const TimelinessReportService service(fx->db(), *settings);
        auto r =
            service.build(ReportRequest{QDate(2026, 3, 1), QDate(2026, 3, 1), QDate(2026, 5, 31)},
                          UserContext{QStringLiteral("nurse"), UserRole::DesignatedNurse});
        QVERIFY(r);
        QCOMPARE(r->settings.authorityName, QStringLiteral("Testshire County Council"));
        QCOMPARE(r->settings.ihaTargetPercent, 90);
        QCOMPARE(r->settings.rhaTargetPercent, 95);
        QCOMPARE(r->settings.suppressionThreshold, 5);
        QCOMPARE(r->months.at(0)[ReportIndicator::RhaInTime].total(), 2); // tolerance applied
        fx->setSetting(QStringLiteral("rha.tolerance_days"), QStringLiteral("0"));
    }

    void exportsAreAudited()
    {
        const AuditLog audit(fx->db(),
                             UserContext{QStringLiteral("nurse"), UserRole::DesignatedNurse});
        const int before = fx->auditEntries(QStringLiteral("report"));
        QVERIFY(TimelinessReportService::recordExport(audit, build(QDate(2026, 5, 31)),
                                                      QStringLiteral("pdf"),
                                                      QStringLiteral("/tmp/board.pdf")));
        QCOMPARE(fx->auditEntries(QStringLiteral("report")), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestTimelinessReport)
#include "tst_timelinessreport.moc"
