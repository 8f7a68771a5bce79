// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace lac {

class CaseloadSplitModel;
class IncomingService;

/// The caseload split on the designated nurse's Overview, as the source's annual report put
/// it ("Caseload of 2967: 1696 own children and 1217 other local authority children placed
/// here"): our own children in care today, those placed here by each other authority, and the
/// total. Read when first shown, and again each time it is shown after that.
class CaseloadOverviewPage : public QWidget
{
    Q_OBJECT

public:
    CaseloadOverviewPage(const IncomingService& service, QWidget* parent = nullptr);

    CaseloadSplitModel* model() const { return m_model; }
    /// The sentence above the table ("Caseload 1,461: …").
    QString summary() const;
    /// Reads the split for today now.
    void refresh();

protected:
    void showEvent(QShowEvent* event) override;

private:
    const IncomingService& m_service;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    CaseloadSplitModel* m_model = nullptr;
};

} // namespace lac
