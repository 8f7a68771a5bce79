// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The day-of-use walk on a demo county, at a council laptop's 1024x700 and at 1600x1000: every
// tab of the main window and a child's window must fit the screen (their smallest usable size
// is no larger than it), and a child opens from the children list. With
// LACHEALTH_SCREENSHOTS=DIR set, a picture of each step is kept there to look at
// (docs/walkthrough/ holds the ones looked at for a release).
#include "ChildTableModel.h"
#include "ChildrenView.h"
#include "CompositionRoot.h"
#include "DemoCommand.h"
#include "MainWindow.h"
#include "OpenWindows.h"
#include "Screenshots.h"
#include "TestDatabase.h"
#include "TestSettings.h"
#include "WorklistItemModel.h"
#include "WorklistSummaryModel.h"
#include "carers/models/CarerMedicalListModel.h"
#include "carers/ui/CarerApplicantDialog.h"
#include "carers/ui/CarerMedicalDialog.h"
#include "carers/ui/CarerMedicalsView.h"
#include "charts/ReportChartWidget.h"
#include "common/DateField.h"
#include "data/Database.h"
#include "data/DatabaseCopy.h"
#include "demo/DemoDatabaseBuilder.h"
#include "dental/ui/DentalCheckDialog.h"
#include "development/ui/DevelopmentCheckDialog.h"
#include "immunisations/ui/ImmunisationDialog.h"
#include "incoming/models/IncomingRequestListModel.h"
#include "incoming/ui/CaseloadOverviewPage.h"
#include "incoming/ui/HostChildDialog.h"
#include "incoming/ui/IncomingRequestDialog.h"
#include "incoming/ui/IncomingView.h"
#include "oc2/models/Oc2GapListModel.h"
#include "oc2/ui/Oc2ReturnDialog.h"
#include "oc2/ui/Oc2YearFactsDialog.h"
#include "passport/core/PassportRules.h"
#include "passport/ui/PassportDialogs.h"
#include "report/DesignatedNurseDashboard.h"
#include "report/TimelinessChartsView.h"
#include "sdq/ui/SdqDialog.h"
#include "services/AppServices.h"
#include "workspace/ChildDetailView.h"
#include "workspace/WorklistView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace lac;

class TestWalkthrough : public QObject
{
    Q_OBJECT

    test::TestSettings m_settings{QStringLiteral("walkthrough")};
    QTemporaryDir m_dir;
    std::unique_ptr<AppServices> m_services;
    QString m_serverDatabase;

private Q_SLOTS:
    void initTestCase()
    {
        const QString path = m_dir.filePath(QStringLiteral("county.sqlite"));
        const UserContext admin{QStringLiteral("walker"), UserRole::Administrator};
        DemoOptions options;
        options.children = 400;
        options.seed = 11;
        auto built =
            DemoDatabaseBuilder::build(path, options, false, admin, DemoCommand::featureFillers());
        QVERIFY2(built, qPrintable(built ? QString() : built.failure().text()));
        auto db = Database::open(path);
        QVERIFY(db);
        if (!test::TestDatabase::serverUri().isEmpty()) {
            // The PostgreSQL run walks the same county on the test server, copied as a team
            // moving onto a server would copy it.
            m_serverDatabase = test::TestDatabase::createServerDatabase();
            auto server = Database::open(test::TestDatabase::serverUri(m_serverDatabase));
            QVERIFY(server);
            const auto copied = DatabaseCopy::copy(*db.value(), *server.value());
            QVERIFY2(copied, qPrintable(copied ? QString() : copied.failure().text()));
            db = std::move(server);
        }
        m_services = std::make_unique<AppServices>(std::move(db).value(), admin);
    }

    void cleanupTestCase()
    {
        m_services.reset();
        if (!m_serverDatabase.isEmpty())
            test::TestDatabase::dropServerDatabase(m_serverDatabase);
    }

    void everyScreenFits_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1024x700") << QSize(1024, 700);
        QTest::newRow("1600x1000") << QSize(1600, 1000);
    }

    void everyScreenFits()
    {
        QFETCH(QSize, screen);
        const QSize usable = screen - QSize(0, 30); // a title bar
        const QString size = QStringLiteral("%1x%2").arg(screen.width()).arg(screen.height());
        MainWindow window(*m_services);
        CompositionRoot::populate(window, *m_services);
        window.resize(usable);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // The home screen counts on a worker: the screenshots show the numbers it found.
        auto* home = window.findChild<WorklistView*>();
        QVERIFY(home);
        QTRY_VERIFY_WITH_TIMEOUT(!home->summary()->counting(), 30000);
        QTabWidget* tabs = window.workspaces();
        for (int t = 0; t < tabs->count(); ++t) {
            tabs->setCurrentIndex(t);
            QTest::qWait(50);
            const QSize needed = window.minimumSizeHint();
            QVERIFY2(needed.width() <= usable.width() && needed.height() <= usable.height(),
                     qPrintable(QStringLiteral("%1 needs %2x%3")
                                    .arg(tabs->tabText(t))
                                    .arg(needed.width())
                                    .arg(needed.height())));
            test::keepScreenshot(&window, QStringLiteral("%1-%2-%3")
                                              .arg(size)
                                              .arg(t, 2, 10, QLatin1Char('0'))
                                              .arg(tabs->currentWidget()->objectName()));
        }

        // The immunisations pile's count clicks through to the children behind it.
        auto* worklist = window.findChild<WorklistView*>();
        QVERIFY(worklist);
        tabs->setCurrentWidget(worklist);
        QModelIndex pile;
        for (int r = 0; r < worklist->counts()->model()->rowCount(); ++r) {
            const QModelIndex i = worklist->counts()->model()->index(r, 0);
            if (i.data().toString().startsWith(QStringLiteral("Immunisations overdue")))
                pile = i;
        }
        QVERIFY(pile.isValid());
        const int overdue = pile.data().toString().section(QLatin1Char(' '), -1).toInt();
        QVERIFY2(overdue > 0, qPrintable(pile.data().toString()));
        Q_EMIT worklist->counts()->clicked(pile);
        QTRY_COMPARE(worklist->items()->rowCount(), overdue);
        test::keepScreenshot(&window, QStringLiteral("%1-worklist-immunisations").arg(size));

        // So does the SDQ pile.
        QModelIndex sdqPile;
        for (int r = 0; r < worklist->counts()->model()->rowCount(); ++r) {
            const QModelIndex i = worklist->counts()->model()->index(r, 0);
            if (i.data().toString().startsWith(QStringLiteral("SDQ due")))
                sdqPile = i;
        }
        QVERIFY(sdqPile.isValid());
        const int sdqDue = sdqPile.data().toString().section(QLatin1Char(' '), -1).toInt();
        QVERIFY2(sdqDue > 0, qPrintable(sdqPile.data().toString()));
        Q_EMIT worklist->counts()->clicked(sdqPile);
        QTRY_COMPARE(worklist->items()->rowCount(), sdqDue);
        test::keepScreenshot(&window, QStringLiteral("%1-worklist-sdq").arg(size));

        // File → Year-end OC2 return… checks the last year and lists its gaps.
        QAction* oc2Action = window.findChild<QAction*>(QStringLiteral("oc2Return"));
        QVERIFY(oc2Action);
        int gapRows = -1;
        QTimer::singleShot(0, &window, [&] {
            auto* d = qobject_cast<Oc2ReturnDialog*>(QApplication::activeModalWidget());
            if (!d)
                return;
            gapRows = d->gaps()->rowCount();
            test::keepScreenshot(d, QStringLiteral("%1-oc2-return").arg(size));
            d->reject();
        });
        oc2Action->trigger();
        QVERIFY2(gapRows >= 0, "the OC2 return dialog did not open");

        // A child, opened from the children list.
        auto* children = window.findChild<ChildrenView*>();
        tabs->setCurrentWidget(children);
        QTRY_VERIFY(children->model()->rowCount() > 0);
        Q_EMIT children->childActivated(
            children->model()->index(0, 0).data(ChildTableModel::ChildIdRole).toLongLong());
        QWidget* child = nullptr;
        QTRY_VERIFY((child = test::openChildWindow()) != nullptr);
        child->resize(child->size().boundedTo(usable));
        QVERIFY(QTest::qWaitForWindowExposed(child));
        const QSize needed = child->minimumSizeHint();
        QVERIFY2(needed.width() <= usable.width() && needed.height() <= usable.height(),
                 qPrintable(QStringLiteral("the child's window needs %1x%2")
                                .arg(needed.width())
                                .arg(needed.height())));
        test::keepScreenshot(child, QStringLiteral("%1-child").arg(size));
        // Every tab of the child's window, the ones features add included, fits and shows.
        auto* childTabs = child->findChild<QTabWidget*>();
        QVERIFY(childTabs);
        QStringList titles;
        for (int t = 0; t < childTabs->count(); ++t) {
            childTabs->setCurrentIndex(t);
            titles << childTabs->tabText(t).remove(QLatin1Char('&'));
            QVERIFY(childTabs->currentWidget()->isVisible());
            test::keepScreenshot(child, QStringLiteral("%1-child-%2").arg(size).arg(t));
        }
        QVERIFY2(titles.contains(QStringLiteral("Dental")), qPrintable(titles.join(u',')));

        // A dental check recorded from its tab, as the health admin would.
        auto* view = qobject_cast<ChildDetailView*>(child);
        QVERIFY(view);
        childTabs->setCurrentIndex(int(titles.indexOf(QStringLiteral("Dental"))));
        auto* dentalTable = childTabs->currentWidget()->findChild<QTableView*>();
        QVERIFY(dentalTable);
        const int checksBefore = dentalTable->model()->rowCount();
        QAction* record = view->action(QStringLiteral("recordDentalCheck"));
        QVERIFY(record && record->isEnabled());
        record->trigger();
        auto* dialog = qobject_cast<DentalCheckDialog*>(view->lastDialog());
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QLineEdit* dentist = nullptr;
        for (QLineEdit* e : dialog->findChildren<QLineEdit*>())
            if (e->accessibleName() == QStringLiteral("Dentist"))
                dentist = e;
        QVERIFY(dentist);
        dentist->setText(QStringLiteral("Bridge Street Dental Practice"));
        test::keepScreenshot(dialog, QStringLiteral("%1-dental-dialog").arg(size));
        dialog->accept();
        QTRY_VERIFY(view->changesText().contains(QStringLiteral("Dental check")));
        QTRY_COMPARE(dentalTable->model()->rowCount(), checksBefore + 1);
        test::keepScreenshot(child, QStringLiteral("%1-child-dental-recorded").arg(size));

        // An immunisation recorded from its tab; the status at the top follows.
        QVERIFY2(titles.contains(QStringLiteral("Immunisations")), qPrintable(titles.join(u',')));
        childTabs->setCurrentIndex(int(titles.indexOf(QStringLiteral("Immunisations"))));
        auto* dosesTable = childTabs->currentWidget()->findChild<QTableView*>();
        QVERIFY(dosesTable);
        const int dosesBefore = dosesTable->model()->rowCount();
        QAction* recordDose = view->action(QStringLiteral("recordImmunisation"));
        QVERIFY(recordDose && recordDose->isEnabled());
        recordDose->trigger();
        auto* doseDialog = qobject_cast<ImmunisationDialog*>(view->lastDialog());
        QVERIFY(doseDialog);
        QVERIFY(QTest::qWaitForWindowExposed(doseDialog));
        QComboBox* vaccine = nullptr;
        for (QComboBox* c : doseDialog->findChildren<QComboBox*>())
            if (c->accessibleName() == QStringLiteral("Vaccine"))
                vaccine = c;
        QVERIFY(vaccine);
        vaccine->setCurrentIndex(vaccine->findData(QStringLiteral("6in1")));
        QCOMPARE(doseDialog->dose().vaccine, QStringLiteral("6in1"));
        test::keepScreenshot(doseDialog, QStringLiteral("%1-immunisation-dialog").arg(size));
        doseDialog->accept();
        QTRY_VERIFY(view->changesText().contains(QStringLiteral("Immunisation")));
        QTRY_COMPARE(dosesTable->model()->rowCount(), dosesBefore + 1);
        QLabel* status = nullptr;
        for (QLabel* l : childTabs->currentWidget()->findChildren<QLabel*>())
            if (l->accessibleName() == QStringLiteral("Immunisation status"))
                status = l;
        QVERIFY(status);
        QVERIFY2(status->text().contains(QStringLiteral("Up to date")) ||
                     status->text().contains(QStringLiteral("Overdue")),
                 qPrintable(status->text()));
        // Every line of the status shows: none is clipped when the text grows after a save.
        QTRY_VERIFY2(status->height() >= status->heightForWidth(status->width()),
                     qPrintable(QStringLiteral("status label %1 px high, its text needs %2")
                                    .arg(status->height())
                                    .arg(status->heightForWidth(status->width()))));
        test::keepScreenshot(child, QStringLiteral("%1-child-immunisation-recorded").arg(size));

        // An SDQ score recorded from its tab.
        QVERIFY2(titles.contains(QStringLiteral("SDQ")), qPrintable(titles.join(u',')));
        childTabs->setCurrentIndex(int(titles.indexOf(QStringLiteral("SDQ"))));
        auto* sdqTable = childTabs->currentWidget()->findChild<QTableView*>();
        QVERIFY(sdqTable);
        const int sdqsBefore = sdqTable->model()->rowCount();
        view->action(QStringLiteral("recordSdq"))->trigger();
        auto* sdqDialog = qobject_cast<SdqDialog*>(view->lastDialog());
        QVERIFY(sdqDialog);
        QVERIFY(QTest::qWaitForWindowExposed(sdqDialog));
        auto* score = sdqDialog->findChild<QSpinBox*>();
        QVERIFY(score && score->isEnabled());
        score->setValue(14);
        test::keepScreenshot(sdqDialog, QStringLiteral("%1-sdq-dialog").arg(size));
        // A score is for ages 4 to 16; the child opened may be younger, so the reason for none
        // that fits every age is what is saved.
        QComboBox* outcome = nullptr;
        for (QComboBox* c : sdqDialog->findChildren<QComboBox*>())
            if (c->accessibleName() == QStringLiteral("Outcome"))
                outcome = c;
        QVERIFY(outcome);
        outcome->setCurrentIndex(outcome->findData(int(SdqReason::OutsideAgeRange)));
        QVERIFY(!score->isEnabled());
        sdqDialog->accept();
        QTRY_VERIFY(view->changesText().contains(QStringLiteral("No SDQ score")));
        QTRY_COMPARE(sdqTable->model()->rowCount(), sdqsBefore + 1);
        test::keepScreenshot(child, QStringLiteral("%1-child-sdq-recorded").arg(size));

        // The development review and OC2 year dialogs open from their tabs.
        QVERIFY2(titles.contains(QStringLiteral("Development")), qPrintable(titles.join(u',')));
        childTabs->setCurrentIndex(int(titles.indexOf(QStringLiteral("Development"))));
        view->action(QStringLiteral("recordDevelopmentCheck"))->trigger();
        auto* reviewDialog = qobject_cast<DevelopmentCheckDialog*>(view->lastDialog());
        QVERIFY(reviewDialog);
        QVERIFY(QTest::qWaitForWindowExposed(reviewDialog));
        test::keepScreenshot(reviewDialog, QStringLiteral("%1-development-dialog").arg(size));
        reviewDialog->reject();
        QVERIFY2(titles.contains(QStringLiteral("OC2 year")), qPrintable(titles.join(u',')));
        childTabs->setCurrentIndex(int(titles.indexOf(QStringLiteral("OC2 year"))));
        view->action(QStringLiteral("recordOc2Facts"))->trigger();
        auto* factsDialog = qobject_cast<Oc2YearFactsDialog*>(view->lastDialog());
        QVERIFY(factsDialog);
        QVERIFY(QTest::qWaitForWindowExposed(factsDialog));
        test::keepScreenshot(factsDialog, QStringLiteral("%1-oc2-facts-dialog").arg(size));
        factsDialog->reject();
        child->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        // The "UASC screening outstanding" pile clicks through, and a UASC child's tab shows
        // the summary and the screens on record.
        tabs->setCurrentWidget(worklist);
        QModelIndex uascPile;
        for (int r = 0; r < worklist->counts()->model()->rowCount(); ++r) {
            const QModelIndex i = worklist->counts()->model()->index(r, 0);
            if (i.data().toString().startsWith(QStringLiteral("UASC screening outstanding")))
                uascPile = i;
        }
        QVERIFY(uascPile.isValid());
        const int uascOutstanding =
            uascPile.data().toString().section(QLatin1Char(' '), -1).toInt();
        QVERIFY2(uascOutstanding > 0, qPrintable(uascPile.data().toString()));
        Q_EMIT worklist->counts()->clicked(uascPile);
        QTRY_COMPARE(worklist->items()->rowCount(), uascOutstanding);
        test::keepScreenshot(&window, QStringLiteral("%1-worklist-uasc").arg(size));
        const qint64 uascChild =
            test::TestDatabase::scalarOn(
                m_services->database(),
                // A partly screened child if there is one, as the pile would show them.
                QStringLiteral("SELECT c.id FROM children c WHERE c.uasc = 1 AND c.in_care = 1 "
                               "ORDER BY CASE WHEN (SELECT count(DISTINCT s.screen) FROM "
                               "uasc_screenings s WHERE s.child_id = c.id AND s.screen <> "
                               "'other') BETWEEN 1 AND 3 THEN 0 ELSE 1 END, c.id LIMIT 1"),
                {})
                .toLongLong();
        QVERIFY2(uascChild > 0, "no UASC child in care in the demo county");
        tabs->setCurrentWidget(children);
        Q_EMIT children->childActivated(uascChild);
        QTRY_VERIFY((child = test::openChildWindow()) != nullptr);
        child->resize(child->size().boundedTo(usable));
        QVERIFY(QTest::qWaitForWindowExposed(child));
        childTabs = child->findChild<QTabWidget*>();
        QVERIFY(childTabs);
        int uascTab = -1;
        for (int t = 0; t < childTabs->count(); ++t)
            if (childTabs->tabText(t).remove(QLatin1Char('&')) == QStringLiteral("UASC"))
                uascTab = t;
        QVERIFY(uascTab >= 0);
        childTabs->setCurrentIndex(uascTab);
        QTest::qWait(50);
        test::keepScreenshot(child, QStringLiteral("%1-child-uasc").arg(size));
        child->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        // The "health passports due" pile, then a 17-year-old's drafted passport taken from
        // sign-off to delivered in their window, as the nurse would.
        tabs->setCurrentWidget(worklist);
        QModelIndex passportPile;
        for (int r = 0; r < worklist->counts()->model()->rowCount(); ++r) {
            const QModelIndex i = worklist->counts()->model()->index(r, 0);
            if (i.data().toString().startsWith(QStringLiteral("Health passports overdue")))
                passportPile = i;
        }
        QVERIFY(passportPile.isValid());
        Q_EMIT worklist->counts()->clicked(passportPile);
        test::keepScreenshot(&window, QStringLiteral("%1-worklist-passports").arg(size));
        const qint64 drafted =
            test::TestDatabase::scalarOn(
                m_services->database(),
                QStringLiteral("SELECT p.child_id FROM passports p WHERE p.drafted_on IS NOT "
                               "NULL AND NOT EXISTS (SELECT 1 FROM passport_versions v WHERE "
                               "v.passport_id = p.id) ORDER BY p.child_id LIMIT 1"),
                {})
                .toLongLong();
        QVERIFY2(drafted > 0, "no drafted passport in the demo county");
        tabs->setCurrentWidget(children);
        Q_EMIT children->childActivated(drafted);
        QTRY_VERIFY((child = test::openChildWindow()) != nullptr);
        child->resize(child->size().boundedTo(usable));
        QVERIFY(QTest::qWaitForWindowExposed(child));
        view = qobject_cast<ChildDetailView*>(child);
        childTabs = child->findChild<QTabWidget*>();
        QVERIFY(view && childTabs);
        int passportTab = -1;
        for (int t = 0; t < childTabs->count(); ++t)
            if (childTabs->tabText(t).remove(QLatin1Char('&')) == QStringLiteral("Passport"))
                passportTab = t;
        QVERIFY(passportTab >= 0);
        childTabs->setCurrentIndex(passportTab);
        test::keepScreenshot(child, QStringLiteral("%1-child-passport").arg(size));
        for (const QString& step : {QStringLiteral("Signed off"), QStringLiteral("Offered"),
                                    QStringLiteral("Answer"), QStringLiteral("Delivered")}) {
            QAction* next = view->action(QStringLiteral("passportStep"));
            QVERIFY2(next && next->isEnabled(), qPrintable(step));
            next->trigger();
            auto* stepDialog = qobject_cast<PassportStepDialog*>(view->lastDialog());
            QVERIFY(stepDialog);
            QVERIFY(QTest::qWaitForWindowExposed(stepDialog));
            QCOMPARE(PassportRules::stepText(stepDialog->step()), step);
            if (step == QStringLiteral("Answer"))
                test::keepScreenshot(stepDialog, QStringLiteral("%1-passport-step").arg(size));
            stepDialog->accept();
            QTRY_VERIFY2(view->changesText().contains(step), qPrintable(view->changesText()));
        }
        QVERIFY(view->action(QStringLiteral("exportPassport"))->isEnabled());
        test::keepScreenshot(child, QStringLiteral("%1-child-passport-delivered").arg(size));
        child->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

        // A carer's medical back from the GP, signed off with a summary as the medical
        // adviser would, from the carers' medicals tab; then undone from the Edit menu.
        auto* carers = window.findChild<CarerMedicalsView*>();
        QVERIFY(carers);
        tabs->setCurrentWidget(carers);
        carers->showList(CarerMedicalsView::List::Waiting);
        const int waiting = carers->model()->rowCount();
        int atAdviser = -1;
        for (int r = 0; r < waiting && atAdviser < 0; ++r)
            if (carers->model()->rowAt(r).stage == CarerMedicalStage::Adviser)
                atAdviser = r;
        QVERIFY2(atAdviser >= 0, "no medical waits for the adviser in the demo county");
        // Longest waiting first, as the list promises.
        QVERIFY(carers->model()->rowAt(0).daysWaited >=
                carers->model()->rowAt(waiting - 1).daysWaited);
        carers->table()->setCurrentIndex(carers->table()->model()->index(atAdviser, 0));
        carers->openMedical();
        auto* medical = qobject_cast<CarerMedicalDialog*>(carers->lastDialog());
        QVERIFY(medical);
        QVERIFY(QTest::qWaitForWindowExposed(medical));
        QVERIFY2(medical->minimumSizeHint().height() <= usable.height(),
                 qPrintable(QString::number(medical->minimumSizeHint().height())));
        for (DateField* d : medical->findChildren<DateField*>())
            if (d->accessibleName() == QStringLiteral("Reviewed") ||
                d->accessibleName() == QStringLiteral("Summary sent"))
                d->setDate(m_services->caseContext().today());
        for (QComboBox* c : medical->findChildren<QComboBox*>())
            if (c->accessibleName() == QStringLiteral("Outcome"))
                c->setCurrentIndex(c->findData(int(CarerAdviserOutcome::Clear)));
        test::keepScreenshot(medical, QStringLiteral("%1-carer-medical-dialog").arg(size));
        medical->accept();
        QVERIFY2(medical->shownFailure().isEmpty(), qPrintable(medical->shownFailure()));
        QTRY_COMPARE(carers->model()->rowCount(), waiting - 1);
        test::keepScreenshot(&window, QStringLiteral("%1-carers-signed-off").arg(size));
        auto* undo = window.findChild<QUndoStack*>();
        QVERIFY(undo && undo->canUndo());
        undo->undo();
        QTRY_COMPARE(carers->model()->rowCount(), waiting);
        // A chase of the longest wait, recorded from the tab.
        carers->table()->setCurrentIndex(carers->table()->model()->index(0, 0));
        const int chases = carers->model()->rowAt(0).row.chases;
        carers->recordChase();
        auto* chase = qobject_cast<CarerChaseDialog*>(carers->lastDialog());
        QVERIFY(chase);
        for (QLineEdit* e : chase->findChildren<QLineEdit*>())
            if (e->accessibleName() == QStringLiteral("Response"))
                e->setText(QStringLiteral("Practice manager: the GP will do it this week"));
        test::keepScreenshot(chase, QStringLiteral("%1-carer-chase-dialog").arg(size));
        chase->accept();
        QTRY_COMPARE(carers->model()->rowAt(0).row.chases, chases + 1);

        // A new applicant, from request to the adviser's signed-off summary.
        const QString name = QStringLiteral("Walk %1 Through").arg(size);
        carers->addApplicant();
        auto* person = qobject_cast<CarerApplicantDialog*>(carers->lastDialog());
        QVERIFY(person);
        for (QLineEdit* e : person->findChildren<QLineEdit*>())
            if (e->accessibleName() == QStringLiteral("Name"))
                e->setText(name);
        person->accept();
        QVERIFY2(person->shownFailure().isEmpty(), qPrintable(person->shownFailure()));
        carers->showList(CarerMedicalsView::List::All);
        carers->table()->clearSelection();
        carers->table()->setCurrentIndex({});
        carers->requestMedical();
        auto* requestDialog = qobject_cast<CarerMedicalDialog*>(carers->lastDialog());
        QVERIFY(requestDialog);
        for (QComboBox* c : requestDialog->findChildren<QComboBox*>())
            if (c->accessibleName() == QStringLiteral("Applicant"))
                c->setCurrentIndex(c->findText(name, Qt::MatchStartsWith));
        const QDate today = m_services->caseContext().today();
        for (DateField* d : requestDialog->findChildren<DateField*>())
            if (d->accessibleName() == QStringLiteral("Requested"))
                d->setDate(today.addDays(-40));
        requestDialog->accept();
        QVERIFY2(requestDialog->shownFailure().isEmpty(),
                 qPrintable(requestDialog->shownFailure()));
        int row = -1;
        for (int r = 0; r < carers->model()->rowCount(); ++r)
            if (carers->model()->rowAt(r).row.applicant.name == name)
                row = r;
        QVERIFY(row >= 0);
        QCOMPARE(carers->model()->rowAt(row).stage, CarerMedicalStage::Applicant);
        carers->table()->sortByColumn(-1, Qt::AscendingOrder);
        carers->table()->setCurrentIndex(carers->table()->model()->index(row, 0));
        carers->openMedical();
        auto* steps = qobject_cast<CarerMedicalDialog*>(carers->lastDialog());
        QVERIFY(steps);
        for (DateField* d : steps->findChildren<DateField*>()) {
            if (d->accessibleName() == QStringLiteral("GP appointment"))
                d->setDate(today.addDays(-30));
            if (d->accessibleName() == QStringLiteral("Received"))
                d->setDate(today.addDays(-5));
            if (d->accessibleName() == QStringLiteral("Reviewed") ||
                d->accessibleName() == QStringLiteral("Summary sent"))
                d->setDate(today);
        }
        for (QComboBox* c : steps->findChildren<QComboBox*>())
            if (c->accessibleName() == QStringLiteral("Outcome"))
                c->setCurrentIndex(c->findData(int(CarerAdviserOutcome::Clear)));
        steps->accept();
        QVERIFY2(steps->shownFailure().isEmpty(), qPrintable(steps->shownFailure()));
        QTRY_COMPARE(carers->model()->rowAt(row).stage, CarerMedicalStage::SignedOff);
        QCOMPARE(carers->model()->rowAt(row).daysWaited, 40);
        test::keepScreenshot(&window, QStringLiteral("%1-carers-log").arg(size));

        carers->showList(CarerMedicalsView::List::RenewalsDue);
        QVERIFY(carers->model()->rowCount() > 0);
        test::keepScreenshot(&window, QStringLiteral("%1-carers-renewals").arg(size));

        // The carers' charts follow the report's own in the charts tab.
        auto* charts = window.findChild<TimelinessChartsView*>();
        QVERIFY(charts);
        tabs->setCurrentWidget(charts);
        // The figures are worked out on another thread; the window is not kept waiting.
        ReportChartWidget* carerChart = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (ReportChartWidget* c : charts->charts())
                    if (c->spec().title == QStringLiteral("Carers' medicals: days to sign-off"))
                        carerChart = c;
                return carerChart != nullptr;
            }(),
            20000);
        charts->findChild<QScrollArea*>()->ensureWidgetVisible(carerChart);
        QTest::qWait(50);
        test::keepScreenshot(&window, QStringLiteral("%1-charts-carers").arg(size));
        // The health outcomes, ours beside England's, in the designated nurse's charts.
        ReportChartWidget* outcomesChart = nullptr;
        for (ReportChartWidget* c : charts->charts())
            if (c->spec().title == QStringLiteral("Health outcomes beside England"))
                outcomesChart = c;
        QVERIFY(outcomesChart);
        QCOMPARE(outcomesChart->spec().series.size(), 3);
        charts->findChild<QScrollArea*>()->ensureWidgetVisible(outcomesChart);
        QTest::qWait(50);
        test::keepScreenshot(&window, QStringLiteral("%1-charts-outcomes").arg(size));
        // ... and on the designated nurse's overview, under its charts.
        auto* overview = window.findChild<DesignatedNurseDashboard*>();
        QVERIFY(overview);
        tabs->setCurrentWidget(overview);
        overview->findChild<QTabWidget*>(QStringLiteral("overviewPages"))
            ->setCurrentWidget(overview->charts());
        ReportChartWidget* overviewOutcomes = nullptr;
        QTRY_VERIFY([&] {
            for (ReportChartWidget* c : overview->charts()->charts())
                if (c->spec().title == QStringLiteral("Health outcomes beside England"))
                    overviewOutcomes = c;
            return overviewOutcomes != nullptr;
        }());
        // Laid out only once shown: scroll to it after the first paint.
        QTest::qWait(100);
        overview->charts()->findChild<QScrollArea*>()->ensureWidgetVisible(overviewOutcomes);
        QTest::qWait(50);
        test::keepScreenshot(&window, QStringLiteral("%1-overview-outcomes").arg(size));

        // The host caseload: both caseloads on the worklist, the requests waiting on the
        // requester (oldest first), the log, a request opened, and the caseload split.
        tabs->setCurrentWidget(worklist);
        QModelIndex hostPile;
        for (int r = 0; r < worklist->counts()->model()->rowCount(); ++r) {
            const QModelIndex i = worklist->counts()->model()->index(r, 0);
            if (i.data().toString().startsWith(QStringLiteral("Placed here: papers awaited")))
                hostPile = i;
        }
        QVERIFY(hostPile.isValid());
        const int hostWaiting = hostPile.data().toString().section(QLatin1Char(' '), -1).toInt();
        QVERIFY2(hostWaiting > 0, qPrintable(hostPile.data().toString()));
        Q_EMIT worklist->counts()->clicked(hostPile);
        QTRY_COMPARE(worklist->items()->rowCount(), hostWaiting);
        test::keepScreenshot(&window, QStringLiteral("%1-worklist-placed-here").arg(size));
        auto* incoming = window.findChild<IncomingView*>();
        QVERIFY(incoming);
        tabs->setCurrentWidget(incoming);
        incoming->showList(IncomingView::List::WaitingOnRequester);
        // Read on a worker (every request and every child of ours: seconds at 100,000).
        QVERIFY(incoming->reading());
        QTRY_VERIFY(!incoming->reading());
        const IncomingRequestListModel* requests = incoming->model();
        QCOMPARE(requests->rowCount(), hostWaiting);
        QVERIFY(requests->rowAt(0).row.request.received <=
                requests->rowAt(hostWaiting - 1).row.request.received);
        incoming->table()->setCurrentIndex(incoming->table()->model()->index(0, 0));
        test::keepScreenshot(&window, QStringLiteral("%1-incoming-waiting").arg(size));
        incoming->showList(IncomingView::List::All);
        QTRY_VERIFY(!incoming->reading());
        QVERIFY(incoming->model()->rowCount() > hostWaiting);
        test::keepScreenshot(&window, QStringLiteral("%1-incoming-log").arg(size));
        incoming->table()->setCurrentIndex(incoming->table()->model()->index(0, 0));
        incoming->openRequest();
        auto* requestDialog16 = qobject_cast<IncomingRequestDialog*>(incoming->lastDialog());
        QVERIFY(requestDialog16);
        QTRY_VERIFY(requestDialog16->isVisible());
        test::keepScreenshot(requestDialog16, QStringLiteral("%1-incoming-request").arg(size));
        requestDialog16->reject();
        incoming->addChild();
        auto* hostChild = qobject_cast<HostChildDialog*>(incoming->lastDialog());
        QVERIFY(hostChild);
        QTRY_VERIFY(hostChild->isVisible());
        test::keepScreenshot(hostChild, QStringLiteral("%1-incoming-child").arg(size));
        hostChild->reject();
        incoming->showList(IncomingView::List::Caseload);
        QTRY_VERIFY(!incoming->reading());
        const QList<CaseloadLine>& split = incoming->caseloadModel()->rows();
        QVERIFY(split.size() > 3); // ours, several authorities, the total
        const CaseloadLine& total = split.last();
        const double share = double(total.placedHere) / (total.ownChildren + total.placedHere);
        QVERIFY2(share > 0.3 && share < 0.5, qPrintable(QString::number(share)));
        test::keepScreenshot(&window, QStringLiteral("%1-incoming-caseload").arg(size));

        // The designated nurse's Overview (above) shows the same split, as the source's
        // report did.
        tabs->setCurrentWidget(overview);
        auto* overviewPages = overview->findChild<QTabWidget*>(QStringLiteral("overviewPages"));
        auto* caseload = overview->findChild<CaseloadOverviewPage*>();
        QVERIFY(overviewPages && caseload);
        overviewPages->setCurrentWidget(caseload);
        QTRY_VERIFY(caseload->summary().contains(QStringLiteral("Caseload of")));
        QVERIFY2(caseload->summary().contains(
                     QStringLiteral("Caseload of %1")
                         .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                  .toString(total.ownChildren + total.placedHere))),
                 qPrintable(caseload->summary()));
        QCOMPARE(caseload->model()->rows().last().placedHere, total.placedHere);
        test::keepScreenshot(&window, QStringLiteral("%1-overview-caseload").arg(size));
        window.close();
    }
};

QTEST_MAIN(TestWalkthrough)
#include "tst_walkthrough.moc"
