// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/UserAdministration.h"

#include "data/SqlTransaction.h"
#include "data/UserStore.h"
#include "domain/TextField.h"
#include "security/AccessPolicy.h"

#include <QJsonObject>

namespace lac {
namespace {

QJsonObject snapshot(const UserAccount& a)
{
    return {{QStringLiteral("os_login"), a.login},
            {QStringLiteral("display_name"), a.displayName},
            {QStringLiteral("role"), userRoleCode(a.role)},
            {QStringLiteral("active"), a.active}};
}

} // namespace

UserAdministration::UserAdministration(const Database& db, const AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{}

Status UserAdministration::allowed() const
{
    return AccessPolicy::require(m_audit.user(), Permission::ManageUsers);
}

Result<QList<UserAccount>> UserAdministration::users() const
{
    if (auto s = allowed(); !s)
        return s.failure();
    return UserStore(m_db).all();
}

Result<UserAccount> UserAdministration::add(const QString& rawLogin, const QString& displayName,
                                            UserRole role) const
{
    if (auto s = allowed(); !s)
        return s.failure();
    const QString login = UserAccount::normaliseLogin(rawLogin);
    if (login.isEmpty())
        return Failure{tr("type the person's Windows sign-in name"), tr("Sign-in name")};
    if (auto s = TextField::check(tr("Sign-in name"), login, TextField::CodeMax); !s)
        return s.failure();
    if (login.contains(QLatin1Char(' ')) || login.contains(QLatin1Char('\\')))
        return Failure{tr("is the sign-in name alone, without spaces or a DOMAIN\\ prefix"),
                       tr("Sign-in name")};
    if (auto s = TextField::check(tr("Name"), displayName.trimmed(), TextField::NameMax); !s)
        return s.failure();

    SqlTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().failure();
    const UserStore store(m_db);
    auto existing = store.findByLogin(login);
    if (!existing)
        return existing.failure();
    if (existing.value())
        return Failure{tr("%1 is already a user (%2)")
                           .arg(login, existing.value()->active ? tr("active") : tr("deactivated")),
                       tr("Sign-in name")};
    UserAccount a;
    a.login = login;
    a.displayName = displayName.trimmed();
    a.role = role;
    auto id = store.insert(a);
    if (!id)
        return id.failure();
    AuditEntry e;
    e.action = QStringLiteral("create");
    e.entity = QStringLiteral("users");
    e.entityId = *id;
    e.summary = tr("added user %1 as %2").arg(login, userRoleCode(role));
    e.after = snapshot(a);
    if (auto s = m_audit.append(e); !s)
        return s.failure();
    auto saved = store.findById(*id);
    if (!saved || !saved.value())
        return saved ? Failure{tr("could not add the user"), login} : saved.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return *saved.value();
}

Result<UserAccount> UserAdministration::save(const UserAccount& changed) const
{
    if (auto s = allowed(); !s)
        return s.failure();
    if (auto s = TextField::check(tr("Name"), changed.displayName.trimmed(), TextField::NameMax);
        !s)
        return s.failure();

    SqlTransaction tx(m_db);
    if (!tx.begun())
        return tx.begun().failure();
    const UserStore store(m_db);
    auto before = store.findById(changed.id);
    if (!before)
        return before.failure();
    if (!before.value())
        return Failure{tr("this user no longer exists"), changed.login};
    UserAccount after = *before.value();
    after.displayName = changed.displayName.trimmed();
    after.role = changed.role;
    after.active = changed.active;
    after.version = changed.version;

    if (auto s = store.update(after); !s)
        return s.failure();
    auto admins = store.activeAdministratorCount();
    if (!admins)
        return admins.failure();
    if (*admins == 0)
        return Failure{tr("at least one active administrator must remain; make someone else an "
                          "administrator first"),
                       after.login};

    AuditEntry e;
    e.action = after.active == before.value()->active ? QStringLiteral("update")
               : after.active                         ? QStringLiteral("reactivate")
                                                      : QStringLiteral("close");
    e.entity = QStringLiteral("users");
    e.entityId = after.id;
    e.summary = tr("changed user %1: %2").arg(after.login, userRoleCode(after.role));
    if (!after.active)
        e.summary = tr("deactivated user %1").arg(after.login);
    e.before = snapshot(*before.value());
    e.after = snapshot(after);
    if (auto s = m_audit.append(e); !s)
        return s.failure();
    auto saved = store.findById(after.id);
    if (!saved || !saved.value())
        return saved ? Failure{tr("could not save the user"), after.login} : saved.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return *saved.value();
}

} // namespace lac
