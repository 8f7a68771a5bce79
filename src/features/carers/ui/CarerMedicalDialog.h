// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carers/core/CarerMedical.h"
#include "workspace/CaseDialog.h"

class QComboBox;
class QLineEdit;

namespace lac {

class DateField;

/// One medical from request to approval on one form, in two columns the size of a laptop
/// screen: the request and the GP's part (the team's), and the adviser's review, the summary,
/// panel and approval. The fields a role may not change are shown but disabled, and the
/// service refuses them as well.
class CarerMedicalDialog : public CaseDialog
{
    Q_OBJECT

public:
    /// \a applicants: who a new medical may be for (id, name); an existing medical keeps its
    /// applicant. \a team, \a adviser: whether the signed-in role may change each part.
    CarerMedicalDialog(const CarerMedical& initial, const QList<CarerApplicant>& applicants,
                       QDate today, bool team, bool adviser, QWidget* parent = nullptr);
    /// What was entered on top of the medical the dialog was opened with, or why it cannot
    /// be read (a date or a fee that is not one), naming the field.
    Result<CarerMedical> medical() const;

private:
    DateField* date(QDate value, const QString& name, bool optional = true);
    QComboBox* combo(const QString& name);

    CarerMedical m_initial;
    QComboBox* m_applicant = nullptr;
    QComboBox* m_form = nullptr;
    DateField* m_requested = nullptr;
    QLineEdit* m_practice = nullptr;
    DateField* m_appointment = nullptr;
    QLineEdit* m_fee = nullptr;
    QComboBox* m_payer = nullptr;
    DateField* m_declined = nullptr;
    QComboBox* m_escalation = nullptr;
    DateField* m_received = nullptr;
    DateField* m_reviewed = nullptr;
    QComboBox* m_outcome = nullptr;
    DateField* m_infoRequested = nullptr;
    DateField* m_infoReceived = nullptr;
    DateField* m_summary = nullptr;
    DateField* m_panel = nullptr;
    DateField* m_approved = nullptr;
    DateField* m_withdrawn = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace lac
