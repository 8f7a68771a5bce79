// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/LinkedTableLp.h"

#include <QRandomGenerator>
#include <QTest>

#include <climits>
#include <cmath>

using namespace lac;

namespace {

/// One sum, total = a + b + c, with the total printed and each part printed, "<5" (1 to 4)
/// or "*" (5 or more).
struct SmallSum
{
    int first = 0;      ///< cell number of the total; the parts follow it
    int values[4] = {}; ///< total, a, b, c
    double lo[4] = {}, hi[4] = {};
};

/// The smallest and largest whole value part \a k can take, by trying every assignment: an
/// answer that does not come from any linear programming.
std::pair<int, int> byEnumeration(const SmallSum& s, int k)
{
    const auto top = [&](int i) { return std::isinf(s.hi[i]) ? s.values[0] : int(s.hi[i]); };
    int lowest = INT_MAX, highest = INT_MIN;
    for (int a = int(s.lo[1]); a <= top(1); ++a)
        for (int b = int(s.lo[2]); b <= top(2); ++b) {
            const int c = s.values[0] - a - b;
            if (c < s.lo[3] || c > s.hi[3])
                continue;
            const int v[] = {s.values[0], a, b, c};
            lowest = std::min(lowest, v[k]);
            highest = std::max(highest, v[k]);
        }
    return {lowest, highest};
}

} // namespace

class TestLinkedTableLp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangesOfManySeparateSumsAreEachSumsOwn()
    {
        // A long paper is hundreds of sums that share no unknown cell: each range is found
        // on the sum it belongs to. Checked against trying every whole-number assignment.
        QRandomGenerator rng(11);
        QList<SmallSum> sums;
        const int count = 40;
        LinkedTableLp lp(count * 4);
        for (int n = 0; n < count; ++n) {
            SmallSum s;
            s.first = n * 4;
            for (int k = 1; k < 4; ++k)
                s.values[k] = int(rng.bounded(12));
            s.values[0] = s.values[1] + s.values[2] + s.values[3];
            for (int k = 0; k < 4; ++k) {
                const int v = s.values[k];
                const int how = k == 0 ? 0 : int(rng.bounded(3));
                if (how == 0 || v == 0)
                    s.lo[k] = s.hi[k] = v; // printed
                else if (v < 5)
                    s.lo[k] = 1, s.hi[k] = 4; // "<5"
                else
                    s.lo[k] = 5, s.hi[k] = LinkedTableLp::unbounded; // "*"
                lp.setBounds(s.first + k, s.lo[k], s.hi[k]);
            }
            lp.addSum(s.first, {s.first + 1, s.first + 2, s.first + 3});
            sums << s;
        }
        for (const SmallSum& s : std::as_const(sums)) {
            for (int k = 1; k < 4; ++k) {
                std::vector<double> atLowest, atHighest;
                const auto [lo, hi] = lp.range(s.first + k, atLowest, atHighest);
                const auto [lowest, highest] = byEnumeration(s, k);
                QCOMPARE(int(std::lround(lo)), lowest);
                QCOMPARE(int(std::lround(hi)), highest);
                // The solutions reached are solutions: the sum holds, and the cell is at its
                // end. Cells the solver left out are unknown (NaN) or printed (their value).
                for (const auto* at : {&atLowest, &atHighest}) {
                    QCOMPARE(at->size(), std::size_t(count * 4));
                    const double* x = at->data() + s.first;
                    QCOMPARE(x[0], x[1] + x[2] + x[3]);
                }
                QCOMPARE(atLowest.at(std::size_t(s.first + k)), lo);
                QCOMPARE(atHighest.at(std::size_t(s.first + k)), hi);
            }
        }
    }

    void aChangedBoundIsSeenAtOnce()
    {
        // total 10 = a + b: with b hidden as "*" (5 or more), a ("<5") can be 1 to 4; once b
        // is shown as 7, a is 3. The part solved for the first answer must not be reused.
        LinkedTableLp lp(10); // cells 3 to 9 printed zeros: the sum is a part of the table
        for (int c = 3; c < 10; ++c)
            lp.setBounds(c, 0, 0);
        lp.addSum(0, {1, 2});
        lp.setBounds(0, 10, 10);
        lp.setBounds(1, 1, 4);
        lp.setBounds(2, 5, LinkedTableLp::unbounded);
        QCOMPARE(lp.range(1), std::pair(1.0, 4.0));
        lp.setBounds(2, 7, 7);
        QCOMPARE(lp.range(1), std::pair(3.0, 3.0));
        lp.setBounds(2, 5, LinkedTableLp::unbounded);
        QCOMPARE(lp.range(2), std::pair(6.0, 9.0));
    }

    void linkedSumsAreSolvedTogether()
    {
        // Two sums that share a hidden total are one part: 12 = x + 3-ish, x = y + z.
        LinkedTableLp lp(6);
        lp.addSum(0, {1, 2}); // 12 = x + a
        lp.addSum(1, {3, 4}); // x = y + z
        lp.setBounds(0, 12, 12);
        lp.setBounds(1, 5, LinkedTableLp::unbounded); // x "*"
        lp.setBounds(2, 1, 4);                        // a "<5"
        lp.setBounds(3, 6, 6);                        // y shown
        lp.setBounds(4, 1, 4);                        // z "<5"
        lp.setBounds(5, 0, 0);                        // a cell in no sum
        QCOMPARE(lp.range(2), std::pair(2.0, 4.0));   // x = 6 + z is 7 to 10
        QCOMPARE(lp.range(4), std::pair(2.0, 4.0));
        QCOMPARE(lp.range(5), std::pair(0.0, 0.0));
    }
};

QTEST_APPLESS_MAIN(TestLinkedTableLp)
#include "tst_linkedtablelp.moc"
