// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseDialog.h"
#include "services/ChildCaseService.h"
#include <memory>

namespace Ui {
class PlacementDialog;
}

namespace lac {

/// Starting a period of care or recording a placement move: placement type, in or out of
/// area, host authority.
class PlacementDialog : public CaseDialog
{
    Q_OBJECT

public:
    struct Lists
    {
        QList<ReferenceItem> legalStatuses;
        QList<ReferenceItem> placementTypes;
        QList<ReferenceItem> authorities;
    };
    /// \a isMove: a placement move (legal status may stay); otherwise the start of care.
    PlacementDialog(bool isMove, const Lists& lists, QDate initial, QWidget* parent = nullptr);
    ChildCaseService::Placement placement() const;
    ~PlacementDialog() override;
    Ui::PlacementDialog& form() { return *m_ui; }

private:
    std::unique_ptr<Ui::PlacementDialog> m_ui;
};

} // namespace lac
