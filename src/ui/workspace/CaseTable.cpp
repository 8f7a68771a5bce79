// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseTable.h"

#include "PagedTableModel.h"
#include "RecordTableLook.h"
#include "services/CaseTableExport.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace lac {

CaseTable::CaseTable(PagedTableModel* model, const CaseTableExport& exporter, const QString& what,
                     const QString& settingsKey, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_exporter(exporter)
    , m_what(what)
    , m_key(settingsKey)
{
    m_toolBar = new QToolBar(this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search case ID or name  (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(what));
    m_search->setToolTip(tr("Filters by case ID or name, in the database"));
    m_search->setMinimumWidth(260);
    m_search->setMaximumWidth(340);
    auto* find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    m_table = new QTableView(this);
    m_table->setModel(model);
    // No column is sorted until the user clicks one: the model starts in its own order.
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    RecordTableLook::apply(m_table);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->setAccessibleName(what);
    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of rows"));

    auto* exportAction = new QAction(tr("Export CSV…"), this);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    exportAction->setToolTip(tr("Write every matching row to a CSV file (Ctrl+Shift+E)"));
    exportAction->setEnabled(m_exporter.allowed().ok());
    connect(exportAction, &QAction::triggered, this, [this] {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export %1").arg(m_what),
            dir + QLatin1Char('/') + m_key + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        if (const QString failure = exportTo(path); !failure.isEmpty())
            QMessageBox::warning(this, tr("Export"), failure);
    });
    addAction(exportAction);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search);
    top->addWidget(m_toolBar, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);
    m_toolBar->addAction(exportAction);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { Q_EMIT searchChanged(m_search->text().trimmed()); });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { Q_EMIT rowActivated(index.row()); });
    // Over the empty table: "Reading the list…" while a worker reads it, then "Nothing here"
    // when the list is really empty (a blank grid looks the same in both cases).
    m_overlay = new QLabel(m_table->viewport());
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setWordWrap(true);
    m_overlay->setForegroundRole(QPalette::PlaceholderText);
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_overlay->setAccessibleName(tr("List state"));
    m_overlay->hide();
    m_table->viewport()->installEventFilter(this);
    connect(model, &PagedTableModel::totalCountChanged, this, [this](int total) {
        m_reading = false;
        showOverlay(total == 0 ? tr("Nothing to show") : QString());
        const QString text = total == 1 ? tr("1 row") : tr("%L1 rows").arg(total);
        m_count->setText(text);
        m_countText = tr("%1: %2").arg(m_what, text);
        if (isVisible()) // only the table in front speaks to the status bar
            Q_EMIT countChanged(m_countText);
    });
    connect(model, &PagedTableModel::loadFailed, this, [this](const QString& message) {
        m_reading = false;
        showOverlay(QString());
        m_count->setText(tr("Could not load: %1").arg(message));
    });
    restoreState();
}

CaseTable::~CaseTable()
{
    saveState();
}

void CaseTable::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // After the tab change is done (the main window clears the status bar then).
    QTimer::singleShot(0, this, [this] {
        if (isVisible() && !m_countText.isEmpty())
            Q_EMIT countChanged(m_countText);
    });
}

bool CaseTable::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_overlay->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    return QWidget::eventFilter(watched, event);
}

void CaseTable::showReading()
{
    m_reading = true;
    m_count->setText(tr("Reading…"));
    if (m_model->rowCount() == 0)
        showOverlay(tr("Reading the list…"));
}

bool CaseTable::reading() const
{
    return m_reading;
}

void CaseTable::showOverlay(const QString& text)
{
    m_overlay->setText(text);
    m_overlay->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    m_overlay->setVisible(!text.isEmpty());
}

int CaseTable::currentRow() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? i.row() : -1;
}

QString CaseTable::exportTo(const QString& path)
{
    m_model->fetchAll();
    QStringList header;
    for (int c = 0; c < m_model->columnCount(); ++c)
        header << m_model->headerData(c, Qt::Horizontal).toString();
    QList<QStringList> rows;
    rows.reserve(m_model->rowCount());
    for (int r = 0; r < m_model->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_model->columnCount(); ++c) {
            const QModelIndex i = m_model->index(r, c);
            QString text = i.data().toString();
            const QVariant check = i.data(Qt::CheckStateRole);
            if (text.isEmpty() && check.isValid())
                text = check.toInt() == Qt::Checked ? tr("Yes") : tr("No");
            cells << text;
        }
        rows << cells;
    }
    const Status s = m_exporter.write(path, m_what, header, rows);
    return s ? QString() : s.failure().text();
}

void CaseTable::setKeyColumns(const QList<int>& columns)
{
    QHeaderView* header = m_table->horizontalHeader();
    int to = std::min(2, header->count() - 1); // after the case ID and the name
    for (int column : columns) {
        if (column < 0 || column >= header->count())
            continue;
        const int from = header->visualIndex(column);
        if (from != to)
            header->moveSection(from, to);
        ++to;
    }
}

void CaseTable::fitColumns(int widest)
{
    m_table->resizeColumnsToContents();
    QHeaderView* header = m_table->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        if (header->sectionSize(c) > widest)
            header->resizeSection(c, widest);
}

void CaseTable::restoreState()
{
    QSettings settings;
    const QByteArray state =
        settings.value(QStringLiteral("tables/%1/header").arg(m_key)).toByteArray();
    if (!state.isEmpty())
        m_table->horizontalHeader()->restoreState(state);
    m_search->setText(settings.value(QStringLiteral("tables/%1/search").arg(m_key)).toString());
}

void CaseTable::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("tables/%1/header").arg(m_key),
                      m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("tables/%1/search").arg(m_key), m_search->text());
}

} // namespace lac
