// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incoming/core/IncomingRequest.h"
#include "workspace/CaseDialog.h"

class QComboBox;
class QLineEdit;

namespace lac {

class DateField;

/// One incoming request from its receipt to the invoice paid, on one form in two columns: the
/// request and its paperwork (the requester's part, until it is complete), and the host team's
/// part (booked, done, report sent, invoice). Every step is a date; the service checks their
/// order and refuses a date in the future (a booking may be ahead).
class IncomingRequestDialog : public CaseDialog
{
    Q_OBJECT

public:
    /// \a children: who a new request may be about (id, name and case ID); an existing
    /// request keeps its child.
    IncomingRequestDialog(const IncomingRequest& initial, const QList<HostChild>& children,
                          QDate today, QWidget* parent = nullptr);
    Result<IncomingRequest> request() const;

private:
    DateField* date(QDate value, const QString& name, bool optional = true);

    IncomingRequest m_initial;
    QComboBox* m_child = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_contact = nullptr;
    DateField* m_received = nullptr;
    DateField* m_complete = nullptr;
    DateField* m_theirDue = nullptr;
    DateField* m_booked = nullptr;
    DateField* m_done = nullptr;
    DateField* m_reportSent = nullptr;
    QLineEdit* m_commissioner = nullptr;
    DateField* m_invoiceRaised = nullptr;
    DateField* m_invoicePaid = nullptr;
    DateField* m_withdrawn = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace lac
