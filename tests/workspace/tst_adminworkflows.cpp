// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The three flows of issue 3's "Done when", driven through the real widgets (offscreen):
// book an IHA and complete it in time; complete one late and be made to give a reason; log a
// paperwork issue, see it on the worklist, put it right and see the request move on.
#include "GuiFixture.h"
#include "support/TestSettings.h"

#include "AppointmentListModel.h"
#include "PaperworkLogModel.h"
#include "WorklistItemModel.h"
#include "WorklistSummaryModel.h"
#include "workspace/AssessmentsTab.h"
#include "workspace/BookingDialog.h"
#include "workspace/CareTab.h"
#include "workspace/CaseTable.h"
#include "workspace/ChildDetailView.h"
#include "workspace/DateStepDialog.h"
#include "workspace/OutcomeDialog.h"
#include "workspace/PaperworkIssueDialog.h"
#include "workspace/PaperworkLogView.h"
#include "workspace/WorklistView.h"

#include "common/DateField.h"
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimeEdit>

using namespace lac;
using namespace lac::test;

namespace {

// What the note over a case table says ("Reading the list…", "Nothing to show"), if shown.
QString overlayText(const CaseTable* table)
{
    for (const QLabel* label : table->findChildren<QLabel*>()) {
        if (label->accessibleName() == QStringLiteral("List state"))
            return label->isHidden() ? QString() : label->text();
    }
    return QStringLiteral("(no note)");
}

template <typename T>
T* field(QWidget* dialog, const char* name)
{
    T* w = dialog->findChild<T*>(QString::fromLatin1(name));
    if (!w)
        qFatal("no field %s", name);
    return w;
}

void save(CaseDialog* d)
{
    QVERIFY(d);
    QVERIFY(d->isVisible());
    auto* buttons = d->findChild<QDialogButtonBox*>(QStringLiteral("buttons"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

void trigger(ChildDetailView* view, const char* action)
{
    QAction* a = view->action(QString::fromLatin1(action));
    QVERIFY2(a, action);
    QVERIFY2(a->isEnabled(), action);
    a->trigger();
}

void pick(QComboBox* box, const QString& code)
{
    const int i = box->findData(code);
    QVERIFY2(i >= 0, qPrintable(code));
    box->setCurrentIndex(i);
}

} // namespace

class TestAdminWorkflows : public QObject
{
    Q_OBJECT

    TestSettings m_settings{QStringLiteral("adminworkflows")}; ///< the saved worklist pile

    QString m_suggested;   ///< what the clinician field offered for "oko" at the last booking
    QString m_firstListed; ///< the provider listed first at the last booking
    QString m_booked;      ///< the provider chosen at the last booking

    /// Request sent, paperwork accepted and booked for today 09:00, all through the window.
    void requestAndBook(ChildDetailView* view, QDate requested)
    {
        trigger(view, "requestSent");
        auto* request = qobject_cast<DateStepDialog*>(view->lastDialog());
        QVERIFY(request);
        field<DateField>(request, "date")->setDate(requested);
        save(request);
        QVERIFY2(view->lastDialog() == nullptr || !view->lastDialog()->isVisible(),
                 qPrintable(request->shownFailure()));

        trigger(view, "acceptPaperwork");
        save(view->lastDialog());

        trigger(view, "book");
        auto* booking = qobject_cast<BookingDialog*>(view->lastDialog());
        QVERIFY(booking);
        // An IHA is never done by questionnaire: the mode is not offered (it was refused on save).
        QCOMPARE(view->currentAssessment()->kind, AssessmentKind::Initial);
        QCOMPARE(field<QComboBox>(booking, "mode")->findData(QStringLiteral("questionnaire")), -1);
        QVERIFY(field<QComboBox>(booking, "mode")->findData(QStringLiteral("virtual")) >= 0);
        // Clinicians and venues of earlier bookings are offered as the user types.
        if (QCompleter* earlier = field<QLineEdit>(booking, "clinician")->completer()) {
            earlier->setCompletionPrefix(QStringLiteral("oko"));
            m_suggested = earlier->currentCompletion();
        }
        // The most booked provider is listed first; this flow books the last one listed.
        auto* providers = field<QComboBox>(booking, "provider");
        m_firstListed = providers->itemData(1).toString();
        m_booked = providers->itemData(providers->count() - 1).toString();
        pick(providers, m_booked);
        field<QLineEdit>(booking, "clinician")->setText(QStringLiteral("Dr Okoye"));
        field<QLineEdit>(booking, "venue")->setText(QStringLiteral("Riverside Clinic"));
        field<DateField>(booking, "scheduledDate")->setDate(QDate::currentDate());
        field<QTimeEdit>(booking, "scheduledTime")->setTime(QTime(9, 0));
        // A long note of several lines is kept whole and shown in the child's window.
        const QString note = QStringLiteral("Carer asked for an afternoon slot.\n") +
                             QString(5000, u'x') + QStringLiteral("\nInterpreter not needed.");
        field<QPlainTextEdit>(booking, "notes")->setPlainText(note);
        save(booking);
        QVERIFY2(!booking->isVisible() || booking->shownFailure().isEmpty(),
                 qPrintable(booking->shownFailure()));
        QCOMPARE(view->currentAssessment()->status, AssessmentStatus::Booked);
        const auto attempts = bookingAttempts(view);
        QCOMPARE(attempts.last().notes, note);
        auto* shown = view->findChild<QPlainTextEdit*>(QStringLiteral("attemptNotes"));
        QVERIFY(shown);
        QCOMPARE(shown->toPlainText(), note);
        QVERIFY(!shown->isHidden());
    }

    /// The booking attempts of the assessment selected in \a view, as saved.
    static QList<AppointmentRecord> bookingAttempts(ChildDetailView* view)
    {
        QTableView* table = nullptr;
        for (QTableView* t : view->findChildren<QTableView*>())
            if (t->accessibleName() == QStringLiteral("Booking attempts"))
                table = t;
        QList<AppointmentRecord> rows;
        if (auto* model = table ? qobject_cast<QSortFilterProxyModel*>(table->model()) : nullptr)
            rows = static_cast<AppointmentListModel*>(model->sourceModel())->rows();
        return rows;
    }

private Q_SLOTS:
    void bookAnIhaAndCompleteItInTime()
    {
        GuiFixture f;
        const qint64 id = f.child(QStringLiteral("G1"), QStringLiteral("Ahmed"), 7);
        ChildDetailView* view = f.work->openChild(id);
        QVERIFY(view->currentAssessment());
        QCOMPARE(view->currentAssessment()->kind, AssessmentKind::Initial);
        QVERIFY(view->currentAssessment()->due > QDate::currentDate());
        requestAndBook(view, QDate::currentDate().addDays(-6));

        trigger(view, "outcome");
        auto* outcome = qobject_cast<OutcomeDialog*>(view->lastDialog());
        QVERIFY(outcome);
        pick(field<QComboBox>(outcome, "outcome"), QStringLiteral("attended"));
        field<DateField>(outcome, "date")->setDate(QDate::currentDate());
        pick(field<QComboBox>(outcome, "completedBy"), QStringLiteral("doctor"));
        QVERIFY(!field<QComboBox>(outcome, "lateReason")->isVisible()); // in time: no late section
        save(outcome);
        QVERIFY2(!outcome->isVisible(), qPrintable(outcome->shownFailure()));

        const auto iha = f.services->assessments().forChild(id).value().first();
        QCOMPARE(iha.status, AssessmentStatus::Completed);
        QCOMPARE(iha.completedDate, QDate::currentDate());
        QVERIFY(iha.lateReasonCode.isEmpty());
        QVERIFY2(view->changesText().contains(QStringLiteral("RHA now expected")),
                 qPrintable(view->changesText()));
        delete view;
    }

    void moveTheAppointmentWithoutCancellingIt()
    {
        GuiFixture f;
        const qint64 id = f.child(QStringLiteral("G9"), QStringLiteral("Moss"), 7);
        ChildDetailView* view = f.work->openChild(id);
        requestAndBook(view, QDate::currentDate().addDays(-6));
        QVERIFY(view->action(QStringLiteral("reschedule"))->isEnabled());

        trigger(view, "reschedule");
        auto* move = qobject_cast<BookingDialog*>(view->lastDialog());
        QVERIFY(move);
        // It starts from the booking being moved; the outcome list never offers "moved".
        QCOMPARE(field<QLineEdit>(move, "venue")->text(), QStringLiteral("Riverside Clinic"));
        QCOMPARE(field<QTimeEdit>(move, "scheduledTime")->time(), QTime(9, 0));
        field<QTimeEdit>(move, "scheduledTime")->setTime(QTime(15, 30));
        save(move);
        QVERIFY(move->isVisible()); // no reason given
        QVERIFY2(move->shownFailure().startsWith(QStringLiteral("Why moved:")),
                 qPrintable(move->shownFailure()));
        QLineEdit* why = nullptr;
        for (auto* e : move->findChildren<QLineEdit*>())
            if (e->accessibleName() == QLatin1String("Why moved"))
                why = e;
        QVERIFY(why);
        QCOMPARE(move->focusWidget(), why);
        QTest::keyClicks(why, QStringLiteral("Carer asked: school play"));
        QVERIFY(move->shownFailure().isEmpty());
        save(move);
        QVERIFY2(!move->isVisible(), qPrintable(move->shownFailure()));

        const auto attempts = bookingAttempts(view);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).outcome, QStringLiteral("rescheduled"));
        QVERIFY(attempts.at(0).notes.endsWith(QStringLiteral("Carer asked: school play")));
        QCOMPARE(attempts.at(1).outcome, QStringLiteral("booked"));
        QCOMPARE(attempts.at(1).scheduledAt.time(), QTime(15, 30));
        // The attempts read as a history, oldest first, and the new booking is the one selected.
        QTableView* table = nullptr;
        for (QTableView* t : view->findChildren<QTableView*>())
            if (t->accessibleName() == QStringLiteral("Booking attempts"))
                table = t;
        QVERIFY(table);
        QCOMPARE(table->model()->index(0, 0).data().toString().right(5), QStringLiteral("09:00"));
        QCOMPARE(table->currentIndex().row(), 1);
        QCOMPARE(view->currentAssessment()->status, AssessmentStatus::Booked);
        QVERIFY2(view->changesText().contains(QStringLiteral("moved from")),
                 qPrintable(view->changesText()));

        trigger(view, "outcome");
        auto* outcome = qobject_cast<OutcomeDialog*>(view->lastDialog());
        QVERIFY(outcome);
        QCOMPARE(field<QComboBox>(outcome, "outcome")->findData(QStringLiteral("rescheduled")), -1);
        outcome->reject();
        delete view;
    }

    void completeLateAndBeMadeToGiveAReason()
    {
        GuiFixture f;
        const qint64 id = f.child(QStringLiteral("G2"), QStringLiteral("Brown"), 60);
        ChildDetailView* view = f.work->openChild(id);
        QVERIFY(view->currentAssessment()->due < QDate::currentDate());
        requestAndBook(view, QDate::currentDate().addDays(-55));
        QVERIFY2(view->changesText().contains(QStringLiteral("will be late")),
                 qPrintable(view->changesText()));

        trigger(view, "outcome");
        auto* outcome = qobject_cast<OutcomeDialog*>(view->lastDialog());
        pick(field<QComboBox>(outcome, "outcome"), QStringLiteral("attended"));
        field<DateField>(outcome, "date")->setDate(QDate::currentDate());
        pick(field<QComboBox>(outcome, "completedBy"), QStringLiteral("doctor"));
        QVERIFY(field<QComboBox>(outcome, "lateReason")->isVisible());
        QVERIFY(field<QLabel>(outcome, "lateInfo")
                    ->text()
                    .contains(QStringLiteral("after the due date")));
        save(outcome); // no reason chosen
        QVERIFY(outcome->isVisible());
        QVERIFY2(outcome->shownFailure().contains(QStringLiteral("late")),
                 qPrintable(outcome->shownFailure()));
        QCOMPARE(f.services->assessments().forChild(id).value().first().status,
                 AssessmentStatus::Booked);

        pick(field<QComboBox>(outcome, "lateReason"), QStringLiteral("health_capacity"));
        QCOMPARE(field<QLabel>(outcome, "lateOwner")->text(), QStringLiteral("Health"));
        field<QLineEdit>(outcome, "lateNote")
            ->setText(QStringLiteral("No doctor's clinic for three weeks"));
        save(outcome);
        QVERIFY2(!outcome->isVisible(), qPrintable(outcome->shownFailure()));
        const auto iha = f.services->assessments().forChild(id).value().first();
        QCOMPARE(iha.status, AssessmentStatus::Completed);
        QCOMPARE(iha.lateReasonCode, QStringLiteral("health_capacity"));

        // Changing the reason starts from the one recorded, not from a blank form.
        trigger(view, "lateReason");
        auto* change = qobject_cast<OutcomeDialog*>(view->lastDialog());
        QVERIFY(change);
        QCOMPARE(field<QComboBox>(change, "lateReason")->currentData().toString(),
                 QStringLiteral("health_capacity"));
        QCOMPARE(field<QLineEdit>(change, "lateNote")->text(),
                 QStringLiteral("No doctor's clinic for three weeks"));
        change->reject();
        delete view;
    }

    void earlierClinicianIsSuggested()
    {
        GuiFixture f;
        const qint64 first = f.child(QStringLiteral("G5"), QStringLiteral("Evans"), 7);
        const qint64 second = f.child(QStringLiteral("G6"), QStringLiteral("Ford"), 7);
        ChildDetailView* view = f.work->openChild(first);
        requestAndBook(view, QDate::currentDate().addDays(-6));
        QCOMPARE(m_suggested, QString()); // nobody booked before
        delete view;
        const QString bookedFirst = m_booked;
        QVERIFY(m_firstListed != bookedFirst); // not first before anyone booked it
        view = f.work->openChild(second);
        requestAndBook(view, QDate::currentDate().addDays(-6));
        QCOMPARE(m_suggested, QStringLiteral("Dr Okoye"));
        QCOMPARE(m_firstListed, bookedFirst); // the provider booked before now comes first
        const auto earlier = f.services->assessments().bookingSuggestions();
        QVERIFY(earlier);
        QCOMPARE(earlier->venues, QStringList{QStringLiteral("Riverside Clinic")});
        QCOMPARE(earlier->providers.size(), 2); // each booked once, in the two flows
        QVERIFY(earlier->providers.contains(bookedFirst));
        delete view;
    }

    void worklistReadsItsListOnAWorker()
    {
        GuiFixture f;
        f.child(QStringLiteral("W1"), QStringLiteral("Ward"), 60); // its IHA overdue
        QSettings().setValue(QStringLiteral("worklist/category"),
                             int(WorklistCategory::OverdueIha));
        WorklistView worklist(*f.work);
        // Built without reading the list on the window's thread (a large caseload's list took
        // half a second before the window could show); it arrives from a worker.
        QCOMPARE(worklist.items()->rowCount(), 0);
        // Meanwhile the empty table says it is being read, not that there is nothing to do.
        QVERIFY(worklist.table()->reading());
        QCOMPARE(overlayText(worklist.table()), QStringLiteral("Reading the list…"));
        QTRY_COMPARE(worklist.items()->rowCount(), 1);
        QCOMPARE(worklist.items()->totalCount(), 1);
        QCOMPARE(worklist.items()->rowAt(0).caseId, QStringLiteral("W1"));
        QVERIFY(!worklist.table()->reading());
        QCOMPARE(overlayText(worklist.table()), QString());

        // A list chosen before the worker's arrives stays: the older read is dropped.
        WorklistView again(*f.work);
        again.showCategory(WorklistCategory::DueWithin14Days);
        QCOMPARE(again.items()->rowCount(), 0);
        QTRY_VERIFY(!again.summary()->counting());
        QTest::qWait(200);
        QCOMPARE(again.items()->query().category, WorklistCategory::DueWithin14Days);
        QCOMPARE(again.items()->rowCount(), 0);
        QVERIFY(!again.table()->reading());
        QCOMPARE(overlayText(again.table()), QStringLiteral("Nothing to show"));
    }

    void childWindowReadsATabWhenItIsFirstShown()
    {
        GuiFixture f;
        const qint64 id = f.child(QStringLiteral("T1"), QStringLiteral("Tabs"), 30);
        ChildDetailView* view = f.work->openChild(id);
        auto* tabs = view->findChild<QTabWidget*>();
        auto* care = view->findChild<CareTab*>();
        auto* logs = view->findChild<CaseLogsTab*>();
        QVERIFY(tabs && care && logs);
        // Opening reads the tab in front (the assessments); the placements wait to be shown.
        QVERIFY(!view->unread(view->findChild<AssessmentsTab*>()));
        QVERIFY(view->unread(care));
        auto* placements = care->findChild<QTableView*>();
        QCOMPARE(placements->model()->rowCount(), 0);
        tabs->setCurrentWidget(care);
        QVERIFY(!view->unread(care));
        QCOMPARE(placements->model()->rowCount(), 1);

        // After a change the tab in front is read again at once, the others when next shown.
        view->reload();
        QVERIFY(!view->unread(care));
        QVERIFY(view->unread(logs));
        tabs->setCurrentIndex(0);
        view->reload();
        QVERIFY(view->unread(care));
        // A step run by its shortcut from another tab reads its own tab first.
        trigger(view, "move");
        QVERIFY(!view->unread(care));
        QVERIFY(view->lastDialog());
        view->lastDialog()->reject();
        delete view;
    }

    void paperworkIssueOnTheWorklistThenPutRight()
    {
        GuiFixture f;
        const qint64 id = f.child(QStringLiteral("G3"), QStringLiteral("Clarke"), 5);
        WorklistView worklist(*f.work);
        PaperworkLogView log(*f.work);
        log.show();
        QTRY_COMPARE(worklist.summary()->count(WorklistCategory::AwaitingPaperwork), 0);

        ChildDetailView* view = f.work->openChild(id);
        trigger(view, "requestSent");
        auto* request = qobject_cast<DateStepDialog*>(view->lastDialog());
        field<DateField>(request, "date")->setDate(QDate::currentDate().addDays(-4));
        save(request);
        trigger(view, "logIssue");
        auto* issue = qobject_cast<PaperworkIssueDialog*>(view->lastDialog());
        QVERIFY(issue);
        pick(field<QComboBox>(issue, "problem"), QStringLiteral("consent_unsigned"));
        field<DateField>(issue, "foundDate")->setDate(QDate::currentDate().addDays(-3));
        field<QCheckBox>(issue, "returned")->setChecked(true);
        field<DateField>(issue, "returnedDate")->setDate(QDate::currentDate().addDays(-3));
        save(issue);
        QVERIFY2(!issue->isVisible(), qPrintable(issue->shownFailure()));
        QVERIFY(!view->action(QStringLiteral("book"))->isEnabled());

        // On the worklist, with its age.
        QTRY_COMPARE(worklist.summary()->count(WorklistCategory::AwaitingPaperwork), 1);
        worklist.showCategory(WorklistCategory::AwaitingPaperwork);
        QCOMPARE(worklist.items()->rowCount(), 1);
        QCOMPARE(worklist.items()->rowAt(0).caseId, QStringLiteral("G3"));
        QVERIFY(worklist.items()
                    ->index(0, WorklistItemModel::SinceColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("(3 day")));

        // Put right from the paperwork log: the row leaves the open list, with a word why.
        QCOMPARE(log.model()->rowCount(), 1);
        log.table()->table()->setCurrentIndex(log.model()->index(0, 0));
        QSignalSpy said(f.work.get(), &CaseWork::statusMessage);
        log.putRight();
        auto* putRight = qobject_cast<DateStepDialog*>(log.lastDialog());
        QVERIFY(putRight);
        save(putRight);
        QVERIFY2(!putRight->isVisible(), qPrintable(putRight->shownFailure()));
        QStringList words;
        for (const auto& args : said)
            words << args.at(0).toString();
        QVERIFY2(words.join(u'|').contains(QStringLiteral("can now be booked")),
                 qPrintable(words.join(u'|')));

        QTRY_COMPARE(worklist.summary()->count(WorklistCategory::AwaitingPaperwork), 0);
        QCOMPARE(log.model()->rowCount(), 0); // open issues only
        const auto iha = f.services->assessments().forChild(id).value().first();
        QCOMPARE(iha.paperworkStatus, PaperworkStatus::Complete);
        QVERIFY(view->action(QStringLiteral("book"))->isEnabled()); // the request moved on
        delete view;
    }

    void paperworkPutRightFromTheChildWindow()
    {
        GuiFixture f;
        const qint64 id = f.child(QStringLiteral("G4"), QStringLiteral("Dunn"), 5);
        ChildDetailView* view = f.work->openChild(id);
        trigger(view, "requestSent");
        auto* request = qobject_cast<DateStepDialog*>(view->lastDialog());
        field<DateField>(request, "date")->setDate(QDate::currentDate().addDays(-4));
        save(request);
        QVERIFY(view->action(QStringLiteral("acceptPaperwork"))->isEnabled());
        QVERIFY(!view->action(QStringLiteral("putRight"))->isEnabled());
        trigger(view, "logIssue");
        auto* issue = qobject_cast<PaperworkIssueDialog*>(view->lastDialog());
        pick(field<QComboBox>(issue, "problem"), QStringLiteral("part_a_incomplete"));
        field<DateField>(issue, "foundDate")->setDate(QDate::currentDate().addDays(-3));
        save(issue);
        QVERIFY2(!issue->isVisible(), qPrintable(issue->shownFailure()));

        // "Paperwork OK" over an open issue was offered, then refused on saving.
        QVERIFY(!view->action(QStringLiteral("acceptPaperwork"))->isEnabled());
        trigger(view, "putRight");
        auto* putRight = qobject_cast<DateStepDialog*>(view->lastDialog());
        QVERIFY(putRight);
        QVERIFY2(putRight->findChild<QLabel*>(QStringLiteral("promptLabel"))
                     ->text()
                     .contains(QStringLiteral("Part A incomplete")),
                 qPrintable(putRight->findChild<QLabel*>(QStringLiteral("promptLabel"))->text()));
        save(putRight);
        QVERIFY2(!putRight->isVisible(), qPrintable(putRight->shownFailure()));
        const auto iha = f.services->assessments().forChild(id).value().first();
        QCOMPARE(iha.paperworkStatus, PaperworkStatus::Complete);
        QVERIFY(view->action(QStringLiteral("book"))->isEnabled());
        QVERIFY(!view->action(QStringLiteral("putRight"))->isEnabled());
        QVERIFY2(view->changesText().contains(QStringLiteral("can now be booked")),
                 qPrintable(view->changesText()));
        delete view;
    }
};

QTEST_MAIN(TestAdminWorkflows)
#include "tst_adminworkflows.moc"
