// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildTableModel.h"
#include "TestDatabase.h"
#include "services/CaseListService.h"
#include "services/DueDateService.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace lac;

class TestChildTableModel : public QObject
{
    Q_OBJECT

    test::TestDatabase tdb;
    const QDate today{2026, 1, 5};
    // The lowest role that may read case data; the list checks it before every read.
    const UserContext viewer{QStringLiteral("viewer"), UserRole::Viewer};

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(tdb.sql().transaction());
        tdb.addChild(QStringLiteral("C001"), QStringLiteral("Amara"), QStringLiteral("O'Neill"),
                     QDate(2015, 3, 1), QDate(2025, 12, 22));
        tdb.addChild(QStringLiteral("C002"), QStringLiteral("Ben"), QStringLiteral("Smith-Jones"),
                     QDate(2023, 7, 9), QDate(2025, 11, 3), QStringLiteral("K2"),
                     QStringLiteral("OUT"));
        tdb.addChild(QStringLiteral("C003"), QStringLiteral("Chloé"), QStringLiteral("Ward"),
                     QDate(2009, 1, 30), QDate(2025, 12, 1), QStringLiteral("U1"));
        // 500 more so that paging is exercised.
        for (int i = 0; i < 500; ++i)
            tdb.addChild(QStringLiteral("B%1").arg(i, 4, 10, QLatin1Char('0')),
                         QStringLiteral("Child"), QStringLiteral("Bulk%1").arg(i),
                         QDate(2012, 1, 1).addDays(i), QDate(2025, 1, 6).addDays(i % 300));
        tdb.exec(QStringLiteral(
            "INSERT INTO nhs_numbers (child_id, nhs_number, valid_from, recorded_at) "
            "SELECT id, '9434765919', '2020-01-01', 'x' FROM children WHERE case_id = 'C003'"));
        WorkingDayCalendar calendar;
        QVERIFY(DueDateService(tdb.db(), calendar, AssessmentPolicy{}).recomputeAll());
        QVERIFY(tdb.sql().commit());
    }

    void passesTheModelTester()
    {
        const CaseListService lists(tdb.db(), viewer);
        ChildTableModel model(lists.children());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The tester's own fetchMore calls from inside row signals give false failures in 6.4
        // (craft.md); paging is tested explicitly below.
        tester.setUseFetchMore(false);
        ChildListQuery q;
        q.today = today;
        model.setQuery(q);
        QCOMPARE(model.totalCount(), 503);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 503);
        for (int c = 0; c < ChildTableModel::ColumnCount; ++c) {
            model.sort(c, Qt::AscendingOrder);
            model.sort(c, Qt::DescendingOrder);
        }
        q.search = QStringLiteral("bulk1");
        model.setQuery(q);
        QVERIFY(model.totalCount() > 100);
    }

    void pagesAreFetchedOnDemand()
    {
        const CaseListService lists(tdb.db(), viewer);
        ChildTableModel model(lists.children());
        ChildListQuery q;
        q.today = today;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 200); // the first page comes with the query
        QVERIFY(model.canFetchMore({}));
        const qint64 lastOfFirstPage =
            model.index(199, 0).data(ChildTableModel::ChildIdRole).toLongLong();
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 503);
        QVERIFY(!model.canFetchMore({}));
        // Pages join up: no child twice, none missing.
        QSet<qint64> seen;
        for (int r = 0; r < model.rowCount(); ++r)
            seen.insert(model.index(r, 0).data(ChildTableModel::ChildIdRole).toLongLong());
        QCOMPARE(seen.size(), 503);
        QVERIFY(seen.contains(lastOfFirstPage));
    }

    void sortsInTheDatabase()
    {
        const CaseListService lists(tdb.db(), viewer);
        ChildTableModel model(lists.children());
        ChildListQuery q;
        q.today = today;
        model.setQuery(q);
        model.sort(ChildTableModel::NextDueDateColumn, Qt::AscendingOrder);
        model.fetchMore({});
        // The earliest due date in the whole table is first, although only a page is loaded.
        const QDate first = model.index(0, ChildTableModel::NextDueDateColumn)
                                .data(ChildTableModel::RawValueRole)
                                .toDate();
        QCOMPARE(
            first,
            QDate::fromString(
                tdb.scalar(QStringLiteral("SELECT min(next_due_date) FROM children")).toString(),
                Qt::ISODate));
        model.sort(ChildTableModel::NameColumn, Qt::DescendingOrder);
        model.fetchMore({});
        QCOMPARE(model.index(0, ChildTableModel::NameColumn).data().toString(),
                 QStringLiteral("Ward, Chloé"));
        model.sort(ChildTableModel::AgeColumn, Qt::DescendingOrder); // oldest first
        model.fetchMore({});
        QCOMPARE(model.index(0, ChildTableModel::CaseIdColumn).data().toString(),
                 QStringLiteral("C003"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("ageBand");
        QTest::addColumn<int>("expected");
        QTest::newRow("apostrophe in a name") << "o'neill"
                                              << ""
                                              << "" << 0 << 1;
        QTest::newRow("hyphenated name") << "Smith-J"
                                         << ""
                                         << "" << 0 << 1;
        QTest::newRow("full name") << "Ben Smith"
                                   << ""
                                   << "" << 0 << 1;
        QTest::newRow("case id") << "C00"
                                 << ""
                                 << "" << 0 << 3;
        QTest::newRow("NHS number with spaces") << "943 476 5919"
                                                << ""
                                                << "" << 0 << 1;
        QTest::newRow("LIKE wildcards are literal") << "%"
                                                    << ""
                                                    << "" << 0 << 0;
        QTest::newRow("out of area") << ""
                                     << "OUT"
                                     << "" << 0 << 1;
        QTest::newRow("relatives and friends") << ""
                                               << ""
                                               << "foster_relatives" << 0 << 1;
        QTest::newRow("under five") << ""
                                    << ""
                                    << "" << int(ChildListQuery::AgeBand::UnderFive) << 1;
        QTest::newRow("sixteen plus") << ""
                                      << ""
                                      << "" << int(ChildListQuery::AgeBand::SixteenPlus) << 1;
    }
    void filters()
    {
        QFETCH(QString, search);
        QFETCH(QString, location);
        QFETCH(QString, group);
        QFETCH(int, ageBand);
        QFETCH(int, expected);
        const CaseListService lists(tdb.db(), viewer);
        ChildListQuery q;
        q.today = today;
        q.search = search;
        if (!location.isEmpty())
            q.location = locationFromCode(location);
        q.placementGroup = group;
        q.ageBand = ChildListQuery::AgeBand(ageBand);
        auto n = lists.children().count(q);
        QVERIFY(n);
        QCOMPARE(n.value(), expected);
    }

    void overdueAndColours()
    {
        const CaseListService lists(tdb.db(), viewer);
        ChildTableModel model(lists.children());
        ChildListQuery q;
        q.today = today;
        q.overdueOnly = true;
        model.setQuery(q);
        QVERIFY(model.totalCount() > 0);
        model.fetchMore({});
        const QModelIndex due = model.index(0, ChildTableModel::DaysToDueColumn);
        QVERIFY(due.data().toLongLong() < 0);
        QVERIFY(due.data(Qt::BackgroundRole).isValid());
        QVERIFY(due.data(Qt::ToolTipRole).toString().contains(QStringLiteral("overdue")));
    }
};

QTEST_GUILESS_MAIN(TestChildTableModel)
#include "tst_childtablemodel.moc"
