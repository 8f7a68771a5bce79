// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildTableModel.h"
#include "ChildrenView.h"
#include "CompositionRoot.h"
#include "MainWindow.h"
#include "OpenWindows.h"
#include "TestDatabase.h"
#include "TestSettings.h"
#include "common/WindowFit.h"
#include "data/Database.h"
#include "services/AppServices.h"

#include <QApplication>
#include <QLineEdit>
#include <QScreen>
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
        // Nothing is read for a tab before it is shown.
        QCOMPARE(children->model()->rowCount(), 0);
        QCOMPARE(children->model()->totalCount(), 0);
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
        // Enter ran the search and put the keyboard on the first child found...
        QVERIFY(children->table()->hasFocus());
        QCOMPARE(children->table()->currentIndex().row(), 0);
        // ... and Enter again opens that child's window, which Ctrl+W and Esc close.
        for (const QKeyCombination key : {QKeyCombination(Qt::CTRL, Qt::Key_W),
                                          QKeyCombination(Qt::NoModifier, Qt::Key_Escape)}) {
            QTest::keyClick(children->table(), Qt::Key_Return);
            QWidget* child = nullptr;
            QTRY_VERIFY((child = test::openChildWindow()) != nullptr);
            QVERIFY(QTest::qWaitForWindowExposed(child));
            QApplication::setActiveWindow(child); // no window manager offscreen
            QVERIFY(QTest::qWaitForWindowActive(child));
            QTest::keyClick(child, key.key(), key.keyboardModifiers());
            QTRY_VERIFY(test::openChildWindow() == nullptr);
            // Closed windows delete themselves once control is back in the event loop.
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        }
        // The status bar speaks for the tab in front: not the children's count on another
        // tab, and the count again on coming back.
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("children")));
        for (int t = 0; t < window.workspaces()->count(); ++t) {
            if (window.workspaces()->widget(t) == children)
                continue;
            window.workspaces()->setCurrentIndex(t);
            QTest::qWait(20);
            QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("children")),
                     qPrintable(window.workspaces()->tabText(t)));
        }
        window.workspaces()->setCurrentWidget(children);
        QTRY_VERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("children")));

        // Down from the search box goes to the results as well.
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        children->searchBox()->setFocus();
        children->searchBox()->clear();
        QTest::keyClicks(children->searchBox(), QStringLiteral("Name29"));
        QTest::keyClick(children->searchBox(), Qt::Key_Down);
        QCOMPARE(children->model()->totalCount(), 1);
        QVERIFY(children->table()->hasFocus());
        window.close();
    }

    void windowsFitASmallScreen()
    {
        // A window saved on a big monitor, or on one no longer plugged in, must come back
        // whole on a laptop's screen (the offscreen screen here is smaller than 1280×800).
        QWidget window;
        window.resize(2400, 1600);
        window.move(5000, 4000);
        fitToScreen(&window);
        const QRect area = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(area.contains(window.frameGeometry()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
                                .arg(window.x())
                                .arg(window.y())
                                .arg(window.width())
                                .arg(window.height())
                                .arg(area.width())
                                .arg(area.height())));
        QVERIFY(sizeForScreen(&window, QSize(1280, 800)).width() <= area.width());
        QCOMPARE(sizeForScreen(&window, QSize(300, 200)), QSize(300, 200));
    }
};

QTEST_MAIN(TestMainWindowSmoke)
#include "tst_mainwindowsmoke.moc"
