// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EditChildCommand.h"

#include <QCoreApplication>

namespace lac {

/// The nurse's clinical-need flag as an undoable command (same rules as EditChildCommand).
class SetClinicalNeedCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::SetClinicalNeedCommand)

public:
    SetClinicalNeedCommand(const ChildCaseService& service, qint64 childId, int versionAfter,
                           bool need, EditChildCommand::Report report);
    void undo() override;
    void redo() override;

private:
    void apply(bool need);

    const ChildCaseService& m_service;
    qint64 m_childId;
    int m_version;
    bool m_need;
    EditChildCommand::Report m_report;
    bool m_firstRedo = true;
};

} // namespace lac
