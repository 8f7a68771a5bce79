// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/SmallNumberSuppression.h"

#include <QRandomGenerator>
#include <QTest>

using namespace lac;
using V = SmallNumberSuppression::Visibility;

class TestSmallNumberSuppression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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
        // The unknown-location count (2) is not printed but follows from the others: one
        // printed cell must go.
        SmallNumberSuppression s(5);
        const int in = s.addCell(6), out = s.addCell(7), unknown = s.addCell(2, false),
                  total = s.addCell(15);
        s.addSumRule(total, {in, out, unknown});
        s.apply();
        QCOMPARE(s.visibility(unknown), V::Primary);
        QCOMPARE(s.visibility(in), V::Secondary);
        QCOMPARE(s.visibility(out), V::Shown);
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
