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
    // Few children, many ties and NULLs, for paging in every order.
    test::TestDatabase ties;
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

        QVERIFY(ties.sql().transaction());
        const QStringList families{QStringLiteral("Ahmed"), QStringLiteral("Brown"),
                                   QStringLiteral("Ahmed"), QStringLiteral("Cole")};
        const QStringList placements{QStringLiteral("U4"), QStringLiteral("K2"),
                                     QStringLiteral("U1")};
        for (int i = 0; i < 40; ++i) {
            const QString caseId = QStringLiteral("T%1").arg(i, 3, 10, QLatin1Char('0'));
            const QString given = i % 3 == 0 ? QStringLiteral("Sam") : QStringLiteral("Alex");
            const QDate dob = QDate(2014, 1, 1).addDays(i % 5);
            if (i % 4 == 3) {
                // Never in care: no placement and nothing due (NULLs in two sort columns).
                const QString now = QStringLiteral("2026-01-01T00:00:00Z");
                ties.exec(QStringLiteral("INSERT INTO children (case_id, given_name, family_name, "
                                         "date_of_birth, sex, created_at, updated_at) "
                                         "VALUES (?, ?, ?, ?, 'F', ?, ?)"),
                          {caseId, given, families.at(i % 4), dob.toString(Qt::ISODate), now, now});
            } else {
                ties.addChild(caseId, given, families.at(i % 4), dob,
                              QDate(2025, 6, 2).addDays(7 * (i % 6)), placements.at(i % 3),
                              i % 2 ? QStringLiteral("OUT") : QStringLiteral("IN"));
            }
        }
        QVERIFY(DueDateService(ties.db(), calendar, AssessmentPolicy{}).recomputeAll());
        QVERIFY(ties.sql().commit());
        QVERIFY(ties.scalar(QStringLiteral("SELECT count(*) FROM children WHERE "
                                           "current_placement_type IS NULL"))
                    .toInt() > 0);
        QVERIFY(ties.scalar(QStringLiteral("SELECT count(*) FROM children WHERE "
                                           "next_due_date IS NULL"))
                    .toInt() > 0);
    }

    static QList<qint64> loadedIds(ChildTableModel& model)
    {
        while (model.canFetchMore({}))
            model.fetchMore({});
        QList<qint64> ids;
        for (int r = 0; r < model.rowCount(); ++r)
            ids << model.index(r, 0).data(ChildTableModel::ChildIdRole).toLongLong();
        return ids;
    }

    void pagesJoinUpInEveryOrder_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        for (int c = 0; c < ChildTableModel::ColumnCount; ++c) {
            const QString name = QStringLiteral("column %1").arg(c);
            QTest::newRow(qPrintable(name + QStringLiteral(" up"))) << c << false;
            QTest::newRow(qPrintable(name + QStringLiteral(" down"))) << c << true;
        }
    }

    // Each page starts after the last row of the one before: with pages of 3 over ties and
    // NULLs, the list must hold every child once, in the order one query gives them all.
    void pagesJoinUpInEveryOrder()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        const CaseListService lists(ties.db(), viewer);
        ChildListQuery q;
        q.today = today;
        ChildTableModel whole(lists.children());
        whole.setPageSize(1000);
        whole.setQuery(q);
        whole.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        const QList<qint64> expected = loadedIds(whole);
        QCOMPARE(expected.size(), 40);

        ChildTableModel paged(lists.children());
        paged.setPageSize(3);
        paged.setQuery(q);
        paged.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QCOMPARE(paged.rowCount(), 3);
        QCOMPARE(loadedIds(paged), expected);
        QCOMPARE(paged.totalCount(), 40);
    }

    // Someone else closes a child not yet shown and adds one further down while the list is
    // open: scrolling on shows neither twice nor the closed one, and takes the new one.
    void scrollingOnAfterChangesElsewhere()
    {
        test::TestDatabase db;
        QVERIFY(db.sql().transaction());
        for (int i = 0; i < 12; ++i)
            db.addChild(QStringLiteral("S%1").arg(i, 2, 10, QLatin1Char('0')),
                        QStringLiteral("Kim"),
                        QStringLiteral("Name%1").arg(i, 2, 10, QLatin1Char('0')), QDate(2015, 1, 1),
                        QDate(2025, 1, 6));
        QVERIFY(db.sql().commit());
        const CaseListService lists(db.db(), viewer);
        ChildTableModel model(lists.children());
        model.setPageSize(5);
        ChildListQuery q;
        q.today = today;
        q.sortKey = ChildListQuery::SortKey::Name;
        model.setQuery(q);
        QCOMPARE(model.rowCount(), 5);
        db.exec(QStringLiteral("UPDATE children SET closed_at = '2026-01-02T00:00:00Z', "
                               "closed_reason = 'error' WHERE case_id = 'S07'"));
        db.addChild(QStringLiteral("S99"), QStringLiteral("Kim"), QStringLiteral("Name09a"),
                    QDate(2015, 1, 1), QDate(2025, 1, 6));
        QStringList names;
        for (qint64 id : loadedIds(model))
            names << db.scalar(QStringLiteral("SELECT family_name FROM children WHERE id = ?"),
                               {id})
                         .toString();
        QStringList expected;
        for (int i = 0; i < 12; ++i) {
            if (i != 7)
                expected << QStringLiteral("Name%1").arg(i, 2, 10, QLatin1Char('0'));
            if (i == 9)
                expected << QStringLiteral("Name09a");
        }
        QCOMPARE(names, expected);
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

    void readsNothingBeforeItsFirstQuery()
    {
        // A view restores its sort order and hears of changes before it is first shown: none
        // of that reads (counting a large caseload's children held the window up at start).
        const CaseListService lists(tdb.db(), viewer);
        ChildTableModel model(lists.children());
        QSignalSpy counted(&model, &ChildTableModel::totalCountChanged);
        model.sort(ChildTableModel::NameColumn, Qt::DescendingOrder);
        model.refresh();
        QCOMPARE(counted.count(), 0);
        QCOMPARE(model.rowCount(), 0);
        ChildListQuery q = model.query();
        q.today = today;
        model.setQuery(q);
        QCOMPARE(counted.count(), 1);
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.query().sortKey, ChildListQuery::SortKey::Name); // the restored order
        QVERIFY(model.query().descending);
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
