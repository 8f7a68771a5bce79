// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "uasc/core/UascHealth.h"
#include "workspace/CaseDialog.h"

class QComboBox;
class QLineEdit;

namespace lac {

class DateField;

/// Records one screen of a UASC child: which, when, the outcome category and any referral.
class UascScreeningDialog : public CaseDialog
{
    Q_OBJECT

public:
    UascScreeningDialog(const QString& heading, const UascScreening& initial, QDate today,
                        QWidget* parent = nullptr);
    /// What was entered, on top of the record the dialog was opened with.
    UascScreening screening() const;

private:
    UascScreening m_initial;
    DateField* m_date = nullptr;
    QComboBox* m_screen = nullptr;
    QLineEdit* m_other = nullptr;
    QComboBox* m_outcome = nullptr;
    QLineEdit* m_referral = nullptr;
    QLineEdit* m_notes = nullptr;
};

/// The UASC health summary: arrival, interpreter, immunisation history and catch-up plan,
/// and GP, dentist and optician registration.
class UascProfileDialog : public CaseDialog
{
    Q_OBJECT

public:
    UascProfileDialog(const QString& heading, const UascProfile& initial, QDate today,
                      QWidget* parent = nullptr);
    UascProfile profile() const;

private:
    UascProfile m_initial;
    DateField* m_arrival = nullptr;
    QLineEdit* m_language = nullptr;
    QComboBox* m_history = nullptr;
    QLineEdit* m_plan = nullptr;
    QLineEdit* m_gp = nullptr;
    QLineEdit* m_dentist = nullptr;
    QLineEdit* m_optician = nullptr;
};

} // namespace lac
