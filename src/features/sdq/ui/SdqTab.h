// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/ChildWindowTab.h"

class QLabel;
class QTableView;

namespace lac {

class SdqListModel;
class SdqService;

/// The SDQ tab of a child's window: every questionnaire (score, or reason for none), when the
/// next is due, and the steps to record or correct one.
class SdqTab : public ChildWindowTab
{
    Q_OBJECT

public:
    SdqTab(const SdqService& service, ChildWindowFrame& frame, QWidget* parent);

    QString title() const override;
    void reload() override;
    void updateActions() override;

private:
    void recordSdq();
    void correctSdq();

    const SdqService& m_service;
    SdqListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_due = nullptr;
};

} // namespace lac
