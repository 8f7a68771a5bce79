// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The report's dental figures on worked children: who is in care at a month's end, who is up
// to date with the service's standard, which checks and failed attempts count in a month.
#include "dental/core/DentalFigures.h"

#include <QTest>

using namespace lac;

namespace {

/// "2025-06-01..": a period of care from that day, still open; "a..b": ended on b.
DentalCarePeriod period(const QString& text)
{
    const QStringList ends = text.split(QStringLiteral(".."));
    return DentalCarePeriod{1, QDate(2012, 5, 5), QDate::fromString(ends.at(0), Qt::ISODate),
                            QDate::fromString(ends.value(1), Qt::ISODate)};
}

/// "2026-02-10": a check seen that day; "2026-02-10 no-nhs": not seen, no NHS dentist;
/// "2026-02-10 refused": the young person declined.
DentalCheckRecord check(const QString& text)
{
    DentalCheckRecord c;
    c.childId = 1;
    c.date = QDate::fromString(text.section(QLatin1Char(' '), 0, 0), Qt::ISODate);
    const QString reason = text.section(QLatin1Char(' '), 1);
    c.reason = reason == QLatin1String("no-nhs")    ? DentalNotSeenReason::NoNhsDentist
               : reason == QLatin1String("refused") ? DentalNotSeenReason::Refused
                                                    : DentalNotSeenReason::Seen;
    return c;
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out << QString::fromLatin1(item);
    return out;
}

/// "in/up/checks/no-nhs" for each month of January to March 2026, then the period.
QString figuresText(const DentalFigures& f)
{
    QStringList parts;
    QList<DentalMonth> all = f.months;
    all << f.period;
    for (const DentalMonth& m : all)
        parts << QStringLiteral("%1/%2/%3/%4")
                     .arg(m.inCare)
                     .arg(m.upToDate)
                     .arg(m.checks)
                     .arg(m.noNhsDentist);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestDentalFigures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneChild_data()
    {
        QTest::addColumn<QStringList>("periods");
        QTest::addColumn<QStringList>("checks");
        QTest::addColumn<int>("months");
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("expected"); // Jan Feb Mar period

        const QDate march31(2026, 3, 31);
        QTest::newRow("checked within the year: up to date throughout")
            << list({"2025-06-01"}) << list({"2025-04-10"}) << 12 << march31
            << QString::fromLatin1("1/1/0/0 1/1/0/0 1/1/0/0 1/1/0/0");
        QTest::newRow("last check a year ago on 15 February: lapses in February")
            << list({"2024-06-01"}) << list({"2025-02-15"}) << 12 << march31
            << QString::fromLatin1("1/1/0/0 1/0/0/0 1/0/0/0 1/0/0/0");
        QTest::newRow("no check on record: never up to date")
            << list({"2025-01-01"}) << list({}) << 12 << march31
            << QString::fromLatin1("1/0/0/0 1/0/0/0 1/0/0/0 1/0/0/0");
        QTest::newRow("checked in February: counted there, up to date from then")
            << list({"2025-01-01"}) << list({"2026-02-10"}) << 12 << march31
            << QString::fromLatin1("1/0/0/0 1/1/1/0 1/1/0/0 1/1/1/0");
        QTest::newRow("no NHS dentist in January: an attempt, not a check")
            << list({"2025-01-01"}) << list({"2026-01-12 no-nhs"}) << 12 << march31
            << QString::fromLatin1("1/0/0/1 1/0/0/0 1/0/0/0 1/0/0/1");
        QTest::newRow("refused: neither a check nor an access problem")
            << list({"2025-01-01"}) << list({"2026-01-12 refused"}) << 12 << march31
            << QString::fromLatin1("1/0/0/0 1/0/0/0 1/0/0/0 1/0/0/0");
        QTest::newRow("left care on 14 February: not in care at February's end")
            << list({"2025-01-01..2026-02-14"}) << list({"2025-12-01"}) << 12 << march31
            << QString::fromLatin1("1/1/0/0 0/0/0/0 0/0/0/0 0/0/0/0");
        QTest::newRow("left care on 31 January: gone at that month's end")
            << list({"2025-01-01..2026-01-31"}) << list({"2025-12-01"}) << 12 << march31
            << QString::fromLatin1("0/0/0/0 0/0/0/0 0/0/0/0 0/0/0/0");
        QTest::newRow("checked days before care began: the check counts, not in the month")
            << list({"2026-02-05"}) << list({"2026-01-20"}) << 12 << march31
            << QString::fromLatin1("0/0/0/0 1/1/0/0 1/1/0/0 1/1/0/0");
        QTest::newRow("back in care: a check between periods is not a check in care")
            << list({"2024-01-01..2026-01-10", "2026-02-20"}) << list({"2026-02-01"}) << 12
            << march31 << QString::fromLatin1("0/0/0/0 1/1/0/0 1/1/0/0 1/1/0/0");
        QTest::newRow("a local six-monthly standard")
            << list({"2024-06-01"}) << list({"2025-09-15"}) << 6 << march31
            << QString::fromLatin1("1/1/0/0 1/1/0/0 1/0/0/0 1/0/0/0");
        QTest::newRow("as of 10 March: March counted to that day")
            << list({"2024-06-01"}) << list({"2025-03-05", "2026-03-05"}) << 12
            << QDate(2026, 3, 10) << QString::fromLatin1("1/1/0/0 1/1/0/0 1/1/1/0 1/1/1/0");
        QTest::newRow("as of 10 February: March has nothing yet, the period ends that day")
            << list({"2024-06-01"}) << list({"2025-02-20"}) << 12 << QDate(2026, 2, 10)
            << QString::fromLatin1("1/1/0/0 1/1/0/0 0/0/0/0 1/1/0/0");
    }
    void oneChild()
    {
        QFETCH(QStringList, periods);
        QFETCH(QStringList, checks);
        QFETCH(int, months);
        QFETCH(QDate, asOf);
        QFETCH(QString, expected);
        QList<DentalCarePeriod> p;
        for (const QString& text : periods)
            p << period(text);
        QList<DentalCheckRecord> c;
        for (const QString& text : checks)
            c << check(text);
        const DentalFigures f = DentalFigures::count(p, c, QDate(2026, 1, 1), QDate(2026, 3, 1),
                                                     asOf, DentalSchedule{months});
        QCOMPARE(figuresText(f), expected);
        QCOMPARE(f.monthsBetweenChecks, months);
    }

    void childrenAddUpAndOthersChecksAreNotCounted()
    {
        QList<DentalCarePeriod> periods;
        QList<DentalCheckRecord> checks;
        for (qint64 child = 1; child <= 6; ++child) {
            periods << DentalCarePeriod{child, QDate(2012, 1, 1), QDate(2025, 1, 1), QDate()};
            DentalCheckRecord c = check(QStringLiteral("2026-0%1-03").arg(child % 3 + 1));
            c.childId = child;
            checks << c;
        }
        // A check of a child with no period of care (recorded in error, say) counts nowhere.
        DentalCheckRecord stray = check(QStringLiteral("2026-01-09"));
        stray.childId = 99;
        checks << stray;
        const DentalFigures f =
            DentalFigures::count(periods, checks, QDate(2026, 1, 15), QDate(2026, 3, 15),
                                 QDate(2026, 3, 31), DentalSchedule{});
        QCOMPARE(figuresText(f), QStringLiteral("6/2/2/0 6/4/2/0 6/6/2/0 6/6/6/0"));
        QCOMPARE(f.months.first().month, QDate(2026, 1, 1));
        QCOMPARE(f.months.first().notUpToDate(), 4);
    }
};

QTEST_MAIN(TestDentalFigures)
#include "tst_dentalfigures.moc"
