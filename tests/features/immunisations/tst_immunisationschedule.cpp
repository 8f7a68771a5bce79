// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The immunisation rules in core, on worked children of several birth cohorts, against the
// schedule file bundled with the program; and the loader's refusal of a malformed file.
#include "immunisations/core/ImmunisationSchedule.h"
#include "immunisations/core/ImmunisationStatus.h"

#include <QTest>

using namespace lac;

namespace {

QStringList L(std::initializer_list<const char*> items)
{
    QStringList l;
    for (const char* i : items)
        l << QString::fromLatin1(i);
    return l;
}

/// "6in1 8w" (given at 8 weeks old) or "MMR 2023-02-01" (given on that day).
QList<ImmunisationDose> doses(QDate dob, const QStringList& given)
{
    QList<ImmunisationDose> list;
    for (const QString& g : given) {
        const QStringList parts = g.split(QLatin1Char(' '));
        ImmunisationDose d;
        d.id = list.size() + 1;
        d.vaccine = parts.at(0);
        d.date = QDate::fromString(parts.at(1), Qt::ISODate);
        if (!d.date.isValid())
            d.date = ScheduleAge::parse(parts.at(1))->on(dob);
        list << d;
    }
    return list;
}

QStringList names(const QList<DoseStanding>& standings)
{
    QStringList n;
    for (const DoseStanding& s : standings)
        n << s.dose.vaccine + QLatin1Char('#') + QString::number(s.dose.number);
    n.sort();
    return n;
}

QString why(UncountedDose::Why w)
{
    switch (w) {
    case UncountedDose::Why::TooYoung:
        return QStringLiteral("too young");
    case UncountedDose::Why::TooSoon:
        return QStringLiteral("too soon");
    case UncountedDose::Why::TooOld:
        return QStringLiteral("too old");
    case UncountedDose::Why::NotInSchedule:
        break;
    }
    return QStringLiteral("not in schedule");
}

const QStringList infant2023 = L({"6in1 8w", "MenB 8w", "rotavirus 8w", "6in1 12w", "PCV 12w",
                                  "rotavirus 12w", "6in1 16w", "MenB 16w"});
const QStringList oneYear2023 = L({"HibMenC 1y", "MMR 1y", "PCV 1y", "MenB 1y"});
const QStringList infant2026 = L({"6in1 8w", "MenB 8w", "rotavirus 8w", "6in1 12w", "MenB 12w",
                                  "rotavirus 12w", "6in1 16w", "PCV 16w"});

const QByteArray minimalFile =
    "{\n"
    "  \"format\": 1, \"minimumIntervalWeeks\": 4,\n"
    "  \"vaccines\": [{\"code\": \"MMR\", \"name\": \"MMR\"}],\n"
    "  \"schedules\": [{\n"
    "    \"id\": \"s1\", \"title\": \"one\", \"bornBefore\": \"2024-07-01\",\n"
    "    \"source\": {\"title\": \"a document\", \"url\": \"https://example.org\", \"date\": "
    "\"2023-09-01\"},\n"
    "    \"doses\": [{\"vaccine\": \"MMR\", \"series\": \"measles\", \"dose\": 1, \"due\": \"1y\", "
    "\"minimumAge\": \"1y\"}]\n"
    "  }]\n"
    "}\n";

} // namespace

class TestImmunisationSchedule : public QObject
{
    Q_OBJECT

    ImmunisationScheduleBook m_book;

private Q_SLOTS:
    void initTestCase()
    {
        auto book = ImmunisationScheduleBook::bundled();
        QVERIFY2(book.ok(), qPrintable(book.failure().text()));
        m_book = book.value();
    }

    void theBundledFileNamesItsSourcesAndCoversEveryChild()
    {
        QCOMPARE(m_book.schedules().size(), 2);
        for (const ImmunisationSchedule& s : m_book.schedules()) {
            QVERIFY(s.sourceUrl.startsWith(QLatin1String("https://www.gov.uk/")));
            QVERIFY(s.sourceDate.isValid());
            QVERIFY(!s.sourceTitle.isEmpty());
        }
        for (QDate d(1995, 1, 1); d < QDate(2030, 1, 1); d = d.addDays(17))
            QVERIFY2(m_book.forBirth(d), qPrintable(d.toString(Qt::ISODate)));
        QCOMPARE(m_book.forBirth(QDate(2024, 6, 30))->id, QStringLiteral("ukhsa-2023-09"));
        QCOMPARE(m_book.forBirth(QDate(2024, 7, 1))->id, QStringLiteral("ukhsa-2026-01"));
        QCOMPARE(m_book.minimumIntervalDays(), 28);
        QVERIFY(m_book.knowsVaccine(QStringLiteral("MMRV")));
        QVERIFY(!m_book.knowsVaccine(QStringLiteral("BCG")));
    }

    void status_data()
    {
        QTest::addColumn<QDate>("dob");
        QTest::addColumn<QStringList>("given");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("schedule");
        QTest::addColumn<QStringList>("overdue");
        QTest::addColumn<QDate>("nextOn");
        QTest::addColumn<QStringList>("next");
        QTest::addColumn<QStringList>("uncounted");

        const QDate mmrv(2025, 1, 10); // born after 1 January 2025: MMRV at one year
        QTest::newRow("MMRV cohort, infant doses on time, the day before 1")
            << mmrv << infant2026 << QDate(2026, 1, 9) << QStringLiteral("ukhsa-2026-01") << L({})
            << QDate(2026, 1, 10) << L({"MMRV#1", "MenB#3", "PCV#2"}) << L({});
        QTest::newRow("MMRV cohort, one-year doses three weeks late")
            << mmrv << infant2026 << QDate(2026, 2, 1) << QStringLiteral("ukhsa-2026-01")
            << L({"MMRV#1", "MenB#3", "PCV#2"}) << QDate(2026, 2, 1)
            << L({"MMRV#1", "MenB#3", "PCV#2"}) << L({});

        const QDate mmr(2024, 9, 15); // July-December 2024: MMR at 1, 6-in-1 and MMRV at 18m
        const QStringList toOne = infant2026 + L({"PCV 1y", "MenB 1y", "MMR 1y"});
        QTest::newRow("born 09/2024, 18-month doses overdue")
            << mmr << toOne << QDate(2026, 4, 1) << QStringLiteral("ukhsa-2026-01")
            << L({"6in1#4", "MMRV#2"}) << QDate(2026, 4, 1) << L({"6in1#4", "MMRV#2"}) << L({});
        QTest::newRow("born 09/2024, 18-month doses given")
            << mmr << toOne + L({"6in1 2026-03-20", "MMRV 2026-03-20"}) << QDate(2026, 4, 1)
            << QStringLiteral("ukhsa-2026-01") << L({}) << QDate(2028, 1, 15) << L({"4in1#1"})
            << L({});

        const QDate before(2024, 6, 30); // the last day of the previous schedule's cohort
        const QDate after(2024, 7, 1);
        QTest::newRow("born 30/06/2024: previous schedule, no 18-month visit")
            << before << infant2023 + oneYear2023 << QDate(2026, 3, 16)
            << QStringLiteral("ukhsa-2023-09") << L({}) << QDate(2027, 10, 30)
            << L({"4in1#1", "MMR#2"}) << L({});
        QTest::newRow("born 01/07/2024: no Hib/MenC, the 18-month doses due")
            << after << toOne << QDate(2026, 3, 16) << QStringLiteral("ukhsa-2026-01")
            << L({"6in1#4", "MMRV#2"}) << QDate(2026, 3, 16) << L({"6in1#4", "MMRV#2"}) << L({});

        const QDate older(2022, 3, 1);
        QTest::newRow("born 2022, the day before the pre-school booster")
            << older << infant2023 + oneYear2023 << QDate(2025, 6, 30)
            << QStringLiteral("ukhsa-2023-09") << L({}) << QDate(2025, 7, 1)
            << L({"4in1#1", "MMR#2"}) << L({});
        QTest::newRow("born 2022, pre-school booster due today")
            << older << infant2023 + oneYear2023 << QDate(2025, 7, 1)
            << QStringLiteral("ukhsa-2023-09") << L({"4in1#1", "MMR#2"}) << QDate(2025, 7, 1)
            << L({"4in1#1", "MMR#2"}) << L({});
        QTest::newRow("born 2022, MMRV counts as the second measles dose")
            << older << infant2023 + oneYear2023 + L({"4in1 2026-01-20", "MMRV 2026-01-20"})
            << QDate(2026, 2, 1) << QStringLiteral("ukhsa-2023-09") << L({}) << QDate(2034, 3, 1)
            << L({"HPV#1"}) << L({});
        QTest::newRow("MMR before the first birthday does not count")
            << older << infant2023 + L({"HibMenC 1y", "PCV 1y", "MenB 1y", "MMR 2023-02-01"})
            << QDate(2023, 6, 1) << QStringLiteral("ukhsa-2023-09") << L({"MMR#1"})
            << QDate(2023, 6, 1) << L({"MMR#1"}) << L({"MMR 2023-02-01 too young"});

        const QDate baby2(2025, 7, 28);
        QTest::newRow("the same dose entered twice: the second is too soon")
            << baby2 << infant2026 + L({"6in1 16w"}) << QDate(2026, 5, 1)
            << QStringLiteral("ukhsa-2026-01") << L({}) << QDate(2026, 7, 28)
            << L({"MMRV#1", "MenB#3", "PCV#2"}) << L({"6in1 2025-11-17 too soon"});

        const QDate uasc(2011, 6, 1); // arrives at 14 with no record: assume unimmunised
        const QStringList allTeen = L({"6in1#1", "6in1#2", "6in1#3", "MMR#1", "MMR#2", "4in1#1",
                                       "HPV#1", "TdIPV#1", "MenACWY#1"});
        QTest::newRow("UASC aged 14, no record")
            << uasc << L({}) << QDate(2026, 3, 16) << QStringLiteral("ukhsa-2023-09") << allTeen
            << QDate(2026, 3, 16)
            << L({"4in1#1", "6in1#1", "HPV#1", "MMR#1", "MenACWY#1", "TdIPV#1"}) << L({});
        QTest::newRow("UASC catch-up resumed; a dose three weeks on does not count")
            << uasc
            << L({"6in1 2026-03-20", "MMR 2026-03-20", "HPV 2026-03-20", "TdIPV 2026-03-20",
                  "MenACWY 2026-03-20", "4in1 2026-03-20", "6in1 2026-04-10"})
            << QDate(2026, 4, 12) << QStringLiteral("ukhsa-2023-09")
            << L({"6in1#2", "6in1#3", "MMR#2"}) << QDate(2026, 4, 17) << L({"6in1#2", "MMR#2"})
            << L({"6in1 2026-04-10 too soon"});

        const QDate partial(2019, 5, 10); // red book: two 6-in-1s and MMR at 13 months
        QTest::newRow("partial record at 6: resume the course, not restart")
            << partial << L({"6in1 8w", "6in1 12w", "MMR 2020-06-10"}) << QDate(2026, 3, 16)
            << QStringLiteral("ukhsa-2023-09") << L({"4in1#1", "6in1#3", "HibMenC#1", "MMR#2"})
            << QDate(2026, 3, 16) << L({"4in1#1", "6in1#3", "HibMenC#1", "MMR#2"}) << L({});

        const QDate baby(2026, 1, 5); // nothing recorded at 24 weeks: rotavirus is too late
        QTest::newRow("24 weeks, none given: rotavirus no longer given")
            << baby << L({}) << QDate(2026, 6, 22) << QStringLiteral("ukhsa-2026-01")
            << L({"6in1#1", "6in1#2", "6in1#3", "MenB#1", "MenB#2", "PCV#1"}) << QDate(2026, 6, 22)
            << L({"6in1#1", "MenB#1", "PCV#1"}) << L({});
        QTest::newRow("rotavirus at 30 weeks does not count")
            << baby << infant2026.mid(0, 2) + L({"rotavirus 30w"}) << QDate(2026, 8, 3)
            << QStringLiteral("ukhsa-2026-01") << L({"6in1#2", "6in1#3", "MenB#2", "PCV#1"})
            << QDate(2026, 8, 3) << L({"6in1#2", "MenB#2", "PCV#1"})
            << L({"rotavirus 2026-08-03 too old"});

        const QDate toddler(2024, 8, 1); // arrives at 22 months with no record
        QTest::newRow("22 months, none given: PCV and MenB catch-up still due")
            << toddler << L({}) << QDate(2026, 6, 1) << QStringLiteral("ukhsa-2026-01")
            << L({"6in1#1", "6in1#2", "6in1#3", "6in1#4", "MMR#1", "MMRV#2", "MenB#1", "MenB#2",
                  "MenB#3", "PCV#1", "PCV#2"})
            << QDate(2026, 6, 1) << L({"6in1#1", "MMR#1", "MenB#1", "PCV#1"}) << L({});
        QTest::newRow("two years old: no PCV or MenB catch-up from 2")
            << toddler << L({}) << QDate(2026, 8, 1) << QStringLiteral("ukhsa-2026-01")
            << L({"6in1#1", "6in1#2", "6in1#3", "6in1#4", "MMR#1", "MMRV#2"}) << QDate(2026, 8, 1)
            << L({"6in1#1", "MMR#1"}) << L({});
        QTest::newRow("a dose after the reference date is not yet given")
            << older << infant2023 + oneYear2023 + L({"4in1 2025-07-02"}) << QDate(2025, 7, 1)
            << QStringLiteral("ukhsa-2023-09") << L({"4in1#1", "MMR#2"}) << QDate(2025, 7, 1)
            << L({"4in1#1", "MMR#2"}) << L({});
    }

    void status()
    {
        QFETCH(QDate, dob);
        QFETCH(QStringList, given);
        QFETCH(QDate, reference);
        QFETCH(QString, schedule);
        QFETCH(QStringList, overdue);
        QFETCH(QDate, nextOn);
        QFETCH(QStringList, next);
        QFETCH(QStringList, uncounted);
        overdue.sort();
        next.sort();

        auto s = ImmunisationStatus::compute(m_book, dob, doses(dob, given), reference);
        QVERIFY2(s.ok(), qPrintable(s.failure().text()));
        QCOMPARE(s.value().schedule->id, schedule);
        QCOMPARE(names(s.value().overdue()), overdue);
        QCOMPARE(s.value().upToDate(), overdue.isEmpty());
        const QList<DoseStanding> due = s.value().nextDue();
        QCOMPARE(names(due), next);
        QVERIFY(!due.isEmpty());
        QCOMPARE(due.first().plannedOn, nextOn);
        QStringList notCounted;
        for (const UncountedDose& u : s.value().uncounted)
            notCounted << u.dose.vaccine + QLatin1Char(' ') + u.dose.date.toString(Qt::ISODate) +
                              QLatin1Char(' ') + why(u.why);
        QCOMPARE(notCounted, uncounted);
    }

    void aCatchUpCourseIsPlannedFourWeeksApart()
    {
        // The UASC child with nothing recorded: three 6-in-1 doses, 4 weeks apart from today.
        const QDate today(2026, 3, 16);
        auto s = ImmunisationStatus::compute(m_book, QDate(2011, 6, 1), {}, today).value();
        QList<QDate> planned;
        for (const DoseStanding& d : s.doses) {
            if (d.dose.series == QLatin1String("6in1"))
                planned << d.plannedOn;
        }
        QCOMPARE(planned, (QList<QDate>{today, today.addDays(28), today.addDays(56)}));
    }

    void noScheduleIsNoGuess()
    {
        auto book = ImmunisationScheduleBook::load(minimalFile, QStringLiteral("m.json"));
        QVERIFY2(book.ok(), qPrintable(book.failure().text()));
        QVERIFY(
            !ImmunisationStatus::compute(book.value(), QDate(2025, 1, 1), {}, QDate(2026, 1, 1)));
    }

    void aMalformedFileIsRefusedSayingWhere_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("where");
        QTest::newRow("broken JSON: line and column")
            << QByteArray("\"format\": 1,") << QByteArray("\"format\" 1,")
            << QStringLiteral("bad.json:2:13");
        QTest::newRow("unknown vaccine")
            << QByteArray("{\"vaccine\": \"MMR\"") << QByteArray("{\"vaccine\": \"MMX\"")
            << QStringLiteral("bad.json: schedules[0].doses[0].vaccine");
        QTest::newRow("an age that is not one")
            << QByteArray("\"due\": \"1y\"") << QByteArray("\"due\": \"a year\"")
            << QStringLiteral("bad.json: schedules[0].doses[0].due");
        QTest::newRow("minimum age after the due age")
            << QByteArray("\"minimumAge\": \"1y\"") << QByteArray("\"minimumAge\": \"2y\"")
            << QStringLiteral("bad.json: schedules[0].doses[0].minimumAge");
        QTest::newRow("no source") << QByteArray("\"source\"") << QByteArray("\"origin\"")
                                   << QStringLiteral("bad.json: schedules[0].source");
        QTest::newRow("a source without a date")
            << QByteArray("\"date\": \"2023-09-01\"") << QByteArray("\"date\": \"Sept 2023\"")
            << QStringLiteral("bad.json: schedules[0].source.date");
        QTest::newRow("another format")
            << QByteArray("\"format\": 1") << QByteArray("\"format\": 2")
            << QStringLiteral("bad.json: format");
    }

    void aMalformedFileIsRefusedSayingWhere()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, where);
        QByteArray bad = minimalFile;
        QVERIFY(bad.contains(from));
        bad.replace(from, to);
        auto book = ImmunisationScheduleBook::load(bad, QStringLiteral("bad.json"));
        QVERIFY(!book);
        QCOMPARE(book.failure().where, where);
        QVERIFY(!book.failure().message.isEmpty());
    }

    void overlappingCohortsAreRefused()
    {
        QByteArray two = minimalFile;
        const qsizetype start = two.indexOf("{\n    \"id\"");
        const qsizetype end = two.lastIndexOf(']');
        const QByteArray schedule = two.mid(start, end - start).trimmed();
        two.insert(end, ", " + QByteArray(schedule).replace("\"s1\"", "\"s2\""));
        auto book = ImmunisationScheduleBook::load(two, QStringLiteral("two.json"));
        QVERIFY(!book);
        QCOMPARE(book.failure().where, QStringLiteral("two.json: schedules[1].bornFrom"));
    }
};

QTEST_GUILESS_MAIN(TestImmunisationSchedule)
#include "tst_immunisationschedule.moc"
