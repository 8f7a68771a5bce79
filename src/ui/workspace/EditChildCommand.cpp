// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditChildCommand.h"

#include "services/ChildCaseService.h"

#include <QCoreApplication>

namespace lac {

EditChildCommand::EditChildCommand(const ChildCaseService& service, ChildRecord before,
                                   ChildRecord after, Report report)
    : m_service(service)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_report(std::move(report))
{
    setText(tr("edit %1").arg(m_after.displayName()));
}

void EditChildCommand::apply(const ChildRecord& target, const ChildRecord& from)
{
    ChildRecord save = target;
    save.version = from.version;
    if (const Status s = m_service.updateChild(save); !s) {
        setObsolete(true);
        m_report(s.failure().text());
        return;
    }
    auto saved = m_service.child(target.id);
    const int version = saved ? saved.value().version : from.version + 1;
    if (&target == &m_before) {
        m_before.version = version;
    } else {
        m_after.version = version;
    }
    m_report(QString());
}

void EditChildCommand::undo()
{
    apply(m_before, m_after);
}

void EditChildCommand::redo()
{
    if (m_firstRedo) { // already saved before the command was pushed
        m_firstRedo = false;
        return;
    }
    apply(m_after, m_before);
}

} // namespace lac
