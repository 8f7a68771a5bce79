// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentsTab.h"

#include "AppointmentListModel.h"
#include "AssessmentListModel.h"
#include "CaseWork.h"
#include "PagedTableModel.h"
#include "common/DisplayDate.h"
#include "domain/ChildRecord.h"
#include "domain/PlacementLocation.h"
#include "rules/AssessmentLifecycle.h"
#include "rules/ChildAge.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace lac {

AssessmentsTab::AssessmentsTab(ChildWindowFrame& frame, QWidget* parent)
    : ChildWindowTab(frame, parent)
{
    m_model = new AssessmentListModel(this);
    m_proxy = sortedByValue(m_model);
    m_table = recordTable(m_proxy, tr("Assessments"));
    m_table->sortByColumn(AssessmentListModel::DueColumn, Qt::AscendingOrder);
    m_attemptModel = new AppointmentListModel(this);
    m_attemptProxy = sortedByValue(m_attemptModel);
    m_attempts = recordTable(m_attemptProxy, tr("Booking attempts"));
    m_attempts->sortByColumn(AppointmentListModel::WhenColumn, Qt::AscendingOrder); // history

    auto* page = new QSplitter(Qt::Vertical, this);
    page->addWidget(m_table);
    auto* attemptsBox = new QWidget(this);
    auto* attemptsLayout = new QVBoxLayout(attemptsBox);
    attemptsLayout->setContentsMargins(0, 4, 0, 0);
    attemptsLayout->addWidget(new QLabel(tr("Booking attempts for the selected assessment "
                                            "(every attempt is kept):"),
                                         attemptsBox));
    attemptsLayout->addWidget(m_attempts);
    // The whole note of the attempt selected (the table shows its first line only).
    m_attemptNotes = new QPlainTextEdit(attemptsBox);
    m_attemptNotes->setObjectName(QStringLiteral("attemptNotes"));
    m_attemptNotes->setReadOnly(true);
    m_attemptNotes->setMaximumHeight(80);
    m_attemptNotes->setAccessibleName(tr("Notes of the selected booking attempt"));
    m_attemptNotes->hide();
    attemptsLayout->addWidget(m_attemptNotes);
    connect(m_attempts->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                const QString notes = current.siblingAtColumn(AppointmentListModel::NotesColumn)
                                          .data(PagedTableModel::RawValueRole)
                                          .toString();
                m_attemptNotes->setPlainText(notes);
                m_attemptNotes->setVisible(!notes.isEmpty());
            });
    page->addWidget(attemptsBox);

    buildSteps();
    auto* stepBar = new QToolBar(this);
    stepBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    stepBar->setAccessibleName(tr("Assessment steps"));
    stepBar->addActions(steps(Place::Tab));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(stepBar);
    layout->addWidget(page, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showAttempts();
        updateActions();
    });
    connect(m_table, &QTableView::activated, this, [this] {
        const AssessmentRecord* a = currentAssessment();
        if (!a)
            return;
        if (AssessmentLifecycle::allows(AssessmentStep::RecordOutcome, *a))
            recordOutcome();
        else if (AssessmentLifecycle::allows(AssessmentStep::Book, *a))
            book();
    });
}

QString AssessmentsTab::title() const
{
    return tr("&Assessments");
}

void AssessmentsTab::buildSteps()
{
    addStep("requestSent", tr("&Request sent…"), QKeySequence(Qt::CTRL | Qt::Key_R),
            tr("Record the day the assessment request was sent"), [this] { recordRequest(); });
    addStep("acceptPaperwork", tr("Paperwork &OK…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
            tr("Record that all the paperwork is right"), [this] { acceptPaperwork(); });
    addStep("logIssue", tr("Paperwork &issue…"), QKeySequence(Qt::CTRL | Qt::Key_I),
            tr("Log what is wrong with the paperwork and send it back"),
            [this] { logPaperworkIssue(); });
    addStep("putRight", tr("Paper&work put right…"), QKeySequence(Qt::CTRL | Qt::Key_D),
            tr("Record that the paperwork sent back has come back right"),
            [this] { putPaperworkRight(); });
    addStep("book", tr("&Book…"), QKeySequence(Qt::CTRL | Qt::Key_B),
            tr("Book (or rebook) the assessment"), [this] { book(); });
    addStep("outcome", tr("Ou&tcome…"), QKeySequence(Qt::CTRL | Qt::Key_T),
            tr("Record what happened at the appointment"), [this] { recordOutcome(); });
    addStep("reschedule", tr("Mo&ve appointment…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
            tr("Move the booked appointment to another time or place (not a cancellation)"),
            [this] { moveAppointment(); });
    addStep("report", tr("Re&port received…"), QKeySequence(),
            tr("Record the day the report and health plan came back"),
            [this] { reportReceived(); });
    addStep("doctorReview", tr("&Doctor review done"), QKeySequence(),
            tr("Sign off the doctor's review of a nurse-led IHA"), [this] { doctorReview(); });
    addStep("lateReason", tr("&Late reason…"), QKeySequence(Qt::CTRL | Qt::Key_L),
            tr("Say why an assessment completed late was late"), [this] { giveLateReason(); });
    addStep("outOfArea", tr("Out of &area…"), QKeySequence(),
            tr("Ask the host area's provider to do the assessment"), [this] { referOutOfArea(); });
}

const AssessmentRecord* AssessmentsTab::currentAssessment() const
{
    const QModelIndex i = m_table->currentIndex();
    if (!i.isValid())
        return nullptr;
    const int row = m_proxy->mapToSource(i).row();
    return row >= 0 && row < m_assessments.size() ? &m_assessments.at(row) : nullptr;
}

void AssessmentsTab::selectAssessment(qint64 assessmentId)
{
    for (int r = 0; r < m_assessments.size(); ++r) {
        if (m_assessments.at(r).id == assessmentId) {
            const QModelIndex i = m_proxy->mapFromSource(m_model->index(r, 0));
            m_table->setCurrentIndex(i);
            m_table->selectRow(i.row());
            return;
        }
    }
}

void AssessmentsTab::showAttempts()
{
    const AssessmentRecord* a = currentAssessment();
    auto list = a ? work().services().assessments().appointments(a->id)
                  : Result<QList<AppointmentRecord>>(QList<AppointmentRecord>());
    m_attemptModel->setRows(list ? list.value() : QList<AppointmentRecord>());
    m_attempts->resizeColumnsToContents();
    m_attempts->setColumnWidth(
        AppointmentListModel::NotesColumn,
        std::min(m_attempts->columnWidth(AppointmentListModel::NotesColumn), 320));
    // The latest attempt is selected, however the table is sorted, so its notes show at once
    // (the attempts come in the order they were booked).
    const int attempts = m_attemptModel->rowCount();
    m_attemptNotes->setVisible(false);
    if (attempts > 0)
        m_attempts->setCurrentIndex(
            m_attemptProxy->mapFromSource(m_attemptModel->index(attempts - 1, 0)));
}

void AssessmentsTab::reload()
{
    const AppServices& s = work().services();
    const qint64 selected = currentAssessment() ? currentAssessment()->id : 0;
    auto assessments = s.assessments().forChild(frame().child().id);
    m_assessments = assessments ? assessments.value() : QList<AssessmentRecord>();
    m_model->setToday(s.caseContext().today(), s.worklist().ragRating());
    if (auto reasons = work().lists().lateReasons()) {
        QHash<QString, QString> words;
        for (const auto& r : reasons.value())
            words.insert(r.code, r.label);
        m_model->setLateReasons(words);
    }
    m_model->setRows(m_assessments);
    m_table->resizeColumnsToContents();

    // Keep the selection, or select the first outstanding assessment.
    qint64 pick = selected;
    if (!pick) {
        for (const auto& a : std::as_const(m_assessments)) {
            if (a.isOutstanding()) {
                pick = a.id;
                break;
            }
        }
    }
    if (!pick && !m_assessments.isEmpty())
        pick = m_assessments.last().id;
    selectAssessment(pick);
    showAttempts();
}

QString AssessmentsTab::nextDueWhy() const
{
    const ChildRecord& child = frame().child();
    if (!child.nextDueDate.isValid())
        return tr("Nothing due.");
    const AssessmentRecord* next = nullptr;
    for (const auto& a : m_assessments) {
        if (a.isOutstanding() && a.due == child.nextDueDate)
            next = &a;
    }
    const AppServices& s = work().services();
    const qint64 days = s.caseContext().today().daysTo(child.nextDueDate);
    const QString when = days < 0 ? tr("<b>%1 overdue</b>").arg(PagedTableModel::days(int(-days)))
                                  : tr("in %1").arg(PagedTableModel::days(int(days)));
    QString why;
    const AssessmentPolicy& p = s.policy();
    if (next && next->isIha()) {
        why = tr("%1 working days after care started on %2")
                  .arg(p.ihaWorkingDays)
                  .arg(displayDate(next->clockStart));
    } else if (next) {
        const int ageThen = ChildAge::yearsOn(child.dateOfBirth, next->clockStart);
        why = ageThen < p.rhaAgeThresholdYears
                  ? tr("%1 months after the assessment on %2 (under 5 then)")
                        .arg(p.rhaMonthsUnderFive)
                        .arg(displayDate(next->clockStart))
                  : tr("%1 months after the assessment on %2")
                        .arg(p.rhaMonthsFiveAndOver)
                        .arg(displayDate(next->clockStart));
    }
    return tr("Next due: <b>%1 on %2</b>, %3%4.")
        .arg(child.nextDueKind, displayDate(child.nextDueDate), when,
             why.isEmpty() ? QString() : tr(" — %1").arg(why));
}

void AssessmentsTab::updateActions()
{
    // Which step is allowed is the lifecycle's (the service refuses by the same rule); the
    // window adds only the role.
    const AssessmentRecord* a = currentAssessment();
    const UserRole role = work().services().user().role;
    const bool edit = AccessPolicy::allows(role, Permission::EditCaseData);
    AssessmentSituation situation;
    situation.childLocation = locationFromCode(frame().child().currentLocation);
    situation.policy = work().services().policy();
    const auto allowed = [a, &situation](AssessmentStep step) {
        return a && AssessmentLifecycle::allows(step, *a, situation);
    };
    enable("requestSent", edit && allowed(AssessmentStep::RecordRequest));
    // While an issue is open the paperwork is "returned to social care": it is put right
    // (which accepts it when the last issue is), not accepted over the open issue.
    enable("acceptPaperwork", edit && allowed(AssessmentStep::AcceptPaperwork));
    enable("putRight", edit && allowed(AssessmentStep::PutPaperworkRight));
    enable("logIssue", edit && allowed(AssessmentStep::LogPaperworkIssue));
    enable("book", edit && allowed(AssessmentStep::Book));
    enable("outcome", edit && allowed(AssessmentStep::RecordOutcome));
    enable("reschedule", edit && allowed(AssessmentStep::MoveAppointment));
    enable("report", edit && allowed(AssessmentStep::RecordReport));
    enable("doctorReview", AccessPolicy::allows(role, Permission::SignOffDoctorReview) &&
                               allowed(AssessmentStep::SignOffDoctorReview));
    enable("lateReason", edit && allowed(AssessmentStep::GiveLateReason));
    enable("outOfArea", edit && allowed(AssessmentStep::ReferOutOfArea));
}

QString AssessmentsTab::assessmentTitle(const AssessmentRecord& a) const
{
    const ChildRecord& child = frame().child();
    return tr("%1 for %2 (%3), due %4")
        .arg(a.kindName(), child.displayName(), child.caseId, displayDate(a.due));
}

} // namespace lac
