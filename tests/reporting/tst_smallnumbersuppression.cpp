// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableAttack.h"
#include "reporting/SmallNumberSuppression.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#include <functional>

using namespace lac;
using V = SmallNumberSuppression::Visibility;

using namespace lac::test;

class TestSmallNumberSuppression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
private Q_SLOTS:
    void workedExampleFromTheLinkedTableAttack()
    {
        // An 800-child county, January 2026: IHAs due 11 in area, 5 out of area, 16 in all;
        // in time 7, 1, 8; late 4, 4, 8. Suppressing each sum on its own printed in time
        // "*, <5, 8" and late "<5, <5, 8", which forces late 4 and 4 (and so in time 7 and 1).
        SmallNumberSuppression s(5);
        Table t;
        for (int v : {11, 5, 16, 7, 1, 8, 4, 4, 8})
            t.cells << s.addCell(v);
        // due(in, out, all) = 0 1 2, in time = 3 4 5, late = 6 7 8
        t.rules = {{2, {0, 1}}, {5, {3, 4}}, {8, {6, 7}}, {0, {3, 6}}, {1, {4, 7}}, {2, {5, 8}}};
        addRules(s, t);
        s.apply();
        QVERIFY(s.isProtected());
        const auto range = exhaustiveAttack(s, t, 40);
        for (int i : {4, 6, 7}) { // the small counts
            QVERIFY(s.isHidden(t.cells.at(i)));
            QVERIFY2(range.value(i).first <= 1 && range.value(i).second >= 4,
                     qPrintable(QStringLiteral("cell %1 can be narrowed to %2..%3")
                                    .arg(i)
                                    .arg(range.value(i).first)
                                    .arg(range.value(i).second)));
        }
        // The product's own audit says the same.
        for (const auto& e : s.audit())
            QVERIFY(e.protectedEnough && e.wholeInterval);
    }

    void randomTablesCannotBeNarrowed()
    {
        // 2 x 3 tables with row and column totals, many small counts: no small count may be
        // worked out exactly by the exhaustive integer attacker, and the product's own audit
        // must agree with it.
        QRandomGenerator rng(20261205);
        for (int round = 0; round < 25; ++round) {
            SmallNumberSuppression s(5);
            Table t;
            const int rows = 2, cols = 3;
            for (int i = 0; i < rows * cols; ++i)
                t.cells << s.addCell(rng.bounded(2) == 0 ? int(rng.bounded(5))
                                                         : int(rng.bounded(12)));
            // A total of the cells \a parts (indexes into the table), with its rule.
            const auto addTotal = [&](const QList<int>& parts) { addTotalOf(s, t, parts); };
            for (int r = 0; r < rows; ++r) {
                QList<int> row;
                for (int c = 0; c < cols; ++c)
                    row << r * cols + c;
                addTotal(row);
            }
            for (int c = 0; c < cols; ++c) {
                QList<int> column;
                for (int r = 0; r < rows; ++r)
                    column << r * cols + c;
                addTotal(column);
            }
            addRules(s, t);
            s.apply();
            const auto range = exhaustiveAttack(s, t, 30);
            // Where the product's audit says a count is known no better than 1 to 4, the
            // independent attacker agrees; every "*" is 5 or more, and none can be pinned.
            for (const auto& e : s.audit()) {
                const int i = int(t.cells.indexOf(e.cell));
                if (e.wholeInterval && s.visibility(e.cell) == V::Primary)
                    QVERIFY2(range.value(i).first <= 1 && range.value(i).second >= 4,
                             qPrintable(QStringLiteral("round %1 cell %2").arg(round).arg(i)));
                if (s.visibility(e.cell) == V::Secondary) {
                    QVERIFY(s.value(e.cell) >= 5);
                    QVERIFY(range.value(i).first < range.value(i).second);
                }
            }
            for (int i = 0; i < rows * cols; ++i) {
                const int v = s.value(t.cells.at(i));
                if (v < 1 || v > 4)
                    continue;
                QVERIFY2(range.value(i).first < range.value(i).second,
                         qPrintable(QStringLiteral("round %1 cell %2 (%3) pinned at %4..%5")
                                        .arg(round)
                                        .arg(i)
                                        .arg(v)
                                        .arg(range.value(i).first)
                                        .arg(range.value(i).second)));
            }
            QVERIFY(s.isProtected());
        }
    }

    void labelsAlonePinACountUntilZerosAreSmall()
    {
        // Three months of 1, 1 and 1 under a quarter of 3; that quarter and another count of
        // 1 under a total of 4. All are "<5", but if "<5" means 1 to 4 the labels alone give
        // every one away (3 parts of at least 1 in a total of at most 4, twice). Nothing can
        // be hidden to help: the cells are all small. With zeros shown as "<5" too (0 to 4),
        // and zeros in the rules, nothing is pinned.
        for (const bool zeros : {false, true}) {
            SmallNumberSuppression s(5);
            Table t;
            for (int v : {1, 1, 1, 3, 1, 4, 0, 0, 0})
                t.cells << s.addCell(v);
            // months 0 1 2 -> quarter 3; quarter 3 + other 4 -> total 5; zeros 6 7 8 in months
            t.rules = {{3, {0, 1, 2, 6}}, {5, {3, 4, 7, 8}}};
            addRules(s, t);
            s.setZerosAreSmall(zeros);
            s.apply();
            QCOMPARE(s.isProtected(), zeros);
            const auto range = exhaustiveAttack(s, t, 20);
            QCOMPARE(range.value(0).first == range.value(0).second, !zeros);
            QCOMPARE(s.text(t.cells.at(6)), zeros ? QStringLiteral("<5") : QStringLiteral("0"));
        }
    }

    void everyStarIsNeeded()
    {
        // After suppression, showing any one "*" again would let a small count be narrowed:
        // the clean-up leaves no cell hidden for nothing (checked by the independent attacker).
        QRandomGenerator rng(20261206);
        int stars = 0;
        for (int round = 0; round < 20; ++round) {
            SmallNumberSuppression s(5);
            Table t;
            for (int i = 0; i < 6; ++i)
                t.cells << s.addCell(rng.bounded(3) == 0 ? 1 + int(rng.bounded(4))
                                                         : 5 + int(rng.bounded(8)));
            t.rules = {};
            const auto addTotal = [&](const QList<int>& parts) { addTotalOf(s, t, parts); };
            addTotal({0, 1, 2});
            addTotal({3, 4, 5});
            addTotal({0, 3});
            addTotal({1, 4});
            addTotal({2, 5});
            addRules(s, t);
            s.apply();
            const auto before = exhaustiveAttack(s, t, 40);
            for (int i = 0; i < t.cells.size(); ++i) {
                if (s.visibility(t.cells.at(i)) != V::Secondary)
                    continue;
                ++stars;
                // The same table with that one cell shown: some small count loses range.
                SmallNumberSuppression shown = s;
                shown.show(t.cells.at(i));
                const auto after = exhaustiveAttack(shown, t, 40);
                bool narrower = false;
                for (auto it = before.cbegin(); it != before.cend(); ++it) {
                    const int v = s.value(t.cells.at(it.key()));
                    if (v > 0 && v < 5)
                        narrower = narrower || after.value(it.key()) != it.value();
                }
                QVERIFY2(narrower, qPrintable(QStringLiteral("round %1: * at %2 protects "
                                                             "nothing")
                                                  .arg(round)
                                                  .arg(i)));
            }
        }
        QVERIFY(stars > 0);
    }

    void primary_data()
    {
        QTest::addColumn<int>("threshold");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero shown") << 5 << 0 << QStringLiteral("0");
        QTest::newRow("one hidden") << 5 << 1 << QStringLiteral("<5");
        QTest::newRow("four hidden") << 5 << 4 << QStringLiteral("<5");
        QTest::newRow("five shown") << 5 << 5 << QStringLiteral("5");
        QTest::newRow("threshold 10") << 10 << 9 << QStringLiteral("<10");
        QTest::newRow("off") << 0 << 3 << QStringLiteral("3");
        QTest::newRow("threshold 1 is off") << 1 << 3 << QStringLiteral("3");
    }

    void primary()
    {
        QFETCH(int, threshold);
        QFETCH(int, value);
        QFETCH(QString, text);
        SmallNumberSuppression s(threshold);
        const int c = s.addCell(value);
        s.apply();
        QCOMPARE(s.text(c), text);
    }

    void secondaryHidesTheSmallestOtherPart()
    {
        // in area 3, out of area 10, unknown 0 (not printed), total 13: with only "<5" hidden,
        // 13 - 10 - 0 gives the 3 away, so the 10 is hidden too (smaller than the total).
        SmallNumberSuppression s(5);
        const int in = s.addCell(3), out = s.addCell(10), unknown = s.addCell(0, false),
                  total = s.addCell(13);
        s.addSumRule(total, {in, out, unknown});
        s.apply();
        QCOMPARE(s.visibility(in), V::Primary);
        QCOMPARE(s.visibility(out), V::Secondary);
        QCOMPARE(s.text(out), QStringLiteral("*"));
        QCOMPARE(s.visibility(total), V::Shown);
        QCOMPARE(s.visibility(unknown), V::Shown);
    }

    void secondaryPrefersNonZeroCells()
    {
        // Hiding the 0 would protect nothing, so the smallest non-zero other cell (9) goes.
        SmallNumberSuppression s(5);
        const int a = s.addCell(2), b = s.addCell(0), c = s.addCell(9), total = s.addCell(11);
        s.addSumRule(total, {a, b, c});
        s.apply();
        QCOMPARE(s.visibility(a), V::Primary);
        QCOMPARE(s.visibility(b), V::Shown);
        QCOMPARE(s.visibility(c), V::Secondary);
    }

    void hiddenUnprintedCellForcesASecondary()
    {
        // A count not printed (2) that follows from the others: one printed cell must go.
        // With the 7 hidden ("*", so 5 or more) the 2 may be anything from 0 to 4.
        SmallNumberSuppression s(5);
        const int in = s.addCell(6), out = s.addCell(7), unknown = s.addCell(2, false),
                  total = s.addCell(15);
        s.addSumRule(total, {in, out, unknown});
        s.apply();
        QCOMPARE(s.visibility(in), V::Shown);
        QCOMPARE(s.visibility(out), V::Secondary);
        QCOMPARE(s.visibility(total), V::Shown);
        const auto exposures = s.audit();
        QCOMPARE(exposures.size(), 2); // the 2, and the "*"
        QCOMPARE(exposures.at(1).cell, unknown);
        QCOMPARE(exposures.at(1).lowest, 0.0);
        QCOMPARE(exposures.at(1).highest, 4.0);
        QCOMPARE(exposures.at(0).lowest, 5.0); // the reader knows "*" is 5 or more
        QCOMPARE(exposures.at(0).highest, 9.0);
    }

    void secondaryCascadesAcrossRules()
    {
        // A 2x2 table with row and column totals: hiding one cell needs three more.
        //        c1  c2 | total
        // r1      3  10 |  13
        // r2      8   9 |  17
        // total  11  19 |  30
        SmallNumberSuppression s(5);
        const int r1c1 = s.addCell(3), r1c2 = s.addCell(10), r1 = s.addCell(13);
        const int r2c1 = s.addCell(8), r2c2 = s.addCell(9), r2 = s.addCell(17);
        const int c1 = s.addCell(11), c2 = s.addCell(19), all = s.addCell(30);
        s.addSumRule(r1, {r1c1, r1c2});
        s.addSumRule(r2, {r2c1, r2c2});
        s.addSumRule(c1, {r1c1, r2c1});
        s.addSumRule(c2, {r1c2, r2c2});
        s.addSumRule(all, {r1, r2});
        s.addSumRule(all, {c1, c2});
        s.apply();
        QCOMPARE(s.visibility(r1c1), V::Primary);
        QVERIFY(s.isHidden(r1c2));
        QVERIFY(s.isHidden(r2c1));
        QVERIFY(s.isHidden(r2c2));
        QVERIFY(!s.isHidden(all));
    }

    void noRuleIsLeftWithOneHiddenCell()
    {
        // Random tables with row, column and grand totals: after suppression no rule may have
        // exactly one hidden cell, and every small count is hidden.
        QRandomGenerator rng(20260125);
        for (int round = 0; round < 200; ++round) {
            const int rows = 2 + int(rng.bounded(4)), cols = 2 + int(rng.bounded(4));
            SmallNumberSuppression s(5);
            QList<QList<int>> cell(rows);
            QList<int> values;
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < cols; ++c) {
                    const int v = rng.bounded(3) == 0 ? int(rng.bounded(5)) : int(rng.bounded(40));
                    cell[r] << s.addCell(v);
                    values << v;
                }
            }
            QList<int> rowTotals, colTotals;
            QList<QPair<int, QList<int>>> rules;
            int grand = 0;
            for (int r = 0; r < rows; ++r) {
                int sum = 0;
                for (int c = 0; c < cols; ++c)
                    sum += s.value(cell[r][c]);
                rowTotals << s.addCell(sum);
                grand += sum;
                rules << qMakePair(rowTotals.last(), cell[r]);
            }
            for (int c = 0; c < cols; ++c) {
                int sum = 0;
                QList<int> parts;
                for (int r = 0; r < rows; ++r) {
                    sum += s.value(cell[r][c]);
                    parts << cell[r][c];
                }
                colTotals << s.addCell(sum);
                rules << qMakePair(colTotals.last(), parts);
            }
            const int g = s.addCell(grand);
            rules << qMakePair(g, rowTotals) << qMakePair(g, colTotals);
            for (const auto& rule : rules)
                s.addSumRule(rule.first, rule.second);
            s.apply();
            for (const auto& rule : std::as_const(rules)) {
                int hidden = s.isHidden(rule.first) ? 1 : 0;
                for (int p : rule.second)
                    hidden += s.isHidden(p) ? 1 : 0;
                QVERIFY2(hidden != 1, qPrintable(QStringLiteral("round %1").arg(round)));
            }
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < cols; ++c) {
                    const int v = s.value(cell[r][c]);
                    if (v > 0 && v < 5)
                        QCOMPARE(s.visibility(cell[r][c]), V::Primary);
                    if (!s.isHidden(cell[r][c]))
                        QCOMPARE(s.text(cell[r][c]), QString::number(v));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSmallNumberSuppression)
#include "tst_smallnumbersuppression.moc"
