// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/ReferenceItem.h"

#include <QDialog>

#include <functional>
#include <initializer_list>
#include <utility>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lac {

/// The behaviour every case-work dialog shares: Save runs the service call it was given; if
/// the service refuses, the dialog stays open with the user's input, shows the reason under
/// the form and puts the cursor in the field the reason names. Only a successful save closes
/// it, so nothing typed is ever lost to a refusal.
class CaseDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Status()>;

    explicit CaseDialog(QWidget* parent = nullptr);
    void setSubmit(Submit submit) { m_submit = std::move(submit); }
    /// Shows a refusal inline and focuses the field it names.
    void showFailure(const Failure& failure);
    QString shownFailure() const;
    /// Hides the message (the field it named was put right).
    void clearFailure();
    void accept() override;

    /// Fills a combo box with reference items (code as item data).
    static void fill(QComboBox* box, const QList<ReferenceItem>& items, bool withBlank = false);
    static void fill(QComboBox* box, const QList<struct CodeLabel>& items);
    static void select(QComboBox* box, const QString& code);

protected:
    void bindForm(QLabel* errorLabel, QDialogButtonBox* buttons);
    /// A record dialog laid out in code (a feature's, without a Designer form): \a prompt, then
    /// each field under its label (the label's mnemonic goes to the field), the refusal line,
    /// Save and Cancel, bound as bindForm does.
    void layOutRecordForm(QWidget* prompt,
                          std::initializer_list<std::pair<QString, QWidget*>> fields);
    /// Typing in \a field clears a refusal that named it (bindForm does this for the form's
    /// fields; a field added later calls it itself).
    void clearsItsFailure(QLineEdit* field);

    /// Every visible date field's refusal, named by its label, or success.
    Status checkDates() const;

private:
    static QString labelText(const QLabel* label);

    Submit m_submit;
    QLabel* m_error = nullptr;
    QWidget* m_errorField = nullptr;
};

} // namespace lac
