// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/ui/EditCarerMedicalCommand.h"

#include "carers/core/CarerMedicalService.h"

namespace lac {

EditCarerMedicalCommand::EditCarerMedicalCommand(const CarerMedicalService& service,
                                                 CarerMedical before, CarerMedical after,
                                                 const QString& applicant, Report report)
    : m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(report))
{
    setText(tr("change the medical of %1").arg(applicant));
}

void EditCarerMedicalCommand::apply(CarerMedical& target, const CarerMedical& from)
{
    CarerMedical save = target;
    save.version = from.version;
    if (const Status s = m_service.update(save); !s) {
        setObsolete(true);
        m_report(s.failure().text());
        return;
    }
    auto saved = m_service.medical(target.id);
    target.version = saved ? saved.value().version : from.version + 1;
    m_report(QString());
}

void EditCarerMedicalCommand::undo()
{
    apply(m_before, m_after);
}

void EditCarerMedicalCommand::redo()
{
    if (m_firstRedo) { // already saved before the command was pushed
        m_firstRedo = false;
        return;
    }
    apply(m_after, m_before);
}

} // namespace lac
