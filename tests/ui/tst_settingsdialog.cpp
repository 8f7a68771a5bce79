// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Tools → Settings… as an administrator sees it with every kind of record installed: each
// kind's own settings in a group of their own, saved with the rest and audited.

#include "CompositionRoot.h"
#include "MainWindow.h"
#include "Screenshots.h"
#include "SettingsDialog.h"
#include "TestSettings.h"
#include "data/Database.h"
#include "services/AppServices.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace lac;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    test::TestSettings m_settings{QStringLiteral("settingsdialog")};

private Q_SLOTS:
    void showsAndSavesEachKindsOwnSettings()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")));
        QVERIFY(db);
        AppServices services(std::move(db).value(),
                             UserContext{QStringLiteral("admin"), UserRole::Administrator});
        MainWindow window(services);
        CompositionRoot::populate(window, services); // every feature registers its settings

        SettingsDialog dialog(services.settingsService());
        dialog.resize(dialog.sizeHint());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // It fits the smallest screen the product supports, title bar included.
        QVERIFY2(dialog.sizeHint().height() <= 670,
                 qPrintable(QString::number(dialog.sizeHint().height())));
        test::keepScreenshot(&dialog, QStringLiteral("settings-dialog"));

        auto* group = dialog.findChild<QGroupBox*>(QStringLiteral("featureGroup"));
        QVERIFY(group);
        auto* dental = group->findChild<QSpinBox*>(QStringLiteral("dental.months_between_checks"));
        auto* renewal = group->findChild<QSpinBox*>(QStringLiteral("carers.renewal_years"));
        auto* turnaround =
            group->findChild<QSpinBox*>(QStringLiteral("incoming.turnaround_working_days"));
        auto* atRha = group->findChild<QCheckBox*>(QStringLiteral("passport.due_at_rha"));
        QVERIFY(dental && renewal && turnaround && atRha);
        QCOMPARE(dental->value(), 12);
        QCOMPARE(renewal->value(), 3);
        QCOMPARE(turnaround->value(), 20);
        QVERIFY(atRha->isChecked());
        QVERIFY(!dental->toolTip().isEmpty());

        dental->setValue(6);
        atRha->setChecked(false);
        dialog.accept();
        QCOMPARE(services.settings().intValue(QStringLiteral("dental.months_between_checks"), 0),
                 6);
        QCOMPARE(services.settings().intValue(QStringLiteral("passport.due_at_rha"), 1), 0);
        // The dental schedule the tab and the worklist use follows at once.
        QCOMPARE(services.settingsService().load().featureValues.value(
                     QStringLiteral("dental.months_between_checks")),
                 6);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
