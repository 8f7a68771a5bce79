// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildTableModel.h"
#include "ChildrenView.h"
#include "CompositionRoot.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "TestSettings.h"
#include "data/Database.h"
#include "services/AppServices.h"

#include <QApplication>
#include <QLineEdit>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace lac;

/// Opens the real main window offscreen over a small database and uses the children table.
class TestMainWindowSmoke : public QObject
{
    Q_OBJECT

    // Remembered layouts live in a folder of this run's own, so a previous run (or another
    // test) cannot decide which tab opens.
    test::TestSettings m_settings{QStringLiteral("smoke")};

private Q_SLOTS:
    void opensAndSearches()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("smoke.sqlite"));
        auto db = Database::open(path);
        QVERIFY(db);
        AppServices services(std::move(db).value(),
                             UserContext{QStringLiteral("tester"), UserRole::Administrator});
        {
            QSqlQuery q(QSqlDatabase::database(services.database().connectionName()));
            const QString now = QStringLiteral("2026-01-01T00:00:00Z");
            for (int i = 0; i < 30; ++i) {
                QVERIFY(q.exec(
                    QStringLiteral(
                        "INSERT INTO children (case_id, given_name, family_name, date_of_birth, "
                        "in_care, created_at, updated_at) VALUES ('K%1', 'Kit', 'Name%1', "
                        "'2014-05-05', 1, '%2', '%2')")
                        .arg(i)
                        .arg(now)));
            }
        }
        MainWindow window(services);
        CompositionRoot::populate(window, services);
        window.restoreLayout();
        auto* children = window.findChild<ChildrenView*>();
        QVERIFY(children);
        // The worklist is the home tab; this test is about the children tab.
        window.workspaces()->setCurrentWidget(children);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.workspaces()->currentWidget(), children);
        QTRY_COMPARE(children->model()->totalCount(), 30);
        QTRY_VERIFY(children->table()->model()->rowCount() > 0);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("30")));

        QTest::keyClicks(children->searchBox(), QStringLiteral("Name2"));
        QTest::keyClick(children->searchBox(), Qt::Key_Return);
        QTRY_COMPARE(children->model()->totalCount(), 1 + 10); // Name2, Name20..Name29
        window.close();
    }
};

QTEST_MAIN(TestMainWindowSmoke)
#include "tst_mainwindowsmoke.moc"
