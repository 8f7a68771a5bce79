// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workspace/CaseDialog.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace lac {

class CarerMedicalListModel;
class CarerMedicalService;
class CaseWork;
struct CarerMedicalLine;

/// The carers' medicals workspace (its own tab: adults are not children, so they have no child
/// window): the medicals waiting, longest first, with the days waited and whose move it is
/// (GP, adviser, applicant); the renewals due in the next four months; or every medical (the
/// log). Applicants are added, medicals requested and taken step by step to the adviser's
/// signed-off summary, and chases recorded, here. A change of a medical can be undone.
class CarerMedicalsView : public QWidget
{
    Q_OBJECT

public:
    enum class List
    {
        Waiting,
        RenewalsDue,
        All,
    };

    CarerMedicalsView(const CarerMedicalService& service, CaseWork& work,
                      QWidget* parent = nullptr);

    void showList(List list);
    void refresh();
    CarerMedicalListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// The dialog opened last (tests and the walkthrough fill it in).
    CaseDialog* lastDialog() const { return m_lastDialog; }

    void addApplicant();
    void changeApplicant();
    void requestMedical();
    void openMedical();
    void recordChase();

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    const CarerMedicalLine* current() const;
    void open(CaseDialog* dialog);
    void updateActions();
    void showChases();

    const CarerMedicalService& m_service;
    CaseWork& m_work;
    CarerMedicalListModel* m_model = nullptr;
    QSortFilterProxyModel* m_sorted = nullptr;
    QComboBox* m_list = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_chases = nullptr;
    QTableView* m_table = nullptr;
    QAction* m_addApplicant = nullptr;
    QAction* m_changeApplicant = nullptr;
    QAction* m_request = nullptr;
    QAction* m_open = nullptr;
    QAction* m_chase = nullptr;
    QPointer<CaseDialog> m_lastDialog;
};

} // namespace lac
