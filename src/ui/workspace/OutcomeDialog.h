// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseDialog.h"
#include "domain/CaseCodes.h"

#include <QDate>

#include <memory>

namespace Ui {
class OutcomeDialog;
}

namespace lac {

/// What happened at an appointment. When it was attended after the due date the late
/// section appears and says why it is needed; the service refuses a late completion without a
/// reason either way.
class OutcomeDialog : public CaseDialog
{
    Q_OBJECT

public:
    /// \a lateFrom: completion after this date needs a late reason (the due date).
    OutcomeDialog(const QString& appointment, QDate lateFrom,
                  const QList<ReferenceItem>& lateReasons, QDate today, QWidget* parent = nullptr);
    QString outcome() const;
    QDate date() const;
    Clinician completedBy() const;
    QString lateReason() const;
    QString lateNote() const;
    QString notes() const;
    /// Starts from the late reason already recorded, so that changing it shows what it was.
    void setLateReason(const QString& code, const QString& note);

private:
    void updateLateSection();
    QDate m_lateFrom;
    QList<ReferenceItem> m_lateReasons;

public:
    ~OutcomeDialog() override;
    Ui::OutcomeDialog& form() { return *m_ui; }

private:
    std::unique_ptr<Ui::OutcomeDialog> m_ui;
};

} // namespace lac
