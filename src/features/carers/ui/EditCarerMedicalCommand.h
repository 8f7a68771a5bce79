// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carers/core/CarerMedical.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <functional>

namespace lac {

class CarerMedicalService;

/// A change to a carer's medical as an undoable command (Edit › Undo), as a child's details
/// are: the change is saved through the service before the command is pushed; undo and redo
/// save again through the service (role check, rules, audit), naming the version they left,
/// so an undo never overwrites a colleague's later change: it is refused and the command
/// becomes obsolete.
class EditCarerMedicalCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(lac::EditCarerMedicalCommand)

public:
    using Report = std::function<void(const QString& failure)>;

    /// \a before and \a after: the medical as read and as saved (after.version is the
    /// version the save produced).
    EditCarerMedicalCommand(const CarerMedicalService& service, CarerMedical before,
                            CarerMedical after, const QString& applicant, Report report);
    void undo() override;
    void redo() override;

private:
    void apply(CarerMedical& target, const CarerMedical& from);

    const CarerMedicalService& m_service;
    CarerMedical m_before;
    CarerMedical m_after;
    Report m_report;
    bool m_firstRedo = true;
};

} // namespace lac
