// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/ui/IncomingRequestDialog.h"

#include "common/DateField.h"
#include "incoming/core/IncomingService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace lac {
namespace {

void addRow(QFormLayout* form, const QString& label, QWidget* field)
{
    auto* l = new QLabel(label, field->parentWidget());
    l->setBuddy(field);
    form->addRow(l, field);
}

} // namespace

IncomingRequestDialog::IncomingRequestDialog(const IncomingRequest& initial,
                                             const QList<HostChild>& children, QDate today,
                                             QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id ? tr("Incoming request") : tr("Receive a request"));
    m_child = new QComboBox(this);
    m_child->setAccessibleName(tr("Child"));
    for (const HostChild& c : children)
        if (!c.placedTo.isValid() || c.id == initial.hostChildId)
            m_child->addItem(tr("%1 (%2)").arg(c.name(), c.theirCaseId), c.id);
    m_child->setCurrentIndex(m_child->findData(initial.hostChildId));
    m_child->setEnabled(initial.id == 0);
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("For"));
    for (IncomingKind k : {IncomingKind::Rha, IncomingKind::Iha})
        m_kind->addItem(IncomingService::kindText(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(initial.kind)));
    m_contact = new QLineEdit(initial.requesterContact, this);
    m_contact->setAccessibleName(tr("Their contact"));
    m_received = date(initial.received.isValid() ? initial.received : today, tr("Received"), false);
    m_complete = date(initial.complete, tr("Complete"));
    m_theirDue = date(initial.requesterDue, tr("Their due date"));
    m_booked = date(initial.booked, tr("Booked for"));
    m_done = date(initial.done, tr("Done"));
    m_reportSent = date(initial.reportSent, tr("Report sent"));
    m_commissioner = new QLineEdit(initial.commissioner, this);
    m_commissioner->setAccessibleName(tr("Commissioner"));
    m_commissioner->setPlaceholderText(tr("the originating ICB"));
    m_invoiceRaised = date(initial.invoiceRaised, tr("Invoice raised"));
    m_invoicePaid = date(initial.invoicePaid, tr("Invoice paid"));
    m_withdrawn = date(initial.withdrawn, tr("Withdrawn"));
    m_notes = new QLineEdit(initial.notes, this);
    m_notes->setAccessibleName(tr("Notes"));

    auto* request = new QGroupBox(tr("Request and paperwork"), this);
    auto* left = new QFormLayout(request);
    addRow(left, tr("C&hild:"), m_child);
    addRow(left, tr("&For:"), m_kind);
    addRow(left, tr("Their &contact:"), m_contact);
    addRow(left, tr("&Received:"), m_received);
    addRow(left, tr("Their &due date:"), m_theirDue);
    addRow(left, tr("Co&mplete:"), m_complete);
    addRow(left, tr("&Withdrawn:"), m_withdrawn);
    auto* ours = new QGroupBox(tr("Assessment, report and invoice"), this);
    auto* right = new QFormLayout(ours);
    addRow(right, tr("&Booked for:"), m_booked);
    addRow(right, tr("D&one:"), m_done);
    addRow(right, tr("Report &sent:"), m_reportSent);
    addRow(right, tr("Comm&issioner:"), m_commissioner);
    addRow(right, tr("In&voice raised:"), m_invoiceRaised);
    addRow(right, tr("Invoice &paid:"), m_invoicePaid);
    addRow(right, tr("No&tes:"), m_notes);
    auto* columns = new QHBoxLayout;
    columns->addWidget(request);
    columns->addWidget(ours);
    auto* error = new QLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(error);
    layout->addWidget(buttons);
    bindForm(error, buttons);
    (initial.id ? static_cast<QWidget*>(m_complete) : m_child)->setFocus();
}

DateField* IncomingRequestDialog::date(QDate value, const QString& name, bool optional)
{
    auto* field = new DateField(this);
    field->setDate(value);
    field->setOptional(optional);
    field->setAccessibleName(name);
    return field;
}

Result<IncomingRequest> IncomingRequestDialog::request() const
{
    if (Status s = checkDates(); !s)
        return s.failure();
    IncomingRequest r = m_initial;
    r.hostChildId = m_child->currentData().toLongLong();
    r.kind = IncomingKind(m_kind->currentData().toInt());
    r.requesterContact = m_contact->text().trimmed();
    r.received = m_received->date();
    r.complete = m_complete->date();
    r.requesterDue = m_theirDue->date();
    r.booked = m_booked->date();
    r.done = m_done->date();
    r.reportSent = m_reportSent->date();
    r.commissioner = m_commissioner->text().trimmed();
    r.invoiceRaised = m_invoiceRaised->date();
    r.invoicePaid = m_invoicePaid->date();
    r.withdrawn = m_withdrawn->date();
    r.notes = m_notes->text().trimmed();
    return r;
}

} // namespace lac
