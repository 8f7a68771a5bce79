// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CaseListService.h"

#include "data/BacklogRepository.h"
#include "data/ChildRepository.h"
#include "data/OutOfAreaRepository.h"
#include "data/PaperworkIssueRepository.h"
#include "data/ReferenceListRepository.h"
#include "data/WorklistRepository.h"
#include "security/AccessPolicy.h"

namespace lac {

namespace {

Status mayRead(const UserContext& user)
{
    return AccessPolicy::require(user, Permission::ReadCaseData);
}

/// A repository's count and page, each after the role check.
template <typename Repository, typename Row, typename Query>
class CheckedPages final : public PageSource<Row, Query>
{
public:
    CheckedPages(const Database& db, const UserContext& user)
        : m_repository(db)
        , m_user(user)
    {}
    Result<int> count(const Query& query) const override
    {
        if (auto s = mayRead(m_user); !s)
            return s.failure();
        return m_repository.count(query);
    }
    Result<QList<Row>> page(const Query& query, int offset, int limit) const override
    {
        if (auto s = mayRead(m_user); !s)
            return s.failure();
        return m_repository.page(query, offset, limit);
    }

private:
    const Repository m_repository;
    const UserContext& m_user;
};

class CheckedChildren final : public ChildListSource
{
public:
    CheckedChildren(const Database& db, const UserContext& user)
        : m_repository(db)
        , m_user(user)
    {}
    Result<int> count(const ChildListQuery& query) const override
    {
        if (auto s = mayRead(m_user); !s)
            return s.failure();
        return m_repository.count(query);
    }
    Result<ChildListPage> page(const ChildListQuery& query, const ChildListCursor& after,
                               int limit) const override
    {
        if (auto s = mayRead(m_user); !s)
            return s.failure();
        return m_repository.page(query, after, limit);
    }

private:
    const ChildRepository m_repository;
    const UserContext& m_user;
};

/// One reference list, read after the role check.
Result<QList<ReferenceItem>>
checkedList(const Database& db, const UserContext& user,
            Result<QList<ReferenceItem>> (ReferenceListRepository::*list)() const)
{
    if (auto s = mayRead(user); !s)
        return s.failure();
    return (ReferenceListRepository(db).*list)();
}

} // namespace

CaseListService::CaseListService(const Database& db, UserContext user)
    : m_db(db)
    , m_user(std::move(user))
    , m_children(std::make_unique<CheckedChildren>(db, m_user))
    , m_worklist(std::make_unique<CheckedPages<WorklistRepository, WorklistRow, WorklistQuery>>(
          db, m_user))
    , m_backlog(
          std::make_unique<CheckedPages<BacklogRepository, BacklogRow, BacklogQuery>>(db, m_user))
    , m_paperworkLog(std::make_unique<
                     CheckedPages<PaperworkIssueRepository, PaperworkLogRow, PaperworkLogQuery>>(
          db, m_user))
    , m_outOfAreaLog(
          std::make_unique<CheckedPages<OutOfAreaRepository, OutOfAreaLogRow, OutOfAreaLogQuery>>(
              db, m_user))
{}

CaseListService::~CaseListService() = default;

Result<QList<ReferenceItem>> CaseListService::lateReasons() const
{
    return checkedList(m_db, m_user, &ReferenceListRepository::lateReasons);
}

Result<QList<ReferenceItem>> CaseListService::providers() const
{
    return checkedList(m_db, m_user, &ReferenceListRepository::providers);
}

Result<QList<ReferenceItem>> CaseListService::authorities() const
{
    return checkedList(m_db, m_user, &ReferenceListRepository::authorities);
}

Result<QList<ReferenceItem>> CaseListService::placementTypes() const
{
    return checkedList(m_db, m_user, &ReferenceListRepository::placementTypes);
}

Result<QList<ReferenceItem>> CaseListService::legalStatuses() const
{
    return checkedList(m_db, m_user, &ReferenceListRepository::legalStatuses);
}

} // namespace lac
