// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportTestSupport.h"

#include "import/ImportDialog.h"
#include "import/ImportPreviewModel.h"
#include "services/AppServices.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lac;

/// The import dialog on the offscreen platform: check shows the preview and writes nothing,
/// Import writes, and closing part-way through leaves the database as it was.
class TestImportDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<AppServices> services(const QString& name)
    {
        auto db = Database::open(m_dir.filePath(name + QStringLiteral(".sqlite")));
        if (!db)
            return {};
        return std::make_unique<AppServices>(
            std::move(db).value(), UserContext{QStringLiteral("tester"), UserRole::Administrator});
    }

    static QString data(const char* relative)
    {
        return QStringLiteral(LACHEALTH_IMPORT_TESTDATA "/") + QLatin1String(relative);
    }

    static QPushButton* button(ImportDialog& dialog, const QString& text)
    {
        for (auto* b : dialog.findChildren<QPushButton*>()) {
            if (b->text().remove(QLatin1Char('&')) == text)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void checkThenImport()
    {
        auto app = services(QStringLiteral("dialog"));
        QVERIFY(app);
        const QString before = importtest::dumpTables(app->database().path());
        ImportDialog dialog(*app);
        dialog.setSource(ImportRequest::Source::Ssda903, data("data/base"));
        QSignalSpy finished(&dialog, &ImportDialog::runFinished);
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QPushButton* import = button(dialog, QStringLiteral("Import"));
        QVERIFY(import);
        QVERIFY(!import->isEnabled());

        dialog.check();
        // The worker may finish before the test starts waiting: count, do not wait for "next".
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(dialog.lastReport().counts.childrenAdded, 3);
        QVERIFY(dialog.preview().rowCount() >= 3 + 4); // children, episodes, periods
        QVERIFY(import->isEnabled());
        QCOMPARE(importtest::dumpTables(app->database().path()), before); // checked, not written

        dialog.import();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QCOMPARE(imported.count(), 1);
        QVERIFY(dialog.lastReport().written);
        QVERIFY(!import->isEnabled());
        QCOMPARE(importtest::scalar(app->database().path(),
                                    QStringLiteral("SELECT count(*) FROM episodes")),
                 4);
    }

    void problemsBlockTheImportUnlessSkipped()
    {
        auto app = services(QStringLiteral("problems"));
        QVERIFY(app);
        ImportDialog dialog(*app);
        dialog.setSource(ImportRequest::Source::Ssda903, data("malformed/unknown_child"));
        QSignalSpy finished(&dialog, &ImportDialog::runFinished);
        dialog.check();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(dialog.lastReport().problemCount, 1);
        QVERIFY(!button(dialog, QStringLiteral("Import"))->isEnabled());
        const auto& changes = dialog.preview().changes();
        QVERIFY(std::any_of(changes.cbegin(), changes.cend(), [](const ImportChange& c) {
            return c.kind == ImportChange::Kind::Rejected && c.line == 3 &&
                   c.detail.contains(QStringLiteral("unknown child"));
        }));
        auto* skip = dialog.findChild<QCheckBox*>(QStringLiteral("skipInvalidCheck"));
        QVERIFY(skip);
        skip->setChecked(true); // the preview is stale now: check again
        QVERIFY(!button(dialog, QStringLiteral("Import"))->isEnabled());
        dialog.check();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
        QVERIFY(button(dialog, QStringLiteral("Import"))->isEnabled());
    }

    /// LACHEALTH_SCREENSHOT=file.png: shows the dialog after checking the fake corpus (run it
    /// under Xvfb with QT_QPA_PLATFORM=xcb to look at it as a person would).
    void screenshot()
    {
        const QString target = qEnvironmentVariable("LACHEALTH_SCREENSHOT");
        if (target.isEmpty())
            QSKIP("set LACHEALTH_SCREENSHOT=file.png to take the screenshot");
        auto app = services(QStringLiteral("screenshot"));
        QVERIFY(app);
        ImportDialog dialog(*app);
        dialog.setSource(ImportRequest::Source::Ssda903,
                         QStringLiteral(LACHEALTH_TEST_DATA_DIR "/ssda903-fake"));
        dialog.findChild<QCheckBox*>(QStringLiteral("skipInvalidCheck"))->setChecked(true);
        dialog.resize(1100, 700);
        dialog.show();
        QSignalSpy finished(&dialog, &ImportDialog::runFinished);
        dialog.check();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(target));
    }

    void closingWhileCheckingWritesNothing()
    {
        auto app = services(QStringLiteral("close"));
        QVERIFY(app);
        const QString before = importtest::dumpTables(app->database().path());
        {
            ImportDialog dialog(*app);
            dialog.setSource(ImportRequest::Source::Ssda903, data("data/base"));
            dialog.check();
            dialog.reject(); // cancels and waits
        }
        QCOMPARE(importtest::dumpTables(app->database().path()), before);
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
