// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/WorklistService.h"

#include "data/WorklistRepository.h"
#include "services/AppServices.h"
#include "services/OwnConnection.h"

#include <QCoreApplication>

#include <algorithm>

namespace lac {
namespace {

/// Piles are listed under categories from here on, after every built-in one.
constexpr int firstPile = 1000;

/// Rows of a built-in category from the case lists, of a pile from the pile: a pile holds few
/// rows (children due something), so they are filtered and sorted here, not in SQL.
class WorklistRows final : public PageSource<WorklistRow, WorklistQuery>
{
public:
    WorklistRows(const WorklistService& service,
                 const PageSource<WorklistRow, WorklistQuery>& assessments)
        : m_service(service)
        , m_assessments(assessments)
    {}

    Result<int> count(const WorklistQuery& query) const override
    {
        const WorklistPile* pile = m_service.pile(query.category);
        if (!pile)
            return m_assessments.count(query);
        auto rows = filtered(*pile, query);
        if (!rows)
            return rows.failure();
        return int(rows.value().size());
    }

    Result<QList<WorklistRow>> page(const WorklistQuery& query, int offset,
                                    int limit) const override
    {
        const WorklistPile* pile = m_service.pile(query.category);
        if (!pile)
            return m_assessments.page(query, offset, limit);
        auto rows = filtered(*pile, query);
        if (!rows)
            return rows.failure();
        return rows.value().mid(offset, limit);
    }

private:
    Result<QList<WorklistRow>> filtered(const WorklistPile& pile, const WorklistQuery& query) const
    {
        const QList<WorklistRow>* adopted = m_service.snapshotRows(query.category, query.today);
        auto all = adopted ? Result<QList<WorklistRow>>(*adopted) : pile.rows(query.today);
        if (!all)
            return all.failure();
        QList<WorklistRow> rows;
        for (const WorklistRow& r : all.value()) {
            if (query.search.isEmpty() || r.childName.contains(query.search, Qt::CaseInsensitive) ||
                r.caseId.contains(query.search, Qt::CaseInsensitive))
                rows << r;
        }
        using K = WorklistQuery::SortKey;
        const auto by = [&query](auto key) {
            return [key, &query](const WorklistRow& a, const WorklistRow& b) {
                return query.descending ? key(b) < key(a) : key(a) < key(b);
            };
        };
        switch (query.sortKey) {
        case K::Child:
            std::stable_sort(rows.begin(), rows.end(),
                             by([](const WorklistRow& r) { return r.childName.toLower(); }));
            break;
        case K::DueDate:
            std::stable_sort(rows.begin(), rows.end(),
                             by([](const WorklistRow& r) { return r.due; }));
            break;
        case K::Since:
            std::stable_sort(rows.begin(), rows.end(),
                             by([](const WorklistRow& r) { return r.since; }));
            break;
        default:
            if (query.descending)
                std::reverse(rows.begin(), rows.end());
            break;
        }
        return rows;
    }

    const WorklistService& m_service;
    const PageSource<WorklistRow, WorklistQuery>& m_assessments;
};

} // namespace

WorklistService::WorklistService(const Database& db, const SettingsStore& settings,
                                 UserContext user,
                                 const PageSource<WorklistRow, WorklistQuery>& assessmentRows)
    : m_db(db)
    , m_settings(settings)
    , m_user(std::move(user))
    , m_rows(std::make_unique<WorklistRows>(*this, assessmentRows))
{}

WorklistService::~WorklistService() = default;

WorklistCategory WorklistService::addPile(const WorklistPile& pile, WorklistPileMaker remake)
{
    m_piles << &pile;
    m_makers << std::move(remake);
    return WorklistCategory(firstPile + int(m_piles.size()) - 1);
}

QList<WorklistCategory> WorklistService::categories() const
{
    QList<WorklistCategory> all = allWorklistCategories();
    for (int i = 0; i < m_piles.size(); ++i)
        all << WorklistCategory(firstPile + i);
    return all;
}

const WorklistPile* WorklistService::pile(WorklistCategory category) const
{
    const int i = int(category) - firstPile;
    return i >= 0 && i < m_piles.size() ? m_piles.at(i) : nullptr;
}

QString WorklistService::title(WorklistCategory category) const
{
    const WorklistPile* p = pile(category);
    return p ? p->title() : worklistCategoryTitle(category);
}

/// The built-in categories' counts, from the case lists' SQL, on \a db's connection.
static Result<WorklistCounts> builtInCounts(const Database& db, QDate today)
{
    const WorklistRepository repo(db);
    WorklistCounts result;
    for (WorklistCategory c : allWorklistCategories()) {
        WorklistQuery q;
        q.category = c;
        q.today = today;
        auto n = repo.count(q);
        if (!n)
            return n.failure();
        result << qMakePair(c, n.value());
    }
    return result;
}

Result<WorklistCounts> WorklistService::counts(QDate today) const
{
    auto counted = builtInCounts(m_db, today);
    if (!counted)
        return counted.failure();
    WorklistCounts result = counted.value();
    for (int i = 0; i < m_piles.size(); ++i) {
        auto n = m_piles.at(i)->count(today);
        if (!n)
            return n.failure();
        result << qMakePair(WorklistCategory(firstPile + i), n.value());
    }
    return result;
}

void WorklistService::adopt(WorklistSnapshot snapshot) const
{
    m_snapshot = std::move(snapshot);
}

const QList<WorklistRow>* WorklistService::snapshotRows(WorklistCategory category,
                                                        QDate today) const
{
    if (m_snapshot.today != today)
        return nullptr;
    const auto it = m_snapshot.pileRows.constFind(int(category));
    return it == m_snapshot.pileRows.constEnd() ? nullptr : &it.value();
}

std::function<Result<WorklistSnapshot>()> WorklistService::countsElsewhere(QDate today) const
{
    const bool everyPileRemade = std::all_of(m_makers.cbegin(), m_makers.cend(),
                                             [](const WorklistPileMaker& m) { return bool(m); });
    if (!everyPileRemade || m_db.path().isEmpty())
        return {};
    return [location = m_db.path(), user = m_user, makers = m_makers,
            today]() -> Result<WorklistSnapshot> {
        auto there = OwnConnection::open(location, user, OwnConnection::Access::ReadOnly);
        if (!there)
            return there.failure();
        WorklistService& worklist = there.value()->worklist();
        for (const WorklistPileMaker& make : makers)
            worklist.addPile(make(*there.value()));
        auto counted = builtInCounts(there.value()->database(), today);
        if (!counted)
            return counted.failure();
        WorklistSnapshot snapshot;
        snapshot.today = today;
        snapshot.counts = counted.value();
        // A pile's count is its rows: list each once and keep the rows for the window.
        for (WorklistCategory c : worklist.categories()) {
            const WorklistPile* pile = worklist.pile(c);
            if (!pile)
                continue;
            auto rows = pile->rows(today);
            if (!rows)
                return rows.failure();
            snapshot.counts << qMakePair(c, int(rows.value().size()));
            snapshot.pileRows.insert(int(c), std::move(rows).value());
        }
        return snapshot;
    };
}

std::function<Result<WorklistPageRead>()>
WorklistService::firstPageElsewhere(const WorklistQuery& query, int limit) const
{
    if (pile(query.category) || m_db.path().isEmpty())
        return {};
    return [location = m_db.path(), user = m_user, query, limit]() -> Result<WorklistPageRead> {
        auto there = OwnConnection::open(location, user, OwnConnection::Access::ReadOnly);
        if (!there)
            return there.failure();
        const auto& rows = there.value()->worklist().rows();
        auto total = rows.count(query);
        if (!total)
            return total.failure();
        auto page = rows.page(query, 0, limit);
        if (!page)
            return page.failure();
        return WorklistPageRead{query, total.value(), page.value()};
    };
}

RagRating WorklistService::ragRating() const
{
    return RagRating(m_settings.intValue(QStringLiteral("worklist.red_within_days"), 0),
                     m_settings.intValue(QStringLiteral("worklist.amber_within_days"), 14));
}

Status WorklistService::setRagThresholds(int redWithinDays, int amberWithinDays) const
{
    if (redWithinDays < 0 || amberWithinDays < redWithinDays)
        return Failure{tr("amber must start at or after red, and neither can be negative"),
                       QStringLiteral("worklist")};
    if (auto s = m_settings.setValue(QStringLiteral("worklist.red_within_days"),
                                     QString::number(redWithinDays));
        !s)
        return s;
    return m_settings.setValue(QStringLiteral("worklist.amber_within_days"),
                               QString::number(amberWithinDays));
}

} // namespace lac
