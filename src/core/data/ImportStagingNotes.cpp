// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// ImportStaging's notes about the run: problems, rejected rows and the children changed.
#include "data/ImportStaging.h"

#include "data/ImportStagingParts.h"

namespace lac {

using namespace importstaging;

Status ImportStaging::addProblem(const QString& file, qint64 line, const QString& column,
                                 const QString& value, const QString& reason) const
{
    if (m_server) {
        CopyIn& c = *m_server->problem;
        c.text(file);
        c.integer(line);
        c.text(column);
        c.text(value);
        c.text(reason);
        return c.endRow();
    }
    RepeatedStatement& q = *m_statements->problem;
    q.bindText(0, file);
    q.bind(1, line);
    q.bindText(2, column);
    q.bindText(3, value);
    q.bindText(4, reason);
    return q.exec();
}

Result<QList<QStringList>> ImportStaging::problems(qint64 limit) const
{
    if (auto s = ready(); !s)
        return s.failure();
    auto q = select(m_db,
                    QStringLiteral("SELECT file, line, col, value, reason FROM import_problems "
                                   "ORDER BY file, line, seq LIMIT ?"),
                    {limit}, tr("could not read the problems"));
    if (!q)
        return q.failure();
    QList<QStringList> result;
    for (QSqlQuery& r = q.value(); r.next();) {
        result << QStringList{r.value(0).toString(), r.value(1).toString(), r.value(2).toString(),
                              r.value(3).toString(), r.value(4).toString()};
    }
    return result;
}

Result<qint64> ImportStaging::problemCount() const
{
    if (auto s = ready(); !s)
        return s.failure();
    auto q = select(m_db, QStringLiteral("SELECT count(*) FROM import_problems"), {},
                    tr("could not count the problems"));
    if (!q)
        return q.failure();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Status ImportStaging::reject(const QString& file, qint64 line, qint64 offset,
                             const QString& reason) const
{
    if (m_server) {
        CopyIn& c = *m_server->reject;
        c.text(file);
        c.integer(line);
        c.integer(offset);
        c.text(reason);
        m_server->rejectsWaiting = true;
        return c.endRow();
    }
    RepeatedStatement& q = *m_statements->reject;
    q.bindText(0, file);
    q.bind(1, line);
    q.bind(2, offset);
    q.bindText(3, reason);
    return q.exec();
}

Result<qint64> ImportStaging::rejectedCount() const
{
    if (auto s = ready(); !s)
        return s.failure();
    auto q = select(m_db, QStringLiteral("SELECT count(*) FROM import_rejects"), {},
                    tr("could not count the rejected rows"));
    if (!q)
        return q.failure();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QList<RejectedRow>> ImportStaging::rejectedRows(const QString& file, qint64 afterLine,
                                                       int limit) const
{
    if (auto s = ready(); !s)
        return s.failure();
    auto q = select(m_db,
                    QStringLiteral("SELECT file, line, byte_offset, reason FROM import_rejects "
                                   "WHERE file = ? AND line > ? ORDER BY line LIMIT ?"),
                    {file, afterLine, limit}, tr("could not read the rejected rows"));
    if (!q)
        return q.failure();
    QList<RejectedRow> result;
    for (QSqlQuery& r = q.value(); r.next();) {
        result << RejectedRow{r.value(0).toString(), r.value(1).toLongLong(),
                              r.value(2).toLongLong(), r.value(3).toString()};
    }
    return result;
}

Status ImportStaging::touch(qint64 childId) const
{
    if (m_server) {
        m_server->touch->integer(childId);
        m_server->touchedWaiting = true;
        return m_server->touch->endRow();
    }
    RepeatedStatement& q = *m_statements->touch;
    q.bind(0, childId);
    return q.exec();
}

Result<QList<qint64>> ImportStaging::touched(qint64 after, int limit) const
{
    if (auto s = ready(); !s)
        return s.failure();
    auto q = select(m_db,
                    QStringLiteral("SELECT child_id FROM import_touched WHERE child_id > ? "
                                   "ORDER BY child_id LIMIT ?"),
                    {after, limit}, tr("could not list the changed children"));
    if (!q)
        return q.failure();
    QList<qint64> ids;
    for (QSqlQuery& r = q.value(); r.next();)
        ids << r.value(0).toLongLong();
    return ids;
}

} // namespace lac
