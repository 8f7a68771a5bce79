// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The OC2 rules as worked examples, with no database: who is in the cohort of 2025-26, and
// every field rule of a cohort child's row (the csc-validator-be-903 rule each one keeps is
// named in the row), with the gaps where the tracker lacks what a field needs.
#include "oc2/core/Oc2ReturnService.h"
#include "oc2/core/Oc2Rules.h"

#include <QTest>

using namespace lac;

namespace {

const Oc2Year year2526{2025};

QDate iso(const QString& s)
{
    return QDate::fromString(s, Qt::ISODate);
}

/// "S 2025-04-01 -": an episode from its type (S starts care, P placement change, V short
/// break, L left care at its end, X continues), start and end ("-" open).
QList<Oc2Episode> episodes(const QString& text)
{
    QList<Oc2Episode> all;
    for (const QString& one : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList p = one.trimmed().split(QLatin1Char(' '));
        Oc2Episode e;
        e.startsCare = p.at(0).contains(QLatin1Char('S'));
        e.shortBreak = p.at(0).contains(QLatin1Char('V'));
        e.leavesCare = p.at(0).contains(QLatin1Char('L'));
        e.start = iso(p.at(1));
        e.end = p.at(2) == QLatin1String("-") ? QDate() : iso(p.at(2));
        all << e;
    }
    return all;
}

/// A cohort child with every record the row needs: immunised, teeth checked and assessed in
/// the year, development reviews up to date, an SDQ score, facts known and all "no".
Oc2Child complete(QDate born)
{
    Oc2Child c;
    c.childId = 7;
    c.caseId = QStringLiteral("C7");
    c.dateOfBirth = born;
    c.assessmentOnRecord = true;
    c.assessmentsCompleted = {QDate(2025, 9, 1)};
    c.dental = {{QDate(2025, 10, 1), true}};
    c.immunisationsUpToDate = true;
    c.development = DevelopmentStatus::State::UpToDate;
    SdqRecord s;
    s.date = QDate(2025, 11, 1);
    s.score = 12;
    c.sdqs = {s};
    Oc2YearFacts f;
    f.firstYear = 2025;
    f.substanceMisuse = false;
    f.convicted = false;
    c.facts = f;
    return c;
}

std::optional<bool> flag(const QString& v)
{
    if (v == QLatin1String("?"))
        return std::nullopt;
    return v == QLatin1String("1");
}

/// Applies "what=value" changes to a complete child: sdq=SCORE|SDQn|none|SCORE@DATE,
/// misuse/received/offered/convicted=0|1|?, dev=up|behind|none, imms=1|0|none,
/// dental=seen|missed|old|none, ha=year|old|none.
void apply(Oc2Child& c, const QString& changes)
{
    for (const QString& change : changes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString what = change.section(QLatin1Char('='), 0, 0);
        const QString v = change.section(QLatin1Char('='), 1);
        if (what == QLatin1String("sdq")) {
            c.sdqs.clear();
            for (const QString& one : v.split(QLatin1Char(','))) {
                if (one == QLatin1String("none"))
                    continue;
                SdqRecord s;
                s.date = one.contains(QLatin1Char('@')) ? iso(one.section(QLatin1Char('@'), 1))
                                                        : QDate(2025, 11, 1);
                const QString value = one.section(QLatin1Char('@'), 0, 0);
                if (value.startsWith(QLatin1String("SDQ")))
                    s.reason = SdqReason(value.mid(3).toInt());
                else
                    s.score = value.toInt();
                c.sdqs << s;
            }
        } else if (what == QLatin1String("misuse")) {
            c.facts->substanceMisuse = flag(v);
        } else if (what == QLatin1String("received")) {
            c.facts->interventionReceived = flag(v);
        } else if (what == QLatin1String("offered")) {
            c.facts->interventionOffered = flag(v);
        } else if (what == QLatin1String("convicted")) {
            c.facts->convicted = flag(v);
        } else if (what == QLatin1String("facts")) {
            c.facts.reset();
        } else if (what == QLatin1String("dev")) {
            c.development = v == QLatin1String("up") ? DevelopmentStatus::State::UpToDate
                            : v == QLatin1String("behind")
                                ? DevelopmentStatus::State::Behind
                                : DevelopmentStatus::State::NothingRecorded;
        } else if (what == QLatin1String("imms")) {
            c.immunisationsUpToDate = v == QLatin1String("none")
                                          ? std::nullopt
                                          : std::optional<bool>(v == QLatin1String("1"));
        } else if (what == QLatin1String("dental")) {
            c.dental.clear();
            if (v == QLatin1String("missed"))
                c.dental = {{QDate(2025, 10, 1), false}};
            else if (v == QLatin1String("old"))
                c.dental = {{QDate(2024, 10, 1), true}, {QDate(2026, 4, 2), true}};
            else if (v == QLatin1String("seen"))
                c.dental = {{QDate(2026, 3, 31), true}};
        } else if (what == QLatin1String("ha")) {
            c.assessmentsCompleted.clear();
            c.assessmentOnRecord = v != QLatin1String("none");
            if (v == QLatin1String("year"))
                c.assessmentsCompleted = {QDate(2025, 4, 1)};
            else if (v == QLatin1String("old"))
                c.assessmentsCompleted = {QDate(2025, 3, 31)};
        } else {
            qFatal("unknown change %s", qPrintable(change));
        }
    }
}

} // namespace

class TestOc2Rules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void year()
    {
        QCOMPARE(Oc2Year::parse(QStringLiteral("2025-26")), std::optional<Oc2Year>(year2526));
        QCOMPARE(year2526.start(), QDate(2025, 4, 1));
        QCOMPARE(year2526.end(), QDate(2026, 3, 31));
        QCOMPARE(Oc2Year{2099}.label(), QStringLiteral("2099-00"));
        QVERIFY(!Oc2Year::parse(QStringLiteral("2025-27")));
        QVERIFY(!Oc2Year::parse(QStringLiteral("2025")));
        QVERIFY(!Oc2Year::parse(QStringLiteral("25-26")));
        QCOMPARE(Oc2Year::lastEnded(QDate(2026, 12, 6)), year2526);
        QCOMPARE(Oc2Year::lastEnded(QDate(2026, 3, 31)), Oc2Year{2024});
        QCOMPARE(Oc2Year::lastEnded(QDate(2026, 4, 1)), year2526);
    }

    void cohort_data()
    {
        QTest::addColumn<QString>("episodes");
        QTest::addColumn<bool>("in");
        QTest::newRow("entered care on 1 April of the previous year: 12 months at 31 March")
            << "S 2025-04-01 -" << true;
        QTest::newRow("entered care on 2 April: not 12 months") << "S 2025-04-02 -" << false;
        QTest::newRow("entered the March before") << "S 2025-03-31 -" << true;
        QTest::newRow("in care for years, placement moves in the year")
            << "S 2019-05-01 2025-06-30; P 2025-06-30 2025-12-01; P 2025-12-01 -" << true;
        QTest::newRow("left in the year and came back")
            << "SL 2020-01-01 2025-09-30; S 2025-11-01 -" << false;
        QTest::newRow("left and came back before the year")
            << "SL 2020-01-01 2024-06-01; S 2024-08-01 -" << true;
        QTest::newRow("left in the year, not back") << "SL 2020-01-01 2025-09-30" << false;
        QTest::newRow("left on 31 March: looked after at 31 March")
            << "SL 2020-01-01 2026-03-31" << true;
        QTest::newRow("left on 30 March") << "SL 2020-01-01 2026-03-30" << false;
        QTest::newRow("left on 1 April, the first day of the year")
            << "SL 2020-01-01 2025-04-01" << false;
        QTest::newRow("an agreed series of short breaks in the year") << "SV 2024-01-01 -" << false;
        QTest::newRow("short breaks before the year, then care")
            << "SVL 2023-01-01 2024-02-01; S 2024-02-02 -" << true;
        QTest::newRow("a short break episode inside a long period in the year")
            << "S 2020-01-01 2025-07-01; V 2025-07-01 2025-07-08; P 2025-07-08 -" << false;
        QTest::newRow("care began before our records (no S)") << "P 2025-06-01 -" << true;
        QTest::newRow("left before the year") << "SL 2020-01-01 2025-03-30" << false;
        QTest::newRow("entered after the year") << "S 2026-04-01 -" << false;
        QTest::newRow("no episodes") << "" << false;
    }
    void cohort()
    {
        QFETCH(QString, episodes);
        QFETCH(bool, in);
        QCOMPARE(Oc2Rules::inCohort(::episodes(episodes), year2526), in);
    }

    void row_data()
    {
        QTest::addColumn<QDate>("born");
        QTest::addColumn<QString>("changes");
        QTest::addColumn<QString>("expected"); // FIELD=value, space-separated
        QTest::addColumn<QString>("gaps");     // fields with a gap
        // Ages on 31 March 2026 / 1 April 2025.
        QTest::newRow("age 9 (10 on 1 April): no CONVICTED (542)")
            << QDate(2016, 4, 1) << "convicted=?"
            << "CHILD=C7 DOB=01/04/2016 CONVICTED= HEALTH_CHECK= SDQ_SCORE=12 SDQ_REASON="
            << "";
        QTest::newRow("10 on 31 March: CONVICTED required (543)")
            << QDate(2016, 3, 31) << "convicted=1"
            << "CONVICTED=1"
            << "";
        QTest::newRow("10 on 31 March, unknown: a gap, not a 0")
            << QDate(2016, 3, 31) << "convicted=?"
            << "CONVICTED="
            << "CONVICTED";
        QTest::newRow("aged 4 on 31 March: HEALTH_CHECK and SDQ both asked (545, 186)")
            << QDate(2021, 6, 1) << "dev=behind"
            << "HEALTH_CHECK=0 SDQ_SCORE=12"
            << "";
        QTest::newRow("5 on 31 March: no HEALTH_CHECK (546)") << QDate(2021, 3, 31) << "dev=none"
                                                              << "HEALTH_CHECK="
                                                              << "";
        QTest::newRow("under 5: HEALTH_CHECK from the development reviews (545)")
            << QDate(2022, 1, 1) << "dev=up"
            << "HEALTH_CHECK=1"
            << "";
        QTest::newRow("under 5 with no review recorded: a gap") << QDate(2022, 1, 1) << "dev=none"
                                                                << "HEALTH_CHECK="
                                                                << "HEALTH_CHECK";
        QTest::newRow("under 4 on 31 March: no SDQ fields at all (188)") << QDate(2022, 4, 1) << ""
                                                                         << "SDQ_SCORE= SDQ_REASON="
                                                                         << "";
        QTest::newRow("4 on 31 March, turned 4 in the year, none recorded: SDQ1 (197B, 157)")
            << QDate(2022, 3, 31) << "sdq=none"
            << "SDQ_SCORE= SDQ_REASON=SDQ1"
            << "";
        QTest::newRow("4 all year, none recorded: a gap (186)") << QDate(2021, 3, 31) << "sdq=none"
                                                                << "SDQ_SCORE= SDQ_REASON="
                                                                << "SDQ_SCORE";
        QTest::newRow("SDQ1 recorded for a child 4-16 all year: a gap (157)")
            << QDate(2015, 1, 1) << "sdq=SDQ1"
            << "SDQ_REASON="
            << "SDQ_REASON";
        QTest::newRow("a reason alone (197a)") << QDate(2015, 1, 1) << "sdq=SDQ2"
                                               << "SDQ_SCORE= SDQ_REASON=SDQ2"
                                               << "";
        QTest::newRow("a score and, later, a reason: the score alone (197a)")
            << QDate(2015, 1, 1) << "sdq=30@2025-05-01,SDQ5@2026-02-01"
            << "SDQ_SCORE=30 SDQ_REASON="
            << "";
        QTest::newRow("the last score of the year")
            << QDate(2015, 1, 1) << "sdq=30@2025-05-01,7@2026-03-31"
            << "SDQ_SCORE=7"
            << "";
        QTest::newRow("a score from before the year does not count")
            << QDate(2015, 1, 1) << "sdq=30@2025-03-31"
            << "SDQ_SCORE="
            << "SDQ_SCORE";
        QTest::newRow("score 0 is a score (180)") << QDate(2015, 1, 1) << "sdq=0"
                                                  << "SDQ_SCORE=0"
                                                  << "";
        QTest::newRow("16 on 1 April, 17 in the year: SDQ asked, SDQ1 allowed (197B)")
            << QDate(2008, 6, 1) << "sdq=none"
            << "SDQ_REASON=SDQ1"
            << "";
        QTest::newRow("16 on 31 March, none recorded: a gap, though SDQ1 would pass")
            << QDate(2009, 9, 1) << "sdq=none"
            << "SDQ_REASON="
            << "SDQ_SCORE";
        QTest::newRow("16 on 31 March, SDQ1 recorded: allowed (157)")
            << QDate(2009, 9, 1) << "sdq=SDQ1"
            << "SDQ_REASON=SDQ1"
            << "";
        QTest::newRow("17 on 1 April: no SDQ fields (189)") << QDate(2008, 4, 1) << ""
                                                            << "SDQ_SCORE= SDQ_REASON="
                                                            << "";
        QTest::newRow("16 the day before 1 April's 17th: SDQ asked") << QDate(2008, 4, 2) << ""
                                                                     << "SDQ_SCORE=12"
                                                                     << "";
        QTest::newRow("no substance misuse: no intervention fields (193)")
            << QDate(2010, 1, 1) << ""
            << "SUBSTANCE_MISUSE=0 INTERVENTION_RECEIVED= "
               "INTERVENTION_OFFERED="
            << "";
        QTest::newRow("misuse, intervention received: offered blank (158)")
            << QDate(2010, 1, 1) << "misuse=1 received=1"
            << "SUBSTANCE_MISUSE=1 INTERVENTION_RECEIVED=1 INTERVENTION_OFFERED="
            << "";
        QTest::newRow("misuse, not received: offered required (159)")
            << QDate(2010, 1, 1) << "misuse=1 received=0 offered=1"
            << "INTERVENTION_RECEIVED=0 INTERVENTION_OFFERED=1"
            << "";
        QTest::newRow("misuse, received unknown: a gap (192)") << QDate(2010, 1, 1) << "misuse=1"
                                                               << "INTERVENTION_RECEIVED="
                                                               << "INTERVENTION_RECEIVED";
        QTest::newRow("misuse, not received, offered unknown: a gap (159)")
            << QDate(2010, 1, 1) << "misuse=1 received=0"
            << "INTERVENTION_OFFERED="
            << "INTERVENTION_OFFERED";
        QTest::newRow("no facts at all: both social care fields are gaps (182, 543)")
            << QDate(2010, 1, 1) << "facts=none"
            << "SUBSTANCE_MISUSE= CONVICTED="
            << "CONVICTED SUBSTANCE_MISUSE";
        QTest::newRow("immunisations not up to date is a 0") << QDate(2010, 1, 1) << "imms=0"
                                                             << "IMMUNISATIONS=0"
                                                             << "";
        QTest::newRow("no immunisation history: a gap (191)") << QDate(2010, 1, 1) << "imms=none"
                                                              << "IMMUNISATIONS="
                                                              << "IMMUNISATIONS";
        QTest::newRow("a dental visit without a check: 0") << QDate(2010, 1, 1) << "dental=missed"
                                                           << "TEETH_CHECK=0"
                                                           << "";
        QTest::newRow("checks only outside the year: 0") << QDate(2010, 1, 1) << "dental=old"
                                                         << "TEETH_CHECK=0"
                                                         << "";
        QTest::newRow("checked on 31 March: 1") << QDate(2010, 1, 1) << "dental=seen"
                                                << "TEETH_CHECK=1"
                                                << "";
        QTest::newRow("no dental record at all: a gap (191)") << QDate(2010, 1, 1) << "dental=none"
                                                              << "TEETH_CHECK="
                                                              << "TEETH_CHECK";
        QTest::newRow("assessed on 1 April: 1") << QDate(2010, 1, 1) << "ha=year"
                                                << "HEALTH_ASSESSMENT=1"
                                                << "";
        QTest::newRow("assessed the day before the year: 0") << QDate(2010, 1, 1) << "ha=old"
                                                             << "HEALTH_ASSESSMENT=0"
                                                             << "";
        QTest::newRow("no assessment on record: a gap (191)") << QDate(2010, 1, 1) << "ha=none"
                                                              << "HEALTH_ASSESSMENT="
                                                              << "HEALTH_ASSESSMENT";
        QTest::newRow("everything known: the four core flags filled (182)")
            << QDate(2010, 1, 1) << ""
            << "IMMUNISATIONS=1 TEETH_CHECK=1 HEALTH_ASSESSMENT=1 SUBSTANCE_MISUSE=0 CONVICTED=0"
            << "";
    }
    void row()
    {
        QFETCH(QDate, born);
        QFETCH(QString, changes);
        QFETCH(QString, expected);
        QFETCH(QString, gaps);
        Oc2Child child = complete(born);
        apply(child, changes);
        const Oc2Rules::Outcome out = Oc2Rules::row(child, year2526);
        const QStringList cells = Oc2ReturnService::cells(out.row);
        const QStringList columns = Oc2ReturnService::columns();
        QCOMPARE(cells.size(), 12);
        for (const QString& e : expected.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString column = e.section(QLatin1Char('='), 0, 0);
            QVERIFY2(columns.contains(column), qPrintable(column));
            QCOMPARE(column + QLatin1Char('=') + cells.at(columns.indexOf(column)), e);
        }
        QStringList gapFields;
        for (const Oc2Gap& g : out.gaps) {
            gapFields << Oc2Rules::fieldName(g.field);
            QCOMPARE(g.caseId, QStringLiteral("C7"));
            QVERIFY(!g.missing.isEmpty());
        }
        gapFields.sort();
        QCOMPARE(gapFields.join(QLatin1Char(' ')), gaps);
    }

    void theColumnsAreExactlyTheDfEs()
    {
        QCOMPARE(Oc2ReturnService::columns().join(QLatin1Char(',')),
                 QStringLiteral("CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,"
                                "IMMUNISATIONS,TEETH_CHECK,HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,"
                                "INTERVENTION_RECEIVED,INTERVENTION_OFFERED"));
    }
};

QTEST_MAIN(TestOc2Rules)
#include "tst_oc2rules.moc"
