// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/UserContext.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace lac {

QString UserContext::osLogin()
{
    for (const char* name : {"USER", "USERNAME", "LOGNAME"}) {
        const QString value = qEnvironmentVariable(name).trimmed();
        if (!value.isEmpty())
            return value;
    }
#ifdef Q_OS_UNIX
    // No variable (a service, a container, sudo -i): ask the account database who we are.
    if (const passwd* account = ::getpwuid(::geteuid());
        account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return unknownLogin();
}

} // namespace lac
