// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Backlog.h"
#include "domain/OutOfAreaLog.h"
#include "domain/PaperworkLog.h"
#include "domain/ReferenceItem.h"
#include "domain/UserContext.h"
#include "domain/Worklist.h"
#include "services/ChildListSource.h"
#include "services/PageSource.h"

#include <QList>

#include <memory>

namespace lac {

class Database;

/// The lists the case-work screens read: children, the worklist piles, the backlog, the
/// paperwork and out-of-area logs, and the reference lists the dialogs choose from. Views and
/// models get these from here, never a repository, so that each read is checked against the
/// signed-in role (Permission::ReadCaseData) just as the services check their writes.
class CaseListService
{
public:
    CaseListService(const Database& db, UserContext user);
    ~CaseListService();
    CaseListService(const CaseListService&) = delete;
    CaseListService& operator=(const CaseListService&) = delete;

    const ChildListSource& children() const { return *m_children; }
    const PageSource<WorklistRow, WorklistQuery>& worklist() const { return *m_worklist; }
    const PageSource<BacklogRow, BacklogQuery>& backlog() const { return *m_backlog; }
    const PageSource<PaperworkLogRow, PaperworkLogQuery>& paperworkLog() const
    {
        return *m_paperworkLog;
    }
    const PageSource<OutOfAreaLogRow, OutOfAreaLogQuery>& outOfAreaLog() const
    {
        return *m_outOfAreaLog;
    }

    Result<QList<ReferenceItem>> lateReasons() const;    ///< extra = owner
    Result<QList<ReferenceItem>> providers() const;      ///< code = id, extra = authority id
    Result<QList<ReferenceItem>> authorities() const;    ///< code = id
    Result<QList<ReferenceItem>> placementTypes() const; ///< extra = reporting group
    Result<QList<ReferenceItem>> legalStatuses() const;

private:
    const Database& m_db;
    UserContext m_user;
    std::unique_ptr<const ChildListSource> m_children;
    std::unique_ptr<const PageSource<WorklistRow, WorklistQuery>> m_worklist;
    std::unique_ptr<const PageSource<BacklogRow, BacklogQuery>> m_backlog;
    std::unique_ptr<const PageSource<PaperworkLogRow, PaperworkLogQuery>> m_paperworkLog;
    std::unique_ptr<const PageSource<OutOfAreaLogRow, OutOfAreaLogQuery>> m_outOfAreaLog;
};

} // namespace lac
