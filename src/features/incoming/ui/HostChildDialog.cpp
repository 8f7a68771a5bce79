// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/ui/HostChildDialog.h"

#include "common/DateField.h"
#include "domain/NhsNumber.h"
#include "incoming/core/RequestingAuthorities.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace lac {

HostChildDialog::HostChildDialog(const HostChild& initial, const RequestingAuthorities& authorities,
                                 QDate today, QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id ? tr("Child placed here")
                              : tr("A child placed here by another "
                                   "authority"));
    m_authority = new QComboBox(this);
    m_authority->setAccessibleName(tr("Authority"));
    m_authority->addItem(QString(), QString());
    for (const RequestingAuthority& a : authorities.all())
        m_authority->addItem(tr("%1 (%2, %3)").arg(a.name, a.nation, a.code), a.code);
    m_authority->setCurrentIndex(std::max(0, m_authority->findData(initial.authorityCode)));
    m_caseId = line(initial.theirCaseId, tr("Their case ID"));
    m_nhs = line(NhsNumber::format(initial.nhsNumber), tr("NHS number"));
    m_given = line(initial.givenName, tr("Given name"));
    m_family = line(initial.familyName, tr("Family name"));
    m_born = date(initial.dateOfBirth, tr("Date of birth"), false);
    m_area = line(initial.placementArea, tr("Placement area"));
    m_area->setPlaceholderText(tr("postcode district, e.g. NS4"));
    m_from = date(initial.placedFrom.isValid() ? initial.placedFrom : today, tr("Placed here from"),
                  false);
    m_to = date(initial.placedTo, tr("Placed here until"), true);
    m_notes = line(initial.notes, tr("Notes"));
    auto* prompt = new QLabel(tr("The responsible authority keeps this child's case; the team "
                                 "assesses them as the host area's health service."),
                              this);
    prompt->setWordWrap(true);
    setMinimumWidth(480);
    layOutRecordForm(prompt, {{tr("&Authority:"), m_authority},
                              {tr("Their &case ID:"), m_caseId},
                              {tr("&NHS number:"), m_nhs},
                              {tr("&Given name:"), m_given},
                              {tr("&Family name:"), m_family},
                              {tr("Date of &birth:"), m_born},
                              {tr("Placement &area:"), m_area},
                              {tr("Placed here &from:"), m_from},
                              {tr("Placed here &until:"), m_to},
                              {tr("No&tes:"), m_notes}});
    m_authority->setFocus();
}

DateField* HostChildDialog::date(QDate value, const QString& name, bool optional)
{
    auto* field = new DateField(this);
    field->setDate(value);
    field->setOptional(optional);
    field->setAccessibleName(name);
    return field;
}

QLineEdit* HostChildDialog::line(const QString& text, const QString& name)
{
    auto* edit = new QLineEdit(text, this);
    edit->setAccessibleName(name);
    return edit;
}

Result<HostChild> HostChildDialog::child() const
{
    if (Status s = checkDates(); !s)
        return s.failure();
    HostChild c = m_initial;
    c.authorityCode = m_authority->currentData().toString();
    c.theirCaseId = m_caseId->text().trimmed();
    c.nhsNumber = m_nhs->text().trimmed();
    c.givenName = m_given->text().simplified();
    c.familyName = m_family->text().simplified();
    c.dateOfBirth = m_born->date();
    c.placementArea = m_area->text().trimmed().toUpper();
    c.placedFrom = m_from->date();
    c.placedTo = m_to->date();
    c.notes = m_notes->text().trimmed();
    return c;
}

} // namespace lac
