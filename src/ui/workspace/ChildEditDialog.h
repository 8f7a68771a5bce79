// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseDialog.h"
#include "domain/ChildRecord.h"
#include <memory>

namespace Ui {
class ChildEditDialog;
}

namespace lac {

/// Adding or editing a child. The NHS number is checked as it is typed (Modulus 11) and
/// shown 3-3-4; the service checks everything again on save.
class ChildEditDialog : public CaseDialog
{
    Q_OBJECT

public:
    /// \a today bounds the date of birth.
    ChildEditDialog(const ChildRecord& initial, QDate today, QWidget* parent = nullptr);
    ChildRecord child() const;

private:
    void checkNhsNumber();
    ChildRecord m_initial;

public:
    ~ChildEditDialog() override;
    Ui::ChildEditDialog& form() { return *m_ui; }

private:
    std::unique_ptr<Ui::ChildEditDialog> m_ui;
};

} // namespace lac
