// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/UserDirectory.h"

#include "data/AuditLog.h"
#include "data/ServerAccount.h"
#include "data/SettingsStore.h"
#include "data/SqlTransaction.h"
#include "data/UserStore.h"
#include "domain/TextField.h"
#include "domain/UserAccount.h"

#include <QJsonObject>

namespace lac {

UserDirectory::UserDirectory(const Database& db)
    : m_db(db)
{}

Result<UserContext> UserDirectory::signIn(const QString& osLogin) const
{
    if (m_db.isServer())
        return signInToServer();
    return signInByLogin(osLogin);
}

Result<UserContext> UserDirectory::signInByLogin(const QString& osLogin) const
{
    const QString login = UserAccount::normaliseLogin(osLogin);
    if (login.isEmpty() || login == UserContext::unknownLogin())
        return Failure{tr("the operating system did not say who is signed in, so the program "
                          "cannot tell who is making changes. Sign in to Windows with your own "
                          "account and start it again."),
                       {}};
    if (auto s = TextField::check(tr("sign-in name"), login, TextField::CodeMax); !s)
        return s.failure();

    const UserStore users(m_db);
    auto existing = users.findByLogin(login);
    if (!existing)
        return existing.failure();
    if (existing.value()) {
        const UserAccount& a = *existing.value();
        if (!a.active)
            return Failure{tr("your account on this database has been deactivated; ask an "
                              "administrator if you need access again"),
                           login};
        return UserContext{a.login, a.role};
    }

    auto total = users.count();
    if (!total)
        return total.failure();
    if (*total == 0)
        return addAndSignIn(login, UserRole::Administrator,
                            tr("first user of a new database, so its administrator"),
                            Seat::FirstOfDatabase);

    if (userRoleFromCode(SettingsStore(m_db).value(unknownUsersKey())) == UserRole::Viewer)
        return addAndSignIn(login, UserRole::Viewer,
                            tr("signed in for the first time; added as a viewer by the "
                               "installation's setting"));

    QStringList admins;
    if (auto all = users.all()) {
        for (const UserAccount& a : all.value()) {
            if (a.active && a.role == UserRole::Administrator)
                admins << (a.displayName.isEmpty() ? a.login : a.displayName);
        }
    }
    return Failure{tr("you (%1) are not a user of this database. Ask an administrator (%2) to "
                      "add you under Tools > Users, then start the program again.")
                       .arg(login, admins.join(QStringLiteral(", "))),
                   {}};
}

Result<UserContext> UserDirectory::signInToServer() const
{
    auto account = ServerAccount::current(m_db);
    if (!account)
        return account.failure();
    if (!account->rolesSetUp)
        return signInByLogin(account->login);
    const QString login = account->login;
    if (!account->role)
        return Failure{tr("your database login is in none of LAC Health Tracker's groups; ask the "
                          "database administrator to add you to one"),
                       login};
    auto existing = UserStore(m_db).findByLogin(login);
    if (!existing)
        return existing.failure();
    if (!existing.value())
        return addAndSignIn(login, *account->role,
                            tr("signed in to the team database for the first time; role from "
                               "the server's groups"));
    if (!existing.value()->active)
        return Failure{tr("your account on this database has been deactivated; ask an "
                          "administrator if you need access again"),
                       login};
    return UserContext{login, *account->role};
}

Result<UserContext> UserDirectory::addAndSignIn(const QString& login, UserRole role,
                                                const QString& why, Seat seat) const
{
    SqlTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().failure();
    if (seat == Seat::FirstOfDatabase) {
        // Inside the transaction, so that two PCs opening a new database at once cannot both
        // become its first administrator: the later write fails and its user starts again.
        auto total = UserStore(m_db).count();
        if (!total)
            return total.failure();
        if (*total != 0)
            return Failure{tr("someone else signed in to this new database at the same moment; "
                              "start the program again"),
                           login};
    }
    UserAccount account;
    account.login = login;
    account.role = role;
    auto id = UserStore(m_db).insert(account);
    if (!id)
        return id.failure();
    const UserContext user{login, role};
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("users");
    entry.entityId = *id;
    entry.summary = tr("%1 added as %2: %3").arg(login, userRoleCode(role), why);
    entry.after = QJsonObject{{QStringLiteral("os_login"), login},
                              {QStringLiteral("role"), userRoleCode(role)},
                              {QStringLiteral("active"), true}};
    if (auto s = AuditLog(m_db, user).append(entry); !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return user;
}

} // namespace lac
