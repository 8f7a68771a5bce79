// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/UserStore.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

namespace lac {
namespace {

const QString selectColumns = QStringLiteral(
    "SELECT id, os_login, display_name, role, active, created_at, version FROM users ");

UserAccount accountFrom(const QSqlQuery& q)
{
    UserAccount a;
    a.id = q.value(0).toLongLong();
    a.login = q.value(1).toString();
    a.displayName = q.value(2).toString();
    a.role = userRoleFromCode(q.value(3).toString()).value_or(UserRole::Viewer);
    a.active = q.value(4).toInt() != 0;
    a.createdAt = q.value(5).toString();
    a.version = q.value(6).toInt();
    return a;
}

Result<std::optional<UserAccount>> one(Result<QSqlQuery> q)
{
    if (!q)
        return q.failure();
    if (!q.value().next())
        return std::optional<UserAccount>();
    return std::optional<UserAccount>(accountFrom(q.value()));
}

} // namespace

UserStore::UserStore(const Database& db)
    : m_db(db)
{}

Result<std::optional<UserAccount>> UserStore::findByLogin(const QString& login) const
{
    return one(runQuery(m_db, selectColumns + QStringLiteral("WHERE os_login = ?"),
                        {UserAccount::normaliseLogin(login)}, tr("could not read the users")));
}

Result<std::optional<UserAccount>> UserStore::findById(qint64 id) const
{
    return one(runQuery(m_db, selectColumns + QStringLiteral("WHERE id = ?"), {id},
                        tr("could not read the users")));
}

Result<QList<UserAccount>> UserStore::all() const
{
    auto q = runQuery(m_db, selectColumns + QStringLiteral("ORDER BY active DESC, os_login"), {},
                      tr("could not read the users"));
    if (!q)
        return q.failure();
    QList<UserAccount> list;
    while (q.value().next())
        list.append(accountFrom(q.value()));
    return list;
}

Result<int> UserStore::count() const
{
    return sqlvalue::countOf(runQuery(m_db, QStringLiteral("SELECT COUNT(*) FROM users"), {},
                                      tr("could not count the users")));
}

Result<int> UserStore::activeAdministratorCount() const
{
    return sqlvalue::countOf(runQuery(
        m_db, QStringLiteral("SELECT COUNT(*) FROM users WHERE active = 1 AND role = ?"),
        {userRoleCode(UserRole::Administrator)}, tr("could not count the administrators")));
}

Result<qint64> UserStore::insert(const UserAccount& a) const
{
    const QString at = sqlvalue::now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO users (os_login, display_name, role, active, "
                       "created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 1) "
                       "RETURNING id"),
        {UserAccount::normaliseLogin(a.login), textValue(a.displayName), userRoleCode(a.role),
         a.active ? 1 : 0, at, at},
        tr("could not add the user"), a.login);
}

Status UserStore::update(const UserAccount& a) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE users SET display_name = ?, role = ?, active = ?, "
                                     "updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"),
                      {textValue(a.displayName), userRoleCode(a.role), a.active ? 1 : 0,
                       sqlvalue::now(), a.id, a.version},
                      tr("could not save the user"));
    if (!q)
        return q.failure();
    if (q.value().numRowsAffected() != 1)
        return Failure{tr("this user was changed by someone else since you opened it; close and "
                          "open the list again"),
                       a.login};
    return {};
}

} // namespace lac
