// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChildWindowTab.h"
#include "import/RecordImportKind.h"
#include "services/CaseTableExport.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace lac {

class AppServices;
class CaseListService;
class ChildDetailView;

/// What the admin workspace's views share: the services, the undo stack, the reference lists,
/// the CSV exporter, and the open child windows. When any view saves a change it calls
/// notifyChanged() and every other view reloads, so counts and lists never go stale.
class CaseWork : public QObject
{
    Q_OBJECT

public:
    CaseWork(AppServices& services, QUndoStack* undoStack, QObject* parent = nullptr);
    ~CaseWork() override;

    AppServices& services() const { return m_services; }
    QUndoStack* undoStack() const { return m_undo; }
    /// The reference lists (and other case lists), read through the role check.
    const CaseListService& lists() const;
    const CaseTableExport& exporter() const { return m_exporter; }
    /// The tabs of every child window: assessments, care and logs, then what features add.
    ChildWindowTabs& childTabs() { return m_childTabs; }
    /// The kinds of record File → Import records… offers, each added by its feature.
    QList<RecordImportKind>& recordImports() { return m_recordImports; }

    /// Opens (or raises) the window of one child.
    ChildDetailView* openChild(qint64 childId, QWidget* near = nullptr);
    ChildDetailView* childWindow(qint64 childId) const;
    void notifyChanged() { Q_EMIT changed(); }

Q_SIGNALS:
    void changed();
    void statusMessage(const QString& text);

private:
    AppServices& m_services;
    QUndoStack* m_undo;
    CaseTableExport m_exporter;
    ChildWindowTabs m_childTabs;
    QList<RecordImportKind> m_recordImports;
    QHash<qint64, QPointer<ChildDetailView>> m_children;
};

} // namespace lac
