// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uasc/core/UascHealth.h"
#include "workspace/ChildWindowTab.h"

#include <optional>

class QLabel;
class QTableView;

namespace lac {

class UascScreeningListModel;
class UascService;

/// The UASC tab of a child's window: the health summary (arrival, interpreter, immunisation
/// history and plan, registrations), where the initial screening stands, and every screen.
/// Every child has the tab, so that a child who turns out to be UASC need not reopen the
/// window; for a child not recorded as UASC it says so and offers nothing to record.
class UascTab : public ChildWindowTab
{
    Q_OBJECT

public:
    UascTab(const UascService& service, ChildWindowFrame& frame, QWidget* parent);

    QString title() const override;
    void reload() override;
    void updateActions() override;

private:
    void editProfile();
    void recordScreening();
    void correctScreening();
    QString summaryText() const;

    const UascService& m_service;
    std::optional<UascProfile> m_profile;
    UascScreeningListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_due = nullptr;
};

} // namespace lac
