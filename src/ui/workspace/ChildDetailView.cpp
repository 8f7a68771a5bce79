// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildDetailView.h"

#include "AppointmentListModel.h"
#include "AssessmentListModel.h"
#include "BookingDialog.h"
#include "CaseWork.h"
#include "ChildEditDialog.h"
#include "DateStepDialog.h"
#include "EditChildCommand.h"
#include "OutOfAreaLogModel.h"
#include "OutOfAreaRequestDialog.h"
#include "OutcomeDialog.h"
#include "PagedTableModel.h"
#include "PaperworkIssueDialog.h"
#include "PaperworkLogModel.h"
#include "PlacementDialog.h"
#include "PlacementListModel.h"
#include "common/DisplayDate.h"
#include "common/WindowFit.h"
#include "domain/CaseCodes.h"
#include "domain/CodeList.h"
#include "domain/NhsNumber.h"
#include "domain/PlacementLocation.h"
#include "rules/ChildAge.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lac {
namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setModel(model);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAccessibleName(name);
    return t;
}

QSortFilterProxyModel* sorted(QAbstractItemModel* model, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(PagedTableModel::RawValueRole);
    return proxy;
}

} // namespace

ChildDetailView::ChildDetailView(CaseWork& work, qint64 childId, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_work(work)
    , m_childId(childId)
{
    setObjectName(QStringLiteral("ChildDetailView"));
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAccessibleName(tr("Child"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Care and next due"));
    m_changes = new QLabel(this);
    m_changes->setWordWrap(true);
    m_changes->setStyleSheet(QStringLiteral("QLabel { background: #cff4fc; color: #055160; "
                                            "border: 1px solid #b6effb; padding: 6px; }"));
    m_changes->setAccessibleName(tr("What changed"));
    m_changes->hide();

    auto* careBar = new QToolBar(this);
    careBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    careBar->setAccessibleName(tr("Child and care actions"));
    auto* stepBar = new QToolBar(this);
    stepBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    stepBar->setAccessibleName(tr("Assessment steps"));

    m_tabs = new QTabWidget(this);
    // Assessments and their booking attempts.
    m_assessmentModel = new AssessmentListModel(this);
    m_assessmentProxy = sorted(m_assessmentModel, this);
    m_assessmentTable = makeTable(m_assessmentProxy, tr("Assessments"), this);
    m_assessmentTable->sortByColumn(AssessmentListModel::DueColumn, Qt::AscendingOrder);
    m_appointmentModel = new AppointmentListModel(this);
    auto* appointmentProxy = sorted(m_appointmentModel, this);
    auto* appointments = makeTable(appointmentProxy, tr("Booking attempts"), this);
    appointments->sortByColumn(AppointmentListModel::WhenColumn, Qt::AscendingOrder); // history
    auto* assessmentsPage = new QSplitter(Qt::Vertical, this);
    assessmentsPage->addWidget(m_assessmentTable);
    auto* attemptsBox = new QWidget(this);
    auto* attemptsLayout = new QVBoxLayout(attemptsBox);
    attemptsLayout->setContentsMargins(0, 4, 0, 0);
    attemptsLayout->addWidget(new QLabel(tr("Booking attempts for the selected assessment "
                                            "(every attempt is kept):"),
                                         attemptsBox));
    attemptsLayout->addWidget(appointments);
    // The whole note of the attempt selected (the table shows its first line only).
    auto* attemptNotes = new QPlainTextEdit(attemptsBox);
    attemptNotes->setObjectName(QStringLiteral("attemptNotes"));
    attemptNotes->setReadOnly(true);
    attemptNotes->setMaximumHeight(80);
    attemptNotes->setAccessibleName(tr("Notes of the selected booking attempt"));
    attemptNotes->hide();
    attemptsLayout->addWidget(attemptNotes);
    connect(appointments->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [attemptNotes](const QModelIndex& current) {
                const QString notes = current.siblingAtColumn(AppointmentListModel::NotesColumn)
                                          .data(PagedTableModel::RawValueRole)
                                          .toString();
                attemptNotes->setPlainText(notes);
                attemptNotes->setVisible(!notes.isEmpty());
            });
    assessmentsPage->addWidget(attemptsBox);
    auto* assessmentsTab = new QWidget(this);
    auto* assessmentsLayout = new QVBoxLayout(assessmentsTab);
    assessmentsLayout->addWidget(stepBar);
    assessmentsLayout->addWidget(assessmentsPage, 1);
    m_tabs->addTab(assessmentsTab, tr("&Assessments"));

    // Care and placements.
    m_placementModel = new PlacementListModel(this);
    auto* carePage = new QWidget(this);
    auto* careLayout = new QVBoxLayout(carePage);
    careLayout->addWidget(makeTable(sorted(m_placementModel, this), tr("Placements"), carePage));
    m_nhsHistory = new QLabel(carePage);
    m_nhsHistory->setWordWrap(true);
    careLayout->addWidget(m_nhsHistory);
    m_tabs->addTab(carePage, tr("&Care and placements"));

    // Paperwork and out-of-area records of this child.
    m_paperworkModel = new PaperworkLogModel(work.services().caseLists().paperworkLog(), this);
    m_ooaModel = new OutOfAreaLogModel(work.services().caseLists().outOfAreaLog(), this);
    auto* logsPage = new QWidget(this);
    auto* logsLayout = new QVBoxLayout(logsPage);
    logsLayout->addWidget(new QLabel(tr("Paperwork issues"), logsPage));
    logsLayout->addWidget(makeTable(m_paperworkModel, tr("Paperwork issues"), logsPage));
    logsLayout->addWidget(new QLabel(tr("Out-of-area requests"), logsPage));
    logsLayout->addWidget(makeTable(m_ooaModel, tr("Out-of-area requests"), logsPage));
    m_tabs->addTab(logsPage, tr("&Paperwork and out of area"));

    auto* layout = new QVBoxLayout(this);
    auto* headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(careBar);
    layout->addLayout(headerRow);
    layout->addWidget(m_status);
    layout->addWidget(m_changes);
    layout->addWidget(m_tabs, 1);

    buildActions();
    const QStringList careActions{QStringLiteral("editChild"), QStringLiteral("startCare"),
                                  QStringLiteral("move"), QStringLiteral("endCare")};
    for (QAction* a : std::as_const(m_actions))
        (careActions.contains(a->objectName()) ? careBar : stepBar)->addAction(a);
    connect(m_assessmentTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, appointments, appointmentProxy, attemptNotes] {
                const AssessmentRecord* a = currentAssessment();
                auto list = a ? m_work.services().assessments().appointments(a->id)
                              : Result<QList<AppointmentRecord>>(QList<AppointmentRecord>());
                m_appointmentModel->setRows(list ? list.value() : QList<AppointmentRecord>());
                appointments->resizeColumnsToContents();
                appointments->setColumnWidth(
                    AppointmentListModel::NotesColumn,
                    std::min(appointments->columnWidth(AppointmentListModel::NotesColumn), 320));
                // The latest attempt is selected, however the table is sorted, so its notes
                // show at once (the attempts come in the order they were booked).
                const int attempts = m_appointmentModel->rowCount();
                attemptNotes->setVisible(false);
                if (attempts > 0)
                    appointments->setCurrentIndex(appointmentProxy->mapFromSource(
                        m_appointmentModel->index(attempts - 1, 0)));
                updateActions();
            });
    connect(m_assessmentTable, &QTableView::activated, this, [this] {
        const AssessmentRecord* a = currentAssessment();
        if (!a)
            return;
        const AssessmentStatus status = assessmentStatusFromCode(a->status);
        if (status == AssessmentStatus::Booked)
            recordOutcome();
        else if (status == AssessmentStatus::Requested &&
                 paperworkStatusFromCode(a->paperworkStatus) == PaperworkStatus::Complete)
            book();
    });
    reload();
    resize(sizeForScreen(this, QSize(1100, 700)));
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("ChildDetailView/geometry")).toByteArray());
    fitToScreen(this);
    // A child's window closes like any document window: Ctrl+W, or Esc.
    // (The platform's Close keys may be Ctrl+F4 alone, so Ctrl+W is added by name.)
    QList<QKeySequence> closeKeys = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence& key :
         {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)})
        if (!closeKeys.contains(key))
            closeKeys << key;
    for (const QKeySequence& key : std::as_const(closeKeys))
        connect(new QShortcut(key, this), &QShortcut::activated, this, &QWidget::close);
}

ChildDetailView::~ChildDetailView()
{
    QSettings().setValue(QStringLiteral("ChildDetailView/geometry"), saveGeometry());
}

QAction* ChildDetailView::action(const QString& objectName) const
{
    for (QAction* a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

void ChildDetailView::buildActions()
{
    auto add = [this](const char* name, const QString& text, const QKeySequence& key,
                      const QString& tip, void (ChildDetailView::*slot)()) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setToolTip(
            key.isEmpty() ? tip : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
        m_actions << a;
    };
    add("editChild", tr("&Edit child…"), QKeySequence(Qt::CTRL | Qt::Key_E),
        tr("Edit the child's details and NHS number"), &ChildDetailView::editChild);
    add("requestSent", tr("&Request sent…"), QKeySequence(Qt::CTRL | Qt::Key_R),
        tr("Record the day the assessment request was sent"), &ChildDetailView::recordRequest);
    add("acceptPaperwork", tr("Paperwork &OK…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
        tr("Record that all the paperwork is right"), &ChildDetailView::acceptPaperwork);
    add("logIssue", tr("Paperwork &issue…"), QKeySequence(Qt::CTRL | Qt::Key_I),
        tr("Log what is wrong with the paperwork and send it back"),
        &ChildDetailView::logPaperworkIssue);
    add("putRight", tr("Paper&work put right…"), QKeySequence(Qt::CTRL | Qt::Key_D),
        tr("Record that the paperwork sent back has come back right"),
        &ChildDetailView::putPaperworkRight);
    add("book", tr("&Book…"), QKeySequence(Qt::CTRL | Qt::Key_B),
        tr("Book (or rebook) the assessment"), &ChildDetailView::book);
    add("outcome", tr("Ou&tcome…"), QKeySequence(Qt::CTRL | Qt::Key_T),
        tr("Record what happened at the appointment"), &ChildDetailView::recordOutcome);
    add("reschedule", tr("Mo&ve appointment…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B),
        tr("Move the booked appointment to another time or place (not a cancellation)"),
        &ChildDetailView::moveAppointment);
    add("report", tr("Re&port received…"), QKeySequence(),
        tr("Record the day the report and health plan came back"),
        &ChildDetailView::reportReceived);
    add("doctorReview", tr("&Doctor review done"), QKeySequence(),
        tr("Sign off the doctor's review of a nurse-led IHA"), &ChildDetailView::doctorReview);
    add("lateReason", tr("&Late reason…"), QKeySequence(Qt::CTRL | Qt::Key_L),
        tr("Say why an assessment completed late was late"), &ChildDetailView::giveLateReason);
    add("outOfArea", tr("Out of &area…"), QKeySequence(),
        tr("Ask the host area's provider to do the assessment"), &ChildDetailView::referOutOfArea);
    add("startCare", tr("&Start care…"), QKeySequence(), tr("Start a period of care"),
        &ChildDetailView::startCare);
    add("move", tr("Placement &move…"), QKeySequence(Qt::CTRL | Qt::Key_M),
        tr("Record a placement move"), &ChildDetailView::recordMove);
    add("endCare", tr("&Left care…"), QKeySequence(), tr("End the period of care"),
        &ChildDetailView::endCare);
}

const AssessmentRecord* ChildDetailView::currentAssessment() const
{
    const QModelIndex i = m_assessmentTable->currentIndex();
    if (!i.isValid())
        return nullptr;
    const int row = m_assessmentProxy->mapToSource(i).row();
    return row >= 0 && row < m_assessments.size() ? &m_assessments.at(row) : nullptr;
}

void ChildDetailView::selectAssessment(qint64 assessmentId)
{
    for (int r = 0; r < m_assessments.size(); ++r) {
        if (m_assessments.at(r).id == assessmentId) {
            const QModelIndex i = m_assessmentProxy->mapFromSource(m_assessmentModel->index(r, 0));
            m_assessmentTable->setCurrentIndex(i);
            m_assessmentTable->selectRow(i.row());
            return;
        }
    }
}

void ChildDetailView::reload()
{
    const AppServices& s = m_work.services();
    const qint64 selected = currentAssessment() ? currentAssessment()->id : 0;
    auto child = s.childCases().child(m_childId);
    if (!child) {
        m_header->setText(child.failure().text());
        return;
    }
    m_child = child.value();
    const QDate today = s.caseContext().today();
    const int age = ChildAge::yearsOn(m_child.dateOfBirth, today);
    m_header->setText(
        tr("<span style='font-size:15pt; font-weight:600'>%1</span>&nbsp;&nbsp; case %2 · born "
           "%3 (%4) · %5 · NHS %6%7%8")
            .arg(m_child.displayName().toHtmlEscaped(), m_child.caseId.toHtmlEscaped(),
                 displayDate(m_child.dateOfBirth), tr("aged %1").arg(age),
                 CodeList::label(CodeList::sexes(), m_child.sex),
                 m_child.nhsNumber.isEmpty() ? tr("not known")
                                             : NhsNumber::format(m_child.nhsNumber),
                 m_child.uasc ? tr(" · UASC") : QString(),
                 m_child.clinicalNeed ? tr(" · <b>clinical need</b>") : QString()));
    setWindowTitle(tr("%1 (%2) — LAC Health Tracker").arg(m_child.displayName(), m_child.caseId));

    auto assessments = s.assessments().forChild(m_childId);
    m_assessments = assessments ? assessments.value() : QList<AssessmentRecord>();
    m_assessmentModel->setToday(today, s.worklist().ragRating());
    if (auto reasons = m_work.lists().lateReasons()) {
        QHash<QString, QString> words;
        for (const auto& r : reasons.value())
            words.insert(r.code, r.label);
        m_assessmentModel->setLateReasons(words);
    }
    m_assessmentModel->setRows(m_assessments);
    m_assessmentTable->resizeColumnsToContents();

    QString care =
        m_child.inCare
            ? tr("In care, placed %1 (%2)")
                  .arg(CodeList::label(CodeList::locations(), m_child.currentLocation).toLower(),
                       m_child.currentPlacementType)
            : tr("Not in care now");
    m_status->setText(tr("%1. %2").arg(care, nextDueWhy()));

    auto placements = s.childCases().placements(m_childId);
    m_placementModel->setRows(placements ? placements.value() : QList<PlacementRecord>());
    auto numbers = s.childCases().nhsNumbers(m_childId);
    QStringList history;
    if (numbers) {
        for (const auto& n : numbers.value())
            history << tr("%1 from %2%3")
                           .arg(NhsNumber::format(n.number), displayDate(n.validFrom),
                                n.validTo.isValid() ? tr(" to %1").arg(displayDate(n.validTo))
                                                    : QString());
    }
    m_nhsHistory->setText(
        tr("NHS numbers: %1")
            .arg(history.isEmpty() ? tr("none recorded") : history.join(QStringLiteral("; "))));

    PaperworkLogQuery pq;
    pq.childId = m_childId;
    pq.show = PaperworkLogQuery::Show::All;
    pq.today = today;
    m_paperworkModel->setQuery(pq);
    OutOfAreaLogQuery oq;
    oq.childId = m_childId;
    oq.show = OutOfAreaLogQuery::Show::All;
    oq.today = today;
    m_ooaModel->setQuery(oq);

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
    updateActions();
}

QString ChildDetailView::nextDueWhy() const
{
    if (!m_child.nextDueDate.isValid())
        return tr("Nothing due.");
    const AssessmentRecord* next = nullptr;
    for (const auto& a : m_assessments) {
        if (a.isOutstanding() && a.due == m_child.nextDueDate)
            next = &a;
    }
    const QDate today = m_work.services().caseContext().today();
    const qint64 days = today.daysTo(m_child.nextDueDate);
    const QString when = days < 0 ? tr("<b>%1 overdue</b>").arg(PagedTableModel::days(int(-days)))
                                  : tr("in %1").arg(PagedTableModel::days(int(days)));
    QString why;
    if (next && next->isIha()) {
        why = tr("%1 working days after care started on %2")
                  .arg(m_work.services().policy().ihaWorkingDays)
                  .arg(displayDate(next->clockStart));
    } else if (next) {
        const int ageThen = ChildAge::yearsOn(m_child.dateOfBirth, next->clockStart);
        const AssessmentPolicy& p = m_work.services().policy();
        why = ageThen < p.rhaAgeThresholdYears
                  ? tr("%1 months after the assessment on %2 (under 5 then)")
                        .arg(p.rhaMonthsUnderFive)
                        .arg(displayDate(next->clockStart))
                  : tr("%1 months after the assessment on %2")
                        .arg(p.rhaMonthsFiveAndOver)
                        .arg(displayDate(next->clockStart));
    }
    m_status->setTextFormat(Qt::RichText);
    return tr("Next due: <b>%1 on %2</b>, %3%4.")
        .arg(m_child.nextDueKind, displayDate(m_child.nextDueDate), when,
             why.isEmpty() ? QString() : tr(" — %1").arg(why));
}

void ChildDetailView::updateActions()
{
    const AssessmentRecord* a = currentAssessment();
    const UserRole role = m_work.services().user().role;
    const bool edit = AccessPolicy::allows(role, Permission::EditCaseData);
    auto enable = [this](const char* name, bool on) {
        if (QAction* act = action(QString::fromLatin1(name)))
            act->setEnabled(on);
    };
    const bool outstanding = a && a->isOutstanding();
    const AssessmentStatus status =
        a ? assessmentStatusFromCode(a->status) : AssessmentStatus::Other;
    const PaperworkStatus paperwork =
        a ? paperworkStatusFromCode(a->paperworkStatus) : PaperworkStatus::Other;
    enable("editChild", edit);
    enable("requestSent", edit && outstanding && status == AssessmentStatus::Open);
    // While an issue is open the paperwork is "returned to social care": it is put right
    // (which accepts it when the last issue is), not accepted over the open issue.
    const bool requested = outstanding && status == AssessmentStatus::Requested;
    enable("acceptPaperwork", edit && requested && paperwork == PaperworkStatus::Awaited);
    enable("putRight", edit && requested && paperwork == PaperworkStatus::Incomplete);
    enable("logIssue", edit && requested);
    enable("book", edit && requested && paperwork == PaperworkStatus::Complete);
    enable("outcome", edit && outstanding && status == AssessmentStatus::Booked);
    enable("reschedule", edit && outstanding && status == AssessmentStatus::Booked);
    enable("report", edit && a && a->completedDate.isValid() && !a->reportReceivedDate.isValid());
    enable("doctorReview", AccessPolicy::allows(role, Permission::SignOffDoctorReview) && a &&
                               doctorReviewFromCode(a->doctorReview) == DoctorReview::Pending);
    enable("lateReason", edit && a && a->completedDate.isValid() && a->completedDate > a->due);
    enable("outOfArea", edit && outstanding &&
                            locationFromCode(m_child.currentLocation) != PlacementLocation::InArea);
    enable("startCare", edit && !m_child.inCare);
    enable("move", edit && m_child.inCare);
    enable("endCare", edit && m_child.inCare);
}

void ChildDetailView::showChanges(const QString& heading, const QStringList& lines)
{
    QString text = heading;
    if (!lines.isEmpty())
        text += QStringLiteral("\n• ") + lines.join(QStringLiteral("\n• "));
    m_changes->setText(text);
    m_changes->show();
    Q_EMIT m_work.statusMessage(heading);
    m_work.notifyChanged();
}

QString ChildDetailView::changesText() const
{
    return m_changes->isVisible() ? m_changes->text() : QString();
}

void ChildDetailView::open(CaseDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    m_lastDialog = dialog;
    dialog->open();
}

QString ChildDetailView::assessmentTitle(const AssessmentRecord& a) const
{
    return tr("%1 for %2 (%3), due %4")
        .arg(a.kind, m_child.displayName(), m_child.caseId, displayDate(a.due));
}

} // namespace lac
