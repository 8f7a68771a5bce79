// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ChildRecord.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace lac {

class ChildCaseService;

/// An edit of a child's details as an undoable command. The edit is saved through the service
/// before the command is pushed; undo and redo save again through the service, naming the
/// version they left, so an undo never overwrites a colleague's later change: it is refused
/// and the command becomes obsolete.
class EditChildCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::EditChildCommand)

public:
    using Report = std::function<void(const QString& failure)>;

    /// \a before and \a after are the record as it was and as saved (after.version is the
    /// version the save produced).
    EditChildCommand(const ChildCaseService& service, ChildRecord before, ChildRecord after,
                     Report report);
    void undo() override;
    void redo() override;

private:
    void apply(const ChildRecord& target, const ChildRecord& from);

    const ChildCaseService& m_service;
    ChildRecord m_before;
    ChildRecord m_after;
    Report m_report;
    bool m_firstRedo = true;
};

} // namespace lac
