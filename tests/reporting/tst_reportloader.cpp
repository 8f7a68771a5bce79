// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The shared report handed to the overview and the charts without the window waiting: built
// on another thread, shared by views asking together, the ten years worked out ahead, a
// build made stale by a change dropped, a failure passed on.
#include "data/SettingsStore.h"
#include "reporting/ReportLoader.h"
#include "support/TestDatabase.h"

#include <QAtomicInt>
#include <QSemaphore>
#include <QTest>

using namespace lac;

namespace {

const QDate today(2026, 12, 6);
const UserContext nurse{QStringLiteral("nia"), UserRole::DesignatedNurse};

// A report of the months asked for, marked with the build that made it.
TimelinessReport made(const ReportRequest& r, int build)
{
    TimelinessReport report;
    report.firstMonth = r.firstMonth;
    report.lastMonth = r.lastMonth;
    report.asOf = r.asOf;
    report.parts = r.parts;
    report.settings.authorityName = QStringLiteral("build %1").arg(build);
    for (QDate m = r.firstMonth; m <= r.lastMonth; m = m.addMonths(1)) {
        MonthFigures f;
        f.month = m;
        if (r.parts & ReportPart::Exceptions)
            f.openPaperworkIssues = build; // which build read the exceptions
        report.months << f;
    }
    return report;
}

int monthsIn(const TimelinessReport& r)
{
    return int(r.months.size());
}

} // namespace

class TestReportLoader : public QObject
{
    Q_OBJECT

    test::TestDatabase tdb; // only so that the cache has a service; never built on here
    SettingsStore settings{tdb.db()};
    TimelinessReportService service{tdb.db(), settings};

    // A builder on the other thread: counts its builds, records their months, and can be
    // held until the test lets it go.
    struct Builder
    {
        QAtomicInt builds;
        QSemaphore go{1000};
        QList<ReportRequest> asked; // read only after the build has ended
        bool fail = false;
        ReportLoader::BuildElsewhere function()
        {
            return [this](const ReportRequest& r, const UserContext&) -> Result<TimelinessReport> {
                go.acquire();
                const int n = builds.fetchAndAddOrdered(1) + 1;
                asked << r;
                if (fail)
                    return Failure{QStringLiteral("the database is not there"), QString()};
                return made(r, n);
            };
        }
    };

private Q_SLOTS:
    void buildsElsewhereThenAnswersAtOnce()
    {
        const TimelinessReportCache cache(service);
        Builder builder;
        ReportLoader loader(cache, builder.function());
        const ReportRequest quarter{QDate(2026, 10, 1), QDate(2026, 12, 1), today};
        QObject view;
        std::optional<Result<TimelinessReport>> got;
        loader.request(quarter, nurse, &view, [&](const Result<TimelinessReport>& r) { got = r; });
        QVERIFY(!got); // not on the window's thread
        QVERIFY(loader.building());
        QTRY_VERIFY(got.has_value());
        QVERIFY(got->ok());
        QCOMPARE(got->value().firstMonth, quarter.firstMonth);
        QCOMPARE(monthsIn(got->value()), 3);
        // The first build covers the last twelve months, so a range inside them is a slice.
        QCOMPARE(builder.asked.first().firstMonth, QDate(2026, 1, 1));
        QVERIFY(loader.holds(ReportRequest{QDate(2026, 1, 1), QDate(2026, 6, 1), today}, nurse));
        // The ten years are worked out ahead, without anyone asking.
        QTRY_COMPARE(builder.builds.loadAcquire(), 2);
        QTRY_VERIFY(!loader.building());
        QCOMPARE(builder.asked.last().firstMonth, QDate(2017, 1, 1));
        const ReportRequest back{QDate(2018, 1, 1), QDate(2018, 12, 1), today};
        QVERIFY(loader.holds(back, nurse));
        got.reset();
        loader.request(back, nurse, &view, [&](const Result<TimelinessReport>& r) { got = r; });
        QVERIFY(got.has_value()); // at once
        QCOMPARE(monthsIn(got->value()), 12);
        QCOMPARE(builder.builds.loadAcquire(), 2);
    }

    // The overview's quarter asks for the timeliness part alone, so its build reads no
    // exceptions; the ten years worked out ahead for the charts read both parts, and answer
    // the charts asking meanwhile. (The exceptions read alone: tst_timelinessreport.)
    void theExceptionsAreReadOnlyForTheViewsThatShowThem()
    {
        const TimelinessReportCache cache(service);
        Builder builder;
        ReportLoader loader(cache, builder.function());
        QObject overview, charts;
        const ReportRequest quarter{QDate(2026, 10, 1), QDate(2026, 12, 1), today,
                                    ReportPart::Timeliness};
        std::optional<Result<TimelinessReport>> got;
        builder.go.acquire(1000);
        builder.go.release(1); // the quarter's build only
        loader.request(quarter, nurse, &overview,
                       [&](const Result<TimelinessReport>& r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QCOMPARE(builder.asked.first().parts, ReportParts(ReportPart::Timeliness));
        QCOMPARE(got->value().months.first().openPaperworkIssues, 0);
        // The charts ask while the ten years ahead are held back.
        std::optional<Result<TimelinessReport>> drawn;
        const ReportRequest year{QDate(2026, 1, 1), QDate(2026, 12, 1), today};
        QVERIFY(!loader.holds(year, nurse));
        loader.request(year, nurse, &charts, [&](const Result<TimelinessReport>& r) { drawn = r; });
        builder.go.release(1000);
        QTRY_VERIFY(drawn.has_value());
        QTRY_VERIFY(!loader.building());
        QVERIFY(builder.asked.size() >= 2);
        QCOMPARE(builder.asked.at(1).firstMonth, QDate(2017, 1, 1)); // ahead, already started
        QCOMPARE(builder.asked.at(1).parts, wholeReport);
        QCOMPARE(drawn->value().parts, wholeReport);
        QCOMPARE(drawn->value().months.first().openPaperworkIssues, 2);
        QVERIFY(loader.holds(quarter, nurse));
    }

    void viewsAskingTogetherShareOneBuild()
    {
        const TimelinessReportCache cache(service);
        Builder builder;
        builder.go.acquire(1000); // hold the build until both have asked
        ReportLoader loader(cache, builder.function());
        QObject overview, charts;
        QStringList answers;
        const auto answer = [&](const Result<TimelinessReport>& r) {
            answers << r.value().settings.authorityName;
        };
        loader.request(ReportRequest{QDate(2026, 10, 1), QDate(2026, 12, 1), today}, nurse,
                       &overview, answer);
        loader.request(ReportRequest{QDate(2026, 1, 1), QDate(2026, 12, 1), today}, nurse, &charts,
                       answer);
        builder.go.release(1000);
        QTRY_COMPARE(answers.size(), 2);
        QCOMPARE(answers, (QStringList{QStringLiteral("build 1"), QStringLiteral("build 1")}));
        QTRY_VERIFY(!loader.building()); // the ten years ahead
    }

    void aChangeDuringABuildDropsItsFigures()
    {
        const TimelinessReportCache cache(service);
        Builder builder;
        builder.go.acquire(1000);
        ReportLoader loader(cache, builder.function());
        QObject view;
        QString from;
        loader.request(
            ReportRequest{QDate(2026, 10, 1), QDate(2026, 12, 1), today}, nurse, &view,
            [&](const Result<TimelinessReport>& r) { from = r.value().settings.authorityName; });
        loader.clear(); // a save elsewhere while the first build runs
        builder.go.release(1000);
        QTRY_VERIFY(!from.isEmpty());
        QCOMPARE(from, QStringLiteral("build 2")); // built again after the change
    }

    void nothingReachesAViewThatIsGone()
    {
        const TimelinessReportCache cache(service);
        Builder builder;
        builder.go.acquire(1000);
        ReportLoader loader(cache, builder.function());
        bool called = false;
        {
            QObject view;
            loader.request(ReportRequest{QDate(2026, 10, 1), QDate(2026, 12, 1), today}, nurse,
                           &view, [&](const Result<TimelinessReport>&) { called = true; });
        }
        builder.go.release(1000);
        QTRY_VERIFY(!loader.building());
        QTRY_COMPARE(builder.builds.loadAcquire(), 2); // the build, then the ten years ahead
        QTRY_VERIFY(!loader.building());
        QVERIFY(!called);
    }

    void aFailureIsPassedOnAndNothingKept()
    {
        const TimelinessReportCache cache(service);
        Builder builder;
        builder.fail = true;
        ReportLoader loader(cache, builder.function());
        QObject view;
        std::optional<Result<TimelinessReport>> got;
        const ReportRequest quarter{QDate(2026, 10, 1), QDate(2026, 12, 1), today};
        loader.request(quarter, nurse, &view, [&](const Result<TimelinessReport>& r) { got = r; });
        QTRY_VERIFY(got.has_value());
        QVERIFY(!got->ok());
        QCOMPARE(got->failure().message, QStringLiteral("the database is not there"));
        QVERIFY(!loader.holds(quarter, nurse));
        QCOMPARE(builder.builds.loadAcquire(), 1); // nothing worked out ahead of a failure
    }

    void withoutAnotherThreadTheAnswerComesAtOnce()
    {
        const TimelinessReportCache cache(service);
        ReportLoader loader(cache, {});
        QObject view;
        bool called = false;
        loader.request(ReportRequest{QDate(2026, 10, 1), QDate(2026, 12, 1), today}, nurse, &view,
                       [&](const Result<TimelinessReport>& r) { called = r.ok(); });
        QVERIFY(called);
        QVERIFY(!loader.building());
    }
};

QTEST_GUILESS_MAIN(TestReportLoader)
#include "tst_reportloader.moc"
