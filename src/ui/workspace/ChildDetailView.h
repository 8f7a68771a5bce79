// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChildWindowTab.h"
#include "domain/AssessmentRecord.h"
#include "domain/ChildRecord.h"

#include "CaseDialog.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QWidget>

class QAction;
class QLabel;
class QTabWidget;

namespace lac {

class AssessmentsTab;
class CaseWork;

/// One child, in a window of its own: who they are and what is due next above a tab for each
/// kind of record (assessments, care, logs, and whatever features add through
/// CaseWork::childTabs()). Each tab owns its steps; the window gives them the child, opens
/// their dialogs, says what changed and reloads its tabs after each save (each one that is
/// not in front when it is next shown).
class ChildDetailView : public QWidget, public ChildWindowFrame
{
    Q_OBJECT

public:
    ChildDetailView(CaseWork& work, qint64 childId, QWidget* parent = nullptr);
    ~ChildDetailView() override;

    qint64 childId() const { return m_childId; }
    const ChildRecord& child() const override { return m_child; }
    CaseWork& work() const override { return m_work; }
    void open(CaseDialog* dialog) override;
    void showChanges(const QString& heading, const QStringList& lines) override;
    void readIfUnread(ChildWindowTab& tab) override;
    /// Whether \a tab waits to be read when it is next shown (for tests).
    bool unread(ChildWindowTab* tab) const { return m_unread.contains(tab); }

    /// The assessment the assessment steps apply to (the one selected in its tab).
    const AssessmentRecord* currentAssessment() const;
    /// Shows the assessments tab with \a assessmentId selected (from a worklist row).
    void selectAssessment(qint64 assessmentId);
    /// The dialog the last action opened (for tests and screenshots).
    CaseDialog* lastDialog() const { return m_lastDialog; }
    QString changesText() const;
    /// Any tab's step, or the window's own, by object name.
    QAction* action(const QString& objectName) const;

public Q_SLOTS:
    void reload();

private:
    void editChild();
    void updateActions();

    CaseWork& m_work;
    qint64 m_childId;
    ChildRecord m_child;
    QLabel* m_header = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_changes = nullptr;
    QTabWidget* m_tabs = nullptr;
    AssessmentsTab* m_assessments = nullptr;
    QList<ChildWindowTab*> m_childTabs;
    /// Tabs not read since the child last changed: each is read when it is first shown, so
    /// that opening a window costs one tab's reads, not every kind of record's (on a server
    /// every read is a round trip).
    QSet<ChildWindowTab*> m_unread;
    QAction* m_editChild = nullptr;
    QPointer<CaseDialog> m_lastDialog;
};

} // namespace lac
