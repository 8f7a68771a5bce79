// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseDialog.h"
#include "domain/OutOfAreaRequestRecord.h"
#include <memory>

namespace Ui {
class OutOfAreaRequestDialog;
}

namespace lac {

/// Asking the host area's provider to do an assessment for a child placed out of area.
class OutOfAreaRequestDialog : public CaseDialog
{
    Q_OBJECT

public:
    OutOfAreaRequestDialog(const QString& assessment, const QList<ReferenceItem>& authorities,
                           const QList<ReferenceItem>& providers,
                           const OutOfAreaRequestRecord& initial, QWidget* parent = nullptr);
    OutOfAreaRequestRecord request() const;

private:
    OutOfAreaRequestRecord m_initial;

public:
    ~OutOfAreaRequestDialog() override;
    Ui::OutOfAreaRequestDialog& form() { return *m_ui; }

private:
    std::unique_ptr<Ui::OutOfAreaRequestDialog> m_ui;
};

} // namespace lac
