// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildWindowTab.h"

#include "PagedTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QTableView>

namespace lac {

ChildWindowTab::ChildWindowTab(ChildWindowFrame& frame, QWidget* parent)
    : QWidget(parent)
    , m_frame(frame)
{}

QList<QAction*> ChildWindowTab::steps(Place place) const
{
    QList<QAction*> found;
    for (const auto& [action, where] : m_steps) {
        if (where == place)
            found << action;
    }
    return found;
}

QAction* ChildWindowTab::addStep(const char* name, const QString& text, const QKeySequence& key,
                                 const QString& tip, std::function<void()> run, Place place)
{
    auto* a = new QAction(text, this);
    a->setObjectName(QString::fromLatin1(name));
    a->setShortcut(key);
    a->setToolTip(key.isEmpty() ? tip
                                : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    connect(a, &QAction::triggered, this, [this, a, run = std::move(run)] {
        m_frame.readIfUnread(*this);
        if (a->isEnabled()) // reading may have shown the step does not apply
            run();
    });
    m_steps << qMakePair(a, place);
    return a;
}

void ChildWindowTab::enable(const char* name, bool on) const
{
    for (const auto& step : m_steps) {
        if (step.first->objectName() == QLatin1String(name))
            step.first->setEnabled(on);
    }
}

QTableView* ChildWindowTab::recordTable(QAbstractItemModel* model, const QString& accessibleName)
{
    auto* t = new QTableView(this);
    t->setModel(model);
    t->setSortingEnabled(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAccessibleName(accessibleName);
    return t;
}

QSortFilterProxyModel* ChildWindowTab::sortedByValue(QAbstractItemModel* model)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(PagedTableModel::RawValueRole);
    return proxy;
}

} // namespace lac
