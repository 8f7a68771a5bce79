// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/PaperworkIssueRepository.h"

#include "data/CaseLogSql.h"
#include "data/SqlConnection.h"
#include "data/SqlValues.h"

namespace lac {
namespace {

const char* issueColumns = "SELECT i.id, i.assessment_id, i.child_id, i.problem, i.detail, "
                           "i.found_date, i.returned_date, i.resolved_date, i.notes, i.version ";
const int issueColumnCount = 10;

PaperworkIssueRecord issueFrom(const QSqlQuery& r)
{
    using sqlvalue::toDate;
    PaperworkIssueRecord i;
    i.id = r.value(0).toLongLong();
    i.assessmentId = r.value(1).toLongLong();
    i.childId = r.value(2).toLongLong();
    i.problem = r.value(3).toString();
    i.detail = r.value(4).toString();
    i.foundDate = toDate(r.value(5));
    i.returnedDate = toDate(r.value(6));
    i.resolvedDate = toDate(r.value(7));
    i.notes = r.value(8).toString();
    i.version = r.value(9).toInt();
    return i;
}

CaseLogSql logSql(const Database& db, const PaperworkLogQuery& query)
{
    using Show = PaperworkLogQuery::Show;
    CaseLogSql log(db, QStringLiteral("paperwork_issues"), QStringLiteral("i"),
                   CaseLogSql::resolution(query.show, Show::Open, Show::Closed));
    log.forChildren(query.childId, query.search);
    return log;
}

QString orderBy(const PaperworkLogQuery& query)
{
    using K = PaperworkLogQuery::SortKey;
    QString key;
    bool desc = query.descending;
    switch (query.sortKey) {
    case K::FoundDate:
        key = QStringLiteral("i.found_date");
        break;
    case K::Child:
        key = QStringLiteral("c.family_name %1, c.given_name");
        break;
    case K::Problem:
        key = QStringLiteral("i.problem");
        break;
    case K::ReturnedDate:
        key = QStringLiteral("i.returned_date");
        break;
    case K::ResolvedDate:
        key = QStringLiteral("i.resolved_date");
        break;
    case K::DaysOutstanding:
        // Days outstanding grow as the found date gets older (exact for open issues).
        key = QStringLiteral("i.found_date");
        desc = !desc;
        break;
    case K::Kind:
        key = QStringLiteral("a.kind");
        break;
    case K::DueDate:
        key = QStringLiteral("a.due_date");
        break;
    }
    return QStringLiteral(" ORDER BY ") + orderTerms(key, desc, QStringLiteral("i.id"));
}

} // namespace

using namespace sqlvalue;

PaperworkIssueRepository::PaperworkIssueRepository(const Database& db)
    : m_db(db)
{}

Result<PaperworkIssueRecord> PaperworkIssueRepository::find(qint64 issueId) const
{
    return findById(m_db,
                    QString::fromLatin1(issueColumns) +
                        QStringLiteral("FROM paperwork_issues i WHERE i.id = ?"),
                    issueId, tr("could not read the paperwork issue"),
                    tr("there is no such paperwork issue"), issueFrom);
}

Result<int> PaperworkIssueRepository::openCount(qint64 assessmentId, qint64 exceptId) const
{
    return countOf(runQuery(m_db,
                            QStringLiteral("SELECT count(*) FROM paperwork_issues WHERE "
                                           "assessment_id = ? AND resolved_date IS NULL AND "
                                           "closed_at IS NULL AND id <> ?"),
                            {assessmentId, exceptId}, tr("could not count the paperwork issues")));
}

Result<qint64> PaperworkIssueRepository::insert(const PaperworkIssueRecord& i) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO paperwork_issues (assessment_id, child_id, problem, detail, "
                       "found_date, returned_date, resolved_date, notes, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {i.assessmentId, i.childId, i.problem, text(i.detail), date(i.foundDate),
         date(i.returnedDate), date(i.resolvedDate), text(i.notes), at, at},
        tr("could not log the paperwork issue"));
}

Status PaperworkIssueRepository::update(const PaperworkIssueRecord& i) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE paperwork_issues SET problem = ?, detail = ?, found_date = ?, "
                       "returned_date = ?, resolved_date = ?, notes = ?, updated_at = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {i.problem, text(i.detail), date(i.foundDate), date(i.returnedDate), date(i.resolvedDate),
         text(i.notes), now(), i.id, i.version},
        tr("could not save the paperwork issue"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("paperwork issue"));
}

Result<int> PaperworkIssueRepository::count(const PaperworkLogQuery& query) const
{
    return logSql(m_db, query).count(tr("could not count the paperwork issues"));
}

Result<QList<PaperworkLogRow>> PaperworkIssueRepository::page(const PaperworkLogQuery& query,
                                                              int offset, int limit) const
{
    auto q = logSql(m_db, query)
                 .page(QString::fromLatin1(issueColumns), QString(), QString(), orderBy(query),
                       offset, limit, tr("could not read the paperwork log"));
    if (!q)
        return q.failure();
    QList<PaperworkLogRow> rows;
    for (auto& r = q.value(); r.next();) {
        PaperworkLogRow row;
        row.issue = issueFrom(r);
        CaseLogSql::readChildColumns(r, issueColumnCount, row);
        row.daysOutstanding =
            CaseLogSql::daysOpen(row.issue.foundDate, row.issue.resolvedDate, query.today);
        rows << row;
    }
    return rows;
}

} // namespace lac
