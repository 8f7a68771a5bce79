// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The published view of a report: suppression applied to the board table, the placement
// groups, the late reasons and the commentary, and percentages only from shown counts.
#include "ReportFixture.h"
#include "data/SettingsStore.h"
#include "reporting/BoardPaperText.h"
#include "reporting/EarlierPaper.h"
#include "reporting/PublishedReport.h"
#include "reporting/TimelinessReportService.h"

#include <QJsonArray>
#include <QTest>

using namespace lac;
using lac::test::ReportFixture;
using I = ReportIndicator;
using L = LocationColumn;

class TestPublishedReport : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportFixture> fx;
    TimelinessReport quarter;

    static TimelinessReport oneMonth()
    {
        TimelinessReport r;
        r.firstMonth = r.lastMonth = QDate(2026, 1, 1);
        r.asOf = QDate(2026, 5, 31);
        MonthFigures m;
        m.month = r.firstMonth;
        m[I::EnteredCare] = LocationCounts{12, 3, 0};
        m[I::IhaDue] = LocationCounts{15, 3, 0};
        m[I::IhaInTime] = LocationCounts{12, 3, 0};
        m[I::IhaLate] = LocationCounts{3, 0, 0};
        m[I::IhaRequestsInTime] = LocationCounts{15, 3, 0};
        r.months << m;
        r.groups << GroupFigures{QStringLiteral("foster_other"), 10, 3, 0, 0, 0, 0}
                 << GroupFigures{QStringLiteral("homes_secure"), 5, 0, 0, 0, 0, 0};
        return r;
    }

    /// A public paper in the table's shape before any redesign (every row by month for all
    /// children, split for the period only), for the tests of the suppression itself;
    /// BoardTableLayout is tested in tst_boardtablelayout.
    static PublishedReport unredesigned(const TimelinessReport& r, QList<EarlierPaper> earlier = {})
    {
        return PublishedReport(r, 5, std::move(earlier), BoardTableLayout{});
    }

private Q_SLOTS:
    void initTestCase()
    {
        fx = std::make_unique<ReportFixture>(QStringLiteral("published"));
        fx->buildQuarterScenario();
        const SettingsStore settings(fx->db());
        const TimelinessReportService service(fx->db(), settings);
        auto r =
            service.build(ReportRequest{QDate(2026, 1, 1), QDate(2026, 3, 1), QDate(2026, 5, 31)},
                          ReportSettings::load(settings));
        QVERIFY(r);
        quarter = r.value();
    }

    void unsuppressedShowsEveryCount()
    {
        const PublishedReport p(quarter, 0);
        QVERIFY(!p.suppressing());
        QCOMPARE(p.count(0, I::EnteredCare, L::Total), QStringLiteral("4"));
        QCOMPARE(p.count(0, I::EnteredCare, L::InArea), QStringLiteral("2"));
        QCOMPARE(p.count(p.periodColumn(), I::EnteredCare, L::Total), QStringLiteral("7"));
        QCOMPARE(p.columnTitle(0), QStringLiteral("Jan 2026"));
        QCOMPARE(p.columnTitle(p.periodColumn()), QStringLiteral("Q1 2026"));
        QCOMPARE(p.periodText(), QStringLiteral("January 2026 to March 2026"));
    }

    void percentages()
    {
        const PublishedReport p(quarter, 0);
        QCOMPARE(p.percent(0, TimelinessMeasure::IhaInTime, L::Total), QStringLiteral("33%"));
        QCOMPARE(p.percent(0, TimelinessMeasure::IhaInTime, L::InArea), QStringLiteral("100%"));
        QCOMPARE(p.percent(0, TimelinessMeasure::IhaInTime, L::OutOfArea), QStringLiteral("0%"));
        // February: no child out of area, nothing to measure.
        QCOMPARE(p.percent(1, TimelinessMeasure::IhaInTime, L::OutOfArea), QStringLiteral("–"));
        QVERIFY(!p.percentValue(1, TimelinessMeasure::IhaInTime, L::OutOfArea));
        QCOMPARE(p.percent(0, TimelinessMeasure::IhaRequestsInTime, L::Total),
                 QStringLiteral("33%"));
        QCOMPARE(p.percent(2, TimelinessMeasure::RhaInTime, L::Total), QStringLiteral("33%"));
        QCOMPARE(PublishedReport::percentText(99.6), QStringLiteral("99%"));
        QCOMPARE(PublishedReport::percentText(0.3), QStringLiteral("1%"));
        QCOMPARE(PublishedReport::percentText(100), QStringLiteral("100%"));
    }

    void exceptionsInPlainWords()
    {
        const PublishedReport p(quarter, 0);
        QCOMPARE(
            p.exceptions(0),
            QStringLiteral("Late: 1 out of area, provider waiting list; 1 no reason recorded."));
        QCOMPARE(p.exceptions(1), QStringLiteral("Late: 1 cancelled by carer."));
        QCOMPARE(p.exceptions(2),
                 QStringLiteral(
                     "Late: 1 no clinic or doctor slot; 1 was not brought; 1 no reason "
                     "recorded. Appointments missed: 1 was not brought; 1 cancelled by carer."));
        QCOMPARE(p.owners(),
                 (QList<QString>{QStringLiteral("health"), QStringLiteral("host_health"),
                                 QStringLiteral("carer"), QString()}));
        QCOMPARE(p.ownerCount(p.periodColumn(), 2), QStringLiteral("2"));
    }

    void aPublicPaperSplitsThePeriodOnly()
    {
        // Internal figures keep every split; a public paper gives each month for all children
        // and the split, the numbers due, IHA requests and late reasons for the whole period
        // (docs/reporting.md).
        const PublishedReport internal(quarter, 0);
        QVERIFY(internal.monthSplits());
        QCOMPARE(internal.count(0, I::EnteredCare, L::InArea), QStringLiteral("2"));
        QCOMPARE(internal.count(0, I::IhaRequestsInTime, L::Total), QStringLiteral("1"));
        const PublishedReport p = unredesigned(quarter);
        QVERIFY(!p.monthSplits());
        const int period = p.periodColumn();
        for (int m = 0; m < p.monthCount(); ++m) {
            for (I ind : allReportIndicators()) {
                QVERIFY(!p.isPrinted(m, ind, L::InArea));
                QVERIFY(!p.isPrinted(m, ind, L::OutOfArea));
                // The numbers due are the period's: by month a total beside its parts gives
                // away any part of 1 to 4.
                QCOMPARE(p.isPrinted(m, ind, L::Total),
                         ind != I::IhaRequestsInTime && ind != I::IhaDue && ind != I::RhaDue);
            }
            QVERIFY(p.percent(m, TimelinessMeasure::IhaRequestsInTime, L::Total).isEmpty());
            // No monthly late reasons or owners: the month says only what was missed.
            QVERIFY(!p.exceptions(m).contains(QStringLiteral("Late")));
            QVERIFY(p.ownerCount(m, 0).isEmpty());
        }
        QCOMPARE(p.exceptions(1), QStringLiteral("No appointments missed."));
        QVERIFY(p.exceptions(period).startsWith(QStringLiteral("Late: ")));
        // (Its four owners, 6 late in all, are counted together in one row.)
        QCOMPARE(p.owners().size(), 1);
        QVERIFY(!p.ownerCount(period, 0).isEmpty());
        QVERIFY(p.isPrinted(period, I::IhaRequestsInTime, L::Total));
        QVERIFY(!p.isPrinted(period, I::IhaRequestsInTime, L::InArea));
        QVERIFY(p.isPrinted(period, I::RhaInTime, L::OutOfArea));
        // What an export's audit entry keeps says the same: an empty text is not printed.
        const QJsonObject jan = p.publishedCells()
                                    .value(QStringLiteral("columns"))
                                    .toObject()
                                    .value(QStringLiteral("2026-01"))
                                    .toObject();
        QCOMPARE(jan.value(QStringLiteral("entered_care")).toArray(),
                 (QJsonArray{QString(), QString(), QStringLiteral("<5")}));
    }

    void smallNumbersInTheQuarterAreHidden()
    {
        const PublishedReport p = unredesigned(quarter);
        QVERIFY(p.anyHidden());
        // A public paper gives each month for all children; the split is for the quarter.
        QVERIFY(p.count(0, I::EnteredCare, L::InArea).isEmpty());
        QVERIFY(!p.isPrinted(0, I::EnteredCare, L::OutOfArea));
        QCOMPARE(p.count(0, I::EnteredCare, L::Total), QStringLiteral("<5"));
        // So were the months split, three "<5" months under a "<5" quarter would pin counts
        // by their labels alone, and zeros had to be "<5" too. Without the monthly split no
        // label pins another: zeros are shown, and the method box says "1 to 4".
        QVERIFY(!p.suppression().zerosAreSmall());
        QCOMPARE(p.count(1, I::IhaInTime, L::Total), QStringLiteral("0"));
        QVERIFY(BoardPaperText::method(p)
                    .join(QLatin1Char(' '))
                    .contains(QStringLiteral("counts from 1 to 4 are shown as \"<5\"")));
        QCOMPARE(p.percent(0, TimelinessMeasure::IhaInTime, L::Total), QStringLiteral("*"));
        QVERIFY(!p.percentValue(0, TimelinessMeasure::IhaInTime, L::Total));
        QCOMPARE(p.openPaperworkIssues(0), QStringLiteral("<5"));
        QVERIFY(!p.openPaperworkShown(0));
        // The period: 7 entered care, 5 in area, 1 out of area and 1 whose placement is not
        // known, counted together (2). Showing 7 with the 5 would give the 2 away: the 7 goes.
        // The months' in-area counts (2, 1, 2) are not printed but add up to the 5, each no
        // more than its month's "<5": shown, the 5 would narrow them, so it goes too.
        QCOMPARE(p.rawCount(p.periodColumn(), I::EnteredCare, L::OutOfArea), 2);
        QCOMPARE(p.count(p.periodColumn(), I::EnteredCare, L::InArea), QStringLiteral("*"));
        QCOMPARE(p.count(p.periodColumn(), I::EnteredCare, L::OutOfArea), QStringLiteral("<5"));
        QCOMPARE(p.count(p.periodColumn(), I::EnteredCare, L::Total), QStringLiteral("*"));
        // The audit attacks the unprinted month splits too, and says they are not printed.
        QVERIFY(p.audit()
                    .lines.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("Children who entered care, Jan 2026, in area: shown "
                                             "as (not printed); the paper allows 1 to 4")));
        // Nothing hidden can be worked out, and no printed figure is a number from 1 to 4.
        QVERIFY2(p.audit().leak.isEmpty(), qPrintable(p.audit().leak));
        for (int c = 0; c <= p.periodColumn(); ++c) {
            for (I ind : allReportIndicators()) {
                for (L where : {L::InArea, L::OutOfArea, L::Total}) {
                    bool ok = false;
                    const int n = p.count(c, ind, where).toInt(&ok);
                    QVERIFY(!ok || n == 0 || n >= 5);
                }
            }
        }
    }

    void secondarySuppressionProtectsTheTotal()
    {
        // 12 in area + 3 out of area = 15: showing 12 and 15 would give the 3 away. The 12
        // is hidden rather than the total, which boards read first. (A public paper splits
        // the period, here the one month, not the month's own column.)
        const PublishedReport p = unredesigned(oneMonth());
        const int period = p.periodColumn();
        QVERIFY(!p.suppression().zerosAreSmall());
        QCOMPARE(p.count(period, I::EnteredCare, L::OutOfArea), QStringLiteral("<5"));
        QCOMPARE(p.count(period, I::EnteredCare, L::InArea), QStringLiteral("*"));
        QCOMPARE(p.count(period, I::EnteredCare, L::Total), QStringLiteral("15"));
        // The month's column repeats the period for all children: the same 15.
        QCOMPARE(p.count(0, I::EnteredCare, L::Total), QStringLiteral("15"));
        QVERIFY(p.count(0, I::EnteredCare, L::InArea).isEmpty());
        // 12 in time and 3 late in area: the percentage would reveal the 3.
        QCOMPARE(p.count(period, I::IhaLate, L::InArea), QStringLiteral("<5"));
        QCOMPARE(p.percent(period, TimelinessMeasure::IhaInTime, L::InArea), QStringLiteral("*"));
        QVERIFY(p.percent(0, TimelinessMeasure::IhaInTime, L::InArea).isEmpty());
        // All IHAs: 18 due = 15 in time + 3 late, so with the 3 hidden one of the others goes
        // too; the placement groups add up to the IHAs in time (10 + 5) and late (3 + 0).
        QVERIFY(p.suppression().isProtected());
        QCOMPARE(p.count(0, I::IhaLate, L::Total), QStringLiteral("<5"));
        QCOMPARE(p.groupCount(0, GroupMeasure::IhaLate), QStringLiteral("<5"));
        QCOMPARE(p.groupPercent(0, true), QStringLiteral("*"));
        QCOMPARE(p.groupCount(1, GroupMeasure::IhaLate), QStringLiteral("0"));
        QVERIFY(p.audit().leak.isEmpty());
        // Every "*" is 5 or more (zeros are never hidden), and is no wider known than that.
        const auto f = p.suppressionFigures();
        QVERIFY(f.secondary > 0);
        QCOMPARE(f.largeHidden, f.secondary);
    }

    void aLargeCountyHidesNothingLarge()
    {
        // Thousands of assessments a month, and a handful whose placement is not known. Left
        // unprinted, each "not known" remainder (3) could be worked out as all − in − out, and
        // hiding it cost the in/out split of every headline. Counted with "out of area or not
        // known", nothing is small and nothing is hidden.
        TimelinessReport r;
        r.firstMonth = QDate(2025, 12, 1);
        r.lastMonth = QDate(2026, 11, 1);
        r.asOf = QDate(2026, 12, 5);
        for (int m = 0; m < 12; ++m) {
            MonthFigures f;
            f.month = r.firstMonth.addMonths(m);
            f[I::EnteredCare] = LocationCounts{400 + m, 200, 3};
            f[I::IhaDue] = LocationCounts{400 + m, 200, 3};
            f[I::IhaInTime] = LocationCounts{300 + m, 150, 2};
            f[I::IhaLate] = LocationCounts{100, 50, 1};
            f[I::IhaRequestsInTime] = LocationCounts{380, 190, 3};
            f[I::RhaDue] = LocationCounts{4000, 2000, 4};
            f[I::RhaInTime] = LocationCounts{3500, 1800, 3};
            f[I::RhaLate] = LocationCounts{500, 200, 1};
            r.months << f;
        }
        const PublishedReport p(r, 5);
        const auto figures = p.suppressionFigures();
        QCOMPARE(figures.largeHidden, 0);
        QCOMPARE(figures.secondary, 0);
        // The split is given for the year (12 months of 1,800 + 3), and, as no monthly part
        // is from 1 to 4, for each month too (BoardTableLayout).
        QCOMPARE(p.count(p.periodColumn(), I::RhaInTime, L::OutOfArea), QStringLiteral("21636"));
        QCOMPARE(p.count(0, I::RhaInTime, L::OutOfArea), QStringLiteral("1803"));
        QVERIFY(p.isPrinted(0, I::EnteredCare, L::InArea));
        QVERIFY(!p.isPrinted(0, I::RhaDue, L::Total)); // the numbers due: the period's only
        QCOMPARE(p.count(0, I::RhaInTime, L::Total), QStringLiteral("5303"));
        QVERIFY(p.audit().leak.isEmpty());
    }

    void theAuditNamesLateWithNoReasonInWords()
    {
        // Late assessments with no reason recorded have no owner of the delay: the audit
        // says so instead of "late because of , Jan 2026".
        TimelinessReport r = oneMonth();
        r.months[0].lateReasons << LateReasonCount{QString(), QStringLiteral("No reason recorded"),
                                                   QString(), 2}
                                << LateReasonCount{QStringLiteral("carer_cancelled"),
                                                   QStringLiteral("Cancelled by carer"),
                                                   QStringLiteral("carer"), 1};
        const PublishedReport p(r, 5);
        const QString lines = p.audit().lines.join(QLatin1Char('\n'));
        QVERIFY2(lines.contains(QStringLiteral("late, reason not recorded, Jan 2026")),
                 qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("late because of carer, Jan 2026")),
                 qPrintable(lines));
        QVERIFY2(!lines.contains(QStringLiteral("because of ,")), qPrintable(lines));
    }

    /// Two months of in-area IHAs: entered care = due = late (nothing else), from \a first.
    static TimelinessReport lateOnly(QDate first, int a, int b, QDate asOf)
    {
        TimelinessReport r;
        r.firstMonth = first;
        r.lastMonth = first.addMonths(1);
        r.asOf = asOf;
        for (int n : {a, b}) {
            MonthFigures m;
            m.month = first.addMonths(int(r.months.size()));
            for (I ind : {I::EnteredCare, I::IhaDue, I::IhaLate})
                m[ind] = LocationCounts{n, 0, 0};
            r.months << m;
        }
        return r;
    }

    void papersReadTogetherGiveNothingNewAway()
    {
        // Published before: January and February, 3 and 6 late, as "<5", "*" and 9 (safe
        // alone: the 3 could be 1 to 4). Now: February and March, 6 and 7, nothing small, so
        // all shown. Together: 9 − 6 gives January's 3 away. The new paper must be refused.
        const QDate asOf(2026, 5, 31);
        EarlierPaper before;
        before.figures = lateOnly(QDate(2026, 1, 1), 3, 6, asOf);
        before.firstMonth = before.figures.firstMonth;
        before.lastMonth = before.figures.lastMonth;
        before.asOf = asOf;
        before.threshold = 5;
        before.publishedAt = QStringLiteral("2026-04-01T09:00:00Z");
        const auto texts = [](const QString& in) {
            QJsonObject indicators;
            for (I ind : allReportIndicators()) {
                const bool used = ind == I::EnteredCare || ind == I::IhaDue || ind == I::IhaLate;
                indicators.insert(indicatorCode(ind),
                                  QJsonArray{used ? in : QStringLiteral("0"), QStringLiteral("0"),
                                             used ? in : QStringLiteral("0")});
            }
            return indicators;
        };
        before.columns = {{QStringLiteral("2026-01"), texts(QStringLiteral("<5"))},
                          {QStringLiteral("2026-02"), texts(QStringLiteral("*"))},
                          {QStringLiteral("period"), texts(QStringLiteral("9"))}};
        const TimelinessReport later = lateOnly(QDate(2026, 2, 1), 6, 7, asOf);
        const PublishedReport alone(later, 5);
        QVERIFY(alone.audit().leak.isEmpty());
        QCOMPARE(alone.suppressionFigures().secondary, 0); // alone, it hides nothing
        // Read with the earlier paper, February's 6 gives January away: it is hidden now,
        // and so is something to keep it from being worked out from the rest.
        const PublishedReport withEarlier(later, 5, {before});
        QVERIFY2(withEarlier.audit().leak.isEmpty(), qPrintable(withEarlier.audit().leak));
        QVERIFY(!withEarlier.shownCount(0, I::IhaLate, L::InArea));
        QVERIFY(withEarlier.suppressionFigures().secondary >= 2);

        // The same earlier paper as an export's audit entry keeps it reads back whole; and a
        // paper that only repeats what the earlier one showed gives nothing new away.
        QJsonObject after{{QStringLiteral("from"), QStringLiteral("2026-01")},
                          {QStringLiteral("to"), QStringLiteral("2026-02")},
                          {QStringLiteral("as_of"), QStringLiteral("2026-05-31")},
                          {QStringLiteral("published"),
                           QJsonObject{{QStringLiteral("threshold"), 5},
                                       {QStringLiteral("zeros_small"), false},
                                       {QStringLiteral("columns"), before.columns}}}};
        const auto read = EarlierPaper::fromAuditEntry(after, before.publishedAt);
        QVERIFY(read);
        QCOMPARE(read->firstMonth, before.firstMonth);
        QCOMPARE(read->lastMonth, before.lastMonth);
        QCOMPARE(read->columns, before.columns);
        QVERIFY(!EarlierPaper::fromAuditEntry(QJsonObject{}, QString()));
        const PublishedReport same(before.figures, 5);
        EarlierPaper itself = before;
        itself.columns = same.publishedCells().value(QStringLiteral("columns")).toObject();
        const PublishedReport again(before.figures, 5, {itself});
        QVERIFY(again.audit().leak.isEmpty());
        QCOMPARE(again.publishedCells(), same.publishedCells()); // nothing more to hide
    }

    void boardPaperTextUsesPublishedFigures()
    {
        const PublishedReport p = unredesigned(quarter);
        const QString summary = BoardPaperText::summary(p).join(QLatin1Char(' '));
        // 7 children (5 in area, 2 out or not known): see smallNumbersInTheQuarterAreHidden.
        QVERIFY2(summary.contains(QStringLiteral("* (* in area, <5 out of area or not known)")),
                 qPrintable(summary));
        // Plain English for a range and for one month ("Between X to Y" read badly).
        QVERIFY2(summary.startsWith(QStringLiteral("From January 2026 to March 2026, ")),
                 qPrintable(summary));
        const TimelinessReport january = quarter.slice(QDate(2026, 1, 1), QDate(2026, 1, 1));
        const QString one = BoardPaperText::summary(PublishedReport(january, 5)).first();
        QVERIFY2(one.startsWith(QStringLiteral("In January 2026, ")), qPrintable(one));
        const QString method = BoardPaperText::method(p).join(QLatin1Char(' '));
        QVERIFY(method.contains(QStringLiteral("20 working days")));
        QVERIFY(method.contains(QStringLiteral("\"<5\"")));
        QVERIFY(method.contains(QStringLiteral("England and Wales")));
        QVERIFY(method.contains(QStringLiteral("counted with those placed out of area")));
        QVERIFY(method.contains(QStringLiteral("chosen by optimisation")));
        // No sentence starts with a hidden figure: "* review health assessments" reads as a
        // footnote mark.
        for (const QString& line : BoardPaperText::summary(p))
            QVERIFY2(line.front().isLetter(), qPrintable(line));
        // As published, the quarter's entries are not split (2 out of area or not known):
        // the sentence gives all children only, without an empty "( in area, …)".
        const QString redesigned =
            BoardPaperText::summary(PublishedReport(quarter, 5)).join(QLatin1Char(' '));
        QVERIFY2(redesigned.contains(QStringLiteral("2026, 7 children started a period of care.")),
                 qPrintable(redesigned));
        const QString internal =
            BoardPaperText::method(PublishedReport(quarter, 0)).join(QLatin1Char(' '));
        QVERIFY(internal.contains(QStringLiteral("must not be published")));
    }
};

QTEST_GUILESS_MAIN(TestPublishedReport)
#include "tst_publishedreport.moc"
