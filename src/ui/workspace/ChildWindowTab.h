// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QAction;
class QSortFilterProxyModel;
class QTableView;

namespace lac {

class CaseDialog;
class ChildWindowTab;
class CaseWork;
struct ChildRecord;

/// What a tab may ask of the child's window around it: the case work, the child as last read,
/// and the two things every step ends with (open its dialog; say what changed). A tab never
/// reaches the window itself, so a new kind of record needs no change to the window.
class ChildWindowFrame
{
public:
    virtual ~ChildWindowFrame() = default;
    virtual CaseWork& work() const = 0;
    virtual const ChildRecord& child() const = 0;
    /// Opens a step's dialog window-modal; it saves through the services when accepted.
    virtual void open(CaseDialog* dialog) = 0;
    /// Shows what a saved step changed, tells the status bar and reloads every view.
    virtual void showChanges(const QString& heading, const QStringList& lines) = 0;
    /// Reads \a tab now if the window has not read it since the child last changed (tabs are
    /// read when first shown): a step run by its shortcut from another tab acts on what is
    /// stored, never on an empty or out-of-date tab.
    virtual void readIfUnread(ChildWindowTab& tab) { Q_UNUSED(tab); }
};

/// One tab of a child's window, added by a feature through ChildWindowTabs: it shows one kind
/// of record and owns that kind's actions (the steps that change it).
class ChildWindowTab : public QWidget
{
    Q_OBJECT

public:
    /// Where a step's button goes: beside the child's name (about the child or their care) or
    /// in the tab's own toolbar (about the record selected in the tab).
    enum class Place
    {
        Header,
        Tab,
    };

    ChildWindowTab(ChildWindowFrame& frame, QWidget* parent);

    virtual QString title() const = 0;
    /// Re-reads what the tab shows; frame().child() is already current.
    virtual void reload() = 0;
    /// Enables each step for what is selected now and the signed-in person's role.
    virtual void updateActions() {}

    QList<QAction*> steps(Place place) const;

protected:
    ChildWindowFrame& frame() const { return m_frame; }
    CaseWork& work() const { return m_frame.work(); }
    /// Adds a step (object name \a name, for shortcuts, tests and the toolbar).
    QAction* addStep(const char* name, const QString& text, const QKeySequence& key,
                     const QString& tip, std::function<void()> run, Place place = Place::Tab);
    void enable(const char* name, bool on) const;
    /// A read-only table of records, one row selected at a time, sortable by its headers.
    QTableView* recordTable(QAbstractItemModel* model, const QString& accessibleName);
    /// \a model sorted by its raw values (dates as dates, not as the text shown).
    QSortFilterProxyModel* sortedByValue(QAbstractItemModel* model);

private:
    ChildWindowFrame& m_frame;
    QList<QPair<QAction*, Place>> m_steps;
};

/// The tabs of every child's window, in order. Each kind of record adds its factory once, when
/// the composition root builds the workspace; every window opened later has the tab.
class ChildWindowTabs
{
public:
    using Factory = std::function<ChildWindowTab*(ChildWindowFrame&, QWidget* parent)>;
    void add(Factory factory) { m_factories << std::move(factory); }
    const QList<Factory>& factories() const { return m_factories; }

private:
    QList<Factory> m_factories;
};

} // namespace lac
