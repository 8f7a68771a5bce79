// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseDialog.h"
#include "domain/PaperworkIssueRecord.h"
#include <memory>

namespace Ui {
class PaperworkIssueDialog;
}

namespace lac {

/// Logging or editing a paperwork issue: what was wrong, when found, returned and put right.
class PaperworkIssueDialog : public CaseDialog
{
    Q_OBJECT

public:
    PaperworkIssueDialog(const QString& assessment, const PaperworkIssueRecord& initial,
                         QDate today, QWidget* parent = nullptr);
    PaperworkIssueRecord issue() const;

private:
    PaperworkIssueRecord m_initial;

public:
    ~PaperworkIssueDialog() override;
    Ui::PaperworkIssueDialog& form() { return *m_ui; }

private:
    std::unique_ptr<Ui::PaperworkIssueDialog> m_ui;
};

} // namespace lac
