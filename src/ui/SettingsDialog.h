// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/InstallationSettings.h"

#include <QDialog>
#include <QHash>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace lac {

class SettingsService;

/// The installation settings for an administrator: the authority, the rule numbers, targets and
/// thresholds, and each kind of record's own settings (registered by its feature, shown in a
/// group of their own). Problems are listed in the dialog and nothing is saved until every
/// value is valid.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const SettingsService& service, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;

private:
    InstallationSettings fromForm() const;
    void showProblems();

    const SettingsService& m_service;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    QHash<QString, QWidget*> m_featureFields; ///< by FeatureSetting::key
};

} // namespace lac
