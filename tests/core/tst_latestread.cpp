// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Reads on a worker for a view: only the latest one's result is handed back, on the view's
// thread; a dropped read is never shown; nothing reaches a view that is gone, and closing
// waits for a read still running.
#include "common/LatestRead.h"

#include <QAtomicInt>
#include <QSemaphore>
#include <QTest>

using namespace lac;

class TestLatestRead : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theResultComesBackOnTheViewsThread()
    {
        LatestRead reading;
        QThread* readOn = nullptr;
        QThread* shownOn = nullptr;
        int shown = 0;
        reading.start(
            [&] {
                readOn = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                shownOn = QThread::currentThread();
                shown = value;
            });
        QVERIFY(reading.waiting());
        QTRY_COMPARE(shown, 42);
        QVERIFY(!reading.waiting());
        QCOMPARE(shownOn, QThread::currentThread());
        QVERIFY(readOn != QThread::currentThread());
    }

    void aLaterReadOvertakesAnEarlierOne()
    {
        LatestRead reading;
        QSemaphore first;
        QList<int> shown;
        reading.start(
            [&] {
                first.acquire(); // the first read ends after the second
                return 1;
            },
            [&](int v) { shown << v; });
        reading.start([] { return 2; }, [&](int v) { shown << v; });
        QTRY_COMPARE(shown, QList<int>{2});
        first.release();
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QCOMPARE(shown, QList<int>{2}); // the older read's result is dropped
    }

    void aDroppedReadIsNeverShown()
    {
        LatestRead reading;
        QAtomicInt ended;
        bool shown = false;
        reading.start(
            [&] {
                ended.storeRelease(1);
                return 7;
            },
            [&](int) { shown = true; });
        reading.drop(); // the view shows something else now
        QVERIFY(!reading.waiting());
        QTRY_VERIFY(ended.loadAcquire() == 1);
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QVERIFY(!shown);
    }

    void closingWaitsAndHandsNothingBack()
    {
        QSemaphore go;
        QAtomicInt ended;
        bool shown = false;
        {
            LatestRead reading;
            reading.start(
                [&] {
                    go.acquire();
                    ended.storeRelease(1);
                    return 3;
                },
                [&](int) { shown = true; });
            go.release(); // the read may still be running when the view closes
        }
        QCOMPARE(ended.loadAcquire(), 1); // the destructor waited for it
        QTest::qWait(50);
        QCoreApplication::processEvents();
        QVERIFY(!shown);
    }
};

QTEST_GUILESS_MAIN(TestLatestRead)
#include "tst_latestread.moc"
