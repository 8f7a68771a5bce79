// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildrenView.h"

#include "ChildTableModel.h"
#include "RecordTableLook.h"
#include "domain/PlacementGroup.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace lac {
namespace {
const QString settingsGroup = QStringLiteral("ChildrenView");
}

ChildrenView::ChildrenView(const ChildListSource& source, Today today, QWidget* parent)
    : QWidget(parent)
    , m_today(std::move(today))
    , m_model(new ChildTableModel(source, this))
{
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by case ID, name or NHS number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search children"));
    m_search->setToolTip(
        tr("Matches any part of the case ID or name, or a whole 10-digit NHS number"));

    m_status = new QComboBox(this);
    m_status->addItem(tr("In care now"), 1);
    m_status->addItem(tr("Left care"), 0);
    m_status->addItem(tr("Everyone"), -1);
    m_status->setAccessibleName(tr("Care status filter"));

    m_area = new QComboBox(this);
    m_area->addItem(tr("Any area"), QString());
    m_area->addItem(tr("In area"), QStringLiteral("IN"));
    m_area->addItem(tr("Out of area"), QStringLiteral("OUT"));
    m_area->addItem(tr("Area unknown"), QStringLiteral("UNKNOWN"));
    m_area->setAccessibleName(tr("Area filter"));

    m_group = new QComboBox(this);
    m_group->addItem(tr("Any placement"), QString());
    for (const QString& code : PlacementGroup::codes())
        m_group->addItem(PlacementGroup::displayName(code), code);
    m_group->setAccessibleName(tr("Placement group filter"));

    m_age = new QComboBox(this);
    m_age->addItem(tr("Any age"), int(ChildListQuery::AgeBand::Any));
    m_age->addItem(tr("Under 5"), int(ChildListQuery::AgeBand::UnderFive));
    m_age->addItem(tr("5 to 9"), int(ChildListQuery::AgeBand::FiveToNine));
    m_age->addItem(tr("10 to 15"), int(ChildListQuery::AgeBand::TenToFifteen));
    m_age->addItem(tr("16 and over"), int(ChildListQuery::AgeBand::SixteenPlus));
    m_age->setAccessibleName(tr("Age band filter"));

    m_overdue = new QCheckBox(tr("&Overdue only"), this);
    m_overdue->setToolTip(tr("Only children whose next assessment is past its due date"));

    m_count = new QLabel(this);
    m_count->setAccessibleName(tr("Number of children shown"));

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    RecordTableLook::apply(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->setAccessibleName(tr("Children"));
    m_table->setColumnWidth(ChildTableModel::NameColumn, 200);
    m_table->setColumnWidth(ChildTableModel::PlacementColumn, 260);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status);
    filters->addWidget(m_area);
    filters->addWidget(m_group);
    filters->addWidget(m_age);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &ChildrenView::applyFilters);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    // Enter or Down in the search box runs the search now and moves to the first result, so
    // a child can be found and opened without the mouse (Enter again opens it).
    connect(m_search, &QLineEdit::returnPressed, this, &ChildrenView::goToResults);
    m_search->installEventFilter(this);
    for (QComboBox* box : {m_status, m_area, m_group, m_age})
        connect(box, &QComboBox::currentIndexChanged, this, &ChildrenView::applyFilters);
    connect(m_overdue, &QCheckBox::toggled, this, &ChildrenView::applyFilters);
    connect(m_model, &ChildTableModel::totalCountChanged, this, [this](int total) {
        const QString text = tr("%Ln children", nullptr, total);
        m_count->setText(text);
        if (isVisible()) // only the tab in front speaks to the status bar
            Q_EMIT statusMessage(text);
    });
    connect(m_model, &ChildTableModel::loadFailed, this, [this](const QString& message) {
        Q_EMIT statusMessage(tr("Could not load children: %1").arg(message));
    });
    auto activate = [this](const QModelIndex& index) {
        if (index.isValid())
            Q_EMIT childActivated(index.data(ChildTableModel::ChildIdRole).toLongLong());
    };
    connect(m_table, &QTableView::activated, this, activate);

    restoreState();
}

ChildrenView::~ChildrenView()
{
    saveState();
}

void ChildrenView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Read the first time the tab is shown, not when the window is built (counting a large
    // caseload's children took a third of a second of every start), once the event loop
    // runs, so that whoever connects to statusMessage after construction hears the count.
    if (!m_read) {
        m_read = true;
        QTimer::singleShot(0, this, &ChildrenView::applyFilters);
    }
    QTimer::singleShot(0, this, [this] {
        if (isVisible() && !m_count->text().isEmpty())
            Q_EMIT statusMessage(m_count->text());
    });
}

bool ChildrenView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        goToResults();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void ChildrenView::goToResults()
{
    applyFilters();
    if (m_model->rowCount() == 0)
        return; // nothing to go to: stay in the search box
    m_table->setFocus(Qt::ShortcutFocusReason);
    if (!m_table->currentIndex().isValid() || m_table->currentIndex().row() != 0)
        m_table->setCurrentIndex(m_model->index(0, ChildTableModel::NameColumn));
    m_table->selectRow(0);
}

void ChildrenView::refresh()
{
    m_model->refresh();
}

void ChildrenView::applyFilters()
{
    m_searchDelay->stop();
    ChildListQuery q = m_model->query();
    q.search = m_search->text();
    const int status = m_status->currentData().toInt();
    q.inCare = status < 0 ? std::nullopt : std::optional<bool>(status == 1);
    const QString area = m_area->currentData().toString();
    q.location =
        area.isEmpty() ? std::nullopt : std::optional<PlacementLocation>(locationFromCode(area));
    q.placementGroup = m_group->currentData().toString();
    q.ageBand = ChildListQuery::AgeBand(m_age->currentData().toInt());
    q.overdueOnly = m_overdue->isChecked();
    q.today = m_today();
    if (q == m_model->query() && m_model->rowCount() > 0)
        return;
    m_model->setQuery(q);
}

void ChildrenView::restoreState()
{
    QSettings s;
    s.beginGroup(settingsGroup);
    const QSignalBlocker b1(m_status), b2(m_area), b3(m_group), b4(m_age), b5(m_overdue),
        b6(m_search);
    m_status->setCurrentIndex(
        qBound(0, s.value(QStringLiteral("status"), 0).toInt(), m_status->count() - 1));
    m_area->setCurrentIndex(
        qBound(0, s.value(QStringLiteral("area"), 0).toInt(), m_area->count() - 1));
    m_group->setCurrentIndex(
        qBound(0, s.value(QStringLiteral("group"), 0).toInt(), m_group->count() - 1));
    m_age->setCurrentIndex(
        qBound(0, s.value(QStringLiteral("age"), 0).toInt(), m_age->count() - 1));
    m_overdue->setChecked(s.value(QStringLiteral("overdue"), false).toBool());
    const QByteArray header = s.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_table->horizontalHeader()->restoreState(header);
    else
        m_table->horizontalHeader()->setSortIndicator(ChildTableModel::NextDueDateColumn,
                                                      Qt::AscendingOrder);
}

void ChildrenView::saveState() const
{
    QSettings s;
    s.beginGroup(settingsGroup);
    s.setValue(QStringLiteral("status"), m_status->currentIndex());
    s.setValue(QStringLiteral("area"), m_area->currentIndex());
    s.setValue(QStringLiteral("group"), m_group->currentIndex());
    s.setValue(QStringLiteral("age"), m_age->currentIndex());
    s.setValue(QStringLiteral("overdue"), m_overdue->isChecked());
    s.setValue(QStringLiteral("header"), m_table->horizontalHeader()->saveState());
}

} // namespace lac
