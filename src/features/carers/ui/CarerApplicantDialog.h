// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carers/core/CarerMedical.h"
#include "workspace/CaseDialog.h"

class QComboBox;
class QLineEdit;

namespace lac {

class DateField;

/// Adds or changes a prospective carer or adopter: name, household, fostering or adoption,
/// the assessing social worker, and the day their assessment was finished but for the medical.
class CarerApplicantDialog : public CaseDialog
{
    Q_OBJECT

public:
    CarerApplicantDialog(const CarerApplicant& initial, QDate today, QWidget* parent = nullptr);
    /// What was entered, or the field whose date is not a date.
    Result<CarerApplicant> applicant() const;

private:
    CarerApplicant m_initial;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_household = nullptr;
    QComboBox* m_application = nullptr;
    QLineEdit* m_socialWorker = nullptr;
    DateField* m_ready = nullptr;
    QLineEdit* m_notes = nullptr;
};

/// Records one chase of a waiting medical: when, and what was said (who chased is the
/// signed-in person unless typed).
class CarerChaseDialog : public CaseDialog
{
    Q_OBJECT

public:
    CarerChaseDialog(const QString& heading, qint64 medicalId, QDate today,
                     QWidget* parent = nullptr);
    Result<CarerMedicalChase> chase() const;

private:
    qint64 m_medicalId;
    DateField* m_date = nullptr;
    QLineEdit* m_by = nullptr;
    QLineEdit* m_response = nullptr;
};

} // namespace lac
