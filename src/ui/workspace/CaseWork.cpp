// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseWork.h"

#include "AssessmentsTab.h"
#include "CareTab.h"
#include "ChildDetailView.h"
#include "common/WindowFit.h"
#include "services/AppServices.h"

#include <QUndoStack>

namespace lac {

CaseWork::CaseWork(AppServices& services, QUndoStack* undoStack, QObject* parent)
    : QObject(parent)
    , m_services(services)
    , m_undo(undoStack)
    , m_exporter(services.auditLog())
{
    m_childTabs.add([](ChildWindowFrame& f, QWidget* p) { return new AssessmentsTab(f, p); });
    m_childTabs.add([](ChildWindowFrame& f, QWidget* p) { return new CareTab(f, p); });
    m_childTabs.add([](ChildWindowFrame& f, QWidget* p) { return new CaseLogsTab(f, p); });
}

const CaseListService& CaseWork::lists() const
{
    return m_services.caseLists();
}

CaseWork::~CaseWork()
{
    for (const auto& w : std::as_const(m_children))
        delete w.data();
}

ChildDetailView* CaseWork::childWindow(qint64 childId) const
{
    return m_children.value(childId).data();
}

ChildDetailView* CaseWork::openChild(qint64 childId, QWidget* near)
{
    ChildDetailView* view = m_children.value(childId).data();
    if (!view) {
        view = new ChildDetailView(*this, childId);
        view->setAttribute(Qt::WA_DeleteOnClose);
        m_children.insert(childId, view);
        connect(this, &CaseWork::changed, view, &ChildDetailView::reload);
        if (near)
            view->move(near->window()->pos() + QPoint(60, 60));
        fitToScreen(view);
    }
    view->show();
    view->raise();
    view->activateWindow();
    return view;
}

} // namespace lac
