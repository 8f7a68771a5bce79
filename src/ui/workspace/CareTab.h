// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChildWindowTab.h"

class QLabel;

namespace lac {

class PlacementListModel;

/// The child's periods of care and placements, the NHS numbers they have had, and the steps
/// that start, move and end care (shown beside the child's name: they are about the child).
class CareTab : public ChildWindowTab
{
    Q_OBJECT

public:
    CareTab(ChildWindowFrame& frame, QWidget* parent);

    QString title() const override;
    void reload() override;
    void updateActions() override;

private:
    void startCare();
    void recordMove();
    void endCare();

    PlacementListModel* m_placements = nullptr;
    QLabel* m_nhsHistory = nullptr;
};

/// The child's paperwork issues and out-of-area requests, as the workspace's two logs show
/// them, filtered to this child.
class CaseLogsTab : public ChildWindowTab
{
    Q_OBJECT

public:
    CaseLogsTab(ChildWindowFrame& frame, QWidget* parent);

    QString title() const override;
    void reload() override;

private:
    class PaperworkLogModel* m_paperwork = nullptr;
    class OutOfAreaLogModel* m_outOfArea = nullptr;
};

} // namespace lac
