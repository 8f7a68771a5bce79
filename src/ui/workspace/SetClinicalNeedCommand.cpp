// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SetClinicalNeedCommand.h"

#include "services/ChildCaseService.h"

#include <QCoreApplication>

namespace lac {

SetClinicalNeedCommand::SetClinicalNeedCommand(const ChildCaseService& service, qint64 childId,
                                               int versionAfter, bool need,
                                               EditChildCommand::Report report)
    : m_service(service)
    , m_childId(childId)
    , m_version(versionAfter)
    , m_need(need)
    , m_report(std::move(report))
{
    setText(need ? tr("flag clinical need") : tr("clear clinical need"));
}

void SetClinicalNeedCommand::apply(bool need)
{
    if (const Status s = m_service.setClinicalNeed(m_childId, m_version, need); !s) {
        setObsolete(true);
        m_report(s.failure().text());
        return;
    }
    ++m_version;
    m_report(QString());
}

void SetClinicalNeedCommand::undo()
{
    apply(!m_need);
}

void SetClinicalNeedCommand::redo()
{
    if (m_firstRedo) {
        m_firstRedo = false;
        return;
    }
    apply(m_need);
}

} // namespace lac
