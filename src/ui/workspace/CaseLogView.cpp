// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseLogView.h"

#include "CaseTable.h"
#include "CaseWork.h"
#include "DateStepDialog.h"
#include "PagedTableModel.h"
#include "services/AppServices.h"

#include <QAction>
#include <QComboBox>
#include <QSettings>
#include <QTableView>
#include <QToolBar>

namespace lac {

CaseLogView::CaseLogView(CaseWork& work, QWidget* parent)
    : QWidget(parent)
    , m_work(work)
{}

CaseLogView::~CaseLogView()
{
    if (m_show)
        QSettings().setValue(m_settingsKey + QStringLiteral("/show"), m_show->currentIndex());
}

void CaseLogView::setUpTable(PagedTableModel* model, const QString& what,
                             const QString& settingsKey, const QList<ShowChoice>& choices,
                             const QString& showName)
{
    m_settingsKey = settingsKey;
    m_table = new CaseTable(model, m_work.exporter(), what, settingsKey, this);
    m_show = new QComboBox(this);
    for (const ShowChoice& c : choices)
        m_show->addItem(c.text, c.value);
    m_show->setAccessibleName(showName);
    m_show->setCurrentIndex(QSettings().value(settingsKey + QStringLiteral("/show"), 0).toInt());
    QToolBar* bar = m_table->toolBar();
    bar->insertWidget(bar->actions().value(0), m_show);

    connect(m_show, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_table, &CaseTable::searchChanged, this, [this] { applyFilter(); });
    connect(m_table, &CaseTable::rowActivated, this, [this, model](int row) {
        m_work.openChild(model->index(row, 0).data(PagedTableModel::ChildIdRole).toLongLong(),
                         this);
    });
    connect(m_table, &CaseTable::countChanged, &m_work, &CaseWork::statusMessage);
    connect(&m_work, &CaseWork::changed, this, &CaseLogView::refresh);
}

void CaseLogView::addStep(const QString& text, const QKeySequence& key, const QString& tip,
                          const std::function<void()>& step)
{
    auto* a = new QAction(text, this);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    a->setToolTip(tip);
    connect(a, &QAction::triggered, this, step);
    addAction(a);
    QToolBar* bar = m_table->toolBar();
    bar->insertAction(bar->actions().last(), a);
}

void CaseLogView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_read)
        return;
    m_read = true;
    applyFilter();
}

void CaseLogView::refresh()
{
    if (!m_read)
        return; // read when first shown
    // Keep the selection on the same record across the reload (a saved chase used to move it
    // to the first row, so the history shown below was another child's).
    PagedTableModel* model = m_table->model();
    const QModelIndex current = m_table->table()->currentIndex();
    const QVariant id = current.isValid()
                            ? current.siblingAtColumn(0).data(PagedTableModel::RecordIdRole)
                            : QVariant();
    model->reload();
    if (!id.isValid())
        return;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(PagedTableModel::RecordIdRole) == id) {
            m_table->table()->setCurrentIndex(model->index(row, current.column()));
            return;
        }
    }
    // The record left this view (put right, resolved): say so rather than let it vanish.
    Q_EMIT m_work.statusMessage(tr("The row you had selected has moved on: it no longer "
                                   "matches \"%1\".")
                                    .arg(m_show ? m_show->currentText() : QString()));
}

DateStepDialog* CaseLogView::dateStep(const QString& title, const QString& prompt,
                                      const QString& noteLabel)
{
    return new DateStepDialog(title, prompt, m_work.services().caseContext().today(), noteLabel,
                              this);
}

void CaseLogView::openStep(CaseDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lastDialog = dialog;
    dialog->open();
}

Status CaseLogView::afterSave(const Status& saved)
{
    if (saved)
        m_work.notifyChanged();
    return saved;
}

} // namespace lac
