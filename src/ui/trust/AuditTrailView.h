// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Today.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace lac {

class AuditTrailModel;
class AuditTrailService;

/// The audit trail workspace: who changed what and when, filtered by child (case ID), user and
/// dates, with the before and after of the selected entry and an export to CSV for a subject
/// access request or an investigation.
class AuditTrailView : public QWidget
{
    Q_OBJECT

public:
    AuditTrailView(const AuditTrailService& service, Today today, QWidget* parent = nullptr);

    /// Re-reads the trail (new entries appear at the top).
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    void applyFilter();
    void clearFilter();
    void showSelected();
    void exportCsv();
    void updateCount();

    const AuditTrailService& m_service;
    Today m_today;
    AuditTrailModel* m_model = nullptr;
    QLineEdit* m_caseId = nullptr;
    QComboBox* m_user = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
};

} // namespace lac
