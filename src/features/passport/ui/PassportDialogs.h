// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "passport/core/PassportService.h"
#include "workspace/CaseDialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace lac {

class DateField;

/// Records one step of a passport's workflow: which step (only those the passport's stage
/// allows are offered), its date, and what that step needs (whose records were asked for;
/// accepted or declined and the format chosen; why a new copy is wanted). Fields a step does
/// not use are disabled so nothing is typed that would not be saved.
class PassportStepDialog : public CaseDialog
{
    Q_OBJECT

public:
    PassportStepDialog(const QString& heading, const QList<PassportStep>& steps, QDate today,
                       QWidget* parent = nullptr);
    PassportStep step() const;
    PassportStepInput input() const;

private:
    void stepChanged();

    QComboBox* m_step = nullptr;
    DateField* m_date = nullptr;
    QLineEdit* m_from = nullptr;
    QComboBox* m_answer = nullptr;
    QComboBox* m_format = nullptr;
    QLineEdit* m_reason = nullptr;
};

/// Adds or edits one item of a passport. "May be shared with the young person" starts off
/// for family history (told in confidence until the nurse decides) and on for the rest.
class PassportItemDialog : public CaseDialog
{
    Q_OBJECT

public:
    PassportItemDialog(const QString& heading, const PassportItem& initial,
                       QWidget* parent = nullptr);
    PassportItem item() const;

private:
    PassportItem m_initial;
    QComboBox* m_section = nullptr;
    QLineEdit* m_label = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_shared = nullptr;
};

/// The young person's own part: the name they use, their own words, and who else may see the
/// passport (their GP, their personal adviser) with the date they said so.
class PassportDetailsDialog : public CaseDialog
{
    Q_OBJECT

public:
    PassportDetailsDialog(const QString& heading, const Passport& initial, QDate today,
                          QWidget* parent = nullptr);
    Passport passport() const;

private:
    Passport m_initial;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_words = nullptr;
    QCheckBox* m_gp = nullptr;
    QCheckBox* m_adviser = nullptr;
    DateField* m_consent = nullptr;
};

/// The service's "how to" text, written once by an administrator for every passport.
class PassportHowToDialog : public CaseDialog
{
    Q_OBJECT

public:
    PassportHowToDialog(const QString& text, QWidget* parent = nullptr);
    QString text() const;

private:
    QPlainTextEdit* m_text = nullptr;
};

} // namespace lac
