// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passport/core/PassportService.h"
#include "workspace/ChildWindowTab.h"

#include <optional>

class QLabel;
class QTableView;

namespace lac {

class PassportItemModel;
class PassportVersionModel;

/// The health passport tab of a child's window: where the passport stands against the due
/// rule, its items (with what the young person's copy leaves out), every signed-off version
/// and what happened to it; and the steps to start it, take the next step, edit items, record
/// the young person's details and consent, and export their copy (audited).
class PassportTab : public ChildWindowTab
{
    Q_OBJECT

public:
    PassportTab(const PassportService& service, ChildWindowFrame& frame, QWidget* parent);

    QString title() const override;
    void reload() override;
    void updateActions() override;

private:
    void start();
    void nextStep();
    void addItem();
    void editItem();
    void removeItem();
    void editDetails();
    void exportCopy();
    void preview();
    void editHowTo();
    QList<PassportStep> allowedSteps() const;
    std::optional<PassportItem> selectedItem() const;
    QString statusText(QDate due) const;

    const PassportService& m_service;
    std::optional<PassportFile> m_file;
    PassportItemModel* m_items = nullptr;
    PassportVersionModel* m_versions = nullptr;
    QTableView* m_itemTable = nullptr;
    QTableView* m_versionTable = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace lac
