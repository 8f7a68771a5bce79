// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ServerDatabaseOpener.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace lac {
namespace {

bool isThisMachine(const QString& host)
{
    return host.isEmpty() || host.startsWith(QLatin1Char('/')) ||
           host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") ||
           host == QLatin1String("::1");
}

// libpq's quoting for a keyword's value: single quotes, with \ and ' escaped.
QString quoted(const QString& value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QStringLiteral("'%1'").arg(v);
}

} // namespace

QString ServerLocation::keyword(const QString& name) const
{
    const QString prefix = name + QLatin1Char('=');
    for (const QString& k : keywords)
        if (k.startsWith(prefix)) {
            QString v = k.mid(prefix.size());
            if (v.size() >= 2 && v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\'')))
                v = v.mid(1, v.size() - 2).replace(QLatin1String("\\'"), QLatin1String("'"));
            return v;
        }
    return {};
}

Result<ServerLocation> ServerLocation::parse(const QString& text)
{
    const QString location = text.trimmed();
    const QString noPassword =
        tr("a password cannot be part of the database location, because command lines and "
           "settings are seen by others; put it in ~/.pgpass (or use the sign-in prompt)");
    ServerLocation l;
    if (location.startsWith(QLatin1String("service="))) {
        static const QRegularExpression pair(QStringLiteral("^([a-z_]+)=(\\S*)$"));
        for (const QString& part : location.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto m = pair.match(part);
            if (!m.hasMatch())
                return Failure{tr("this is not a libpq connection setting (keyword=value)"), part};
            if (m.captured(1) == QLatin1String("password"))
                return Failure{noPassword, {}};
            l.keywords << QStringLiteral("%1=%2").arg(m.captured(1), quoted(m.captured(2)));
        }
        l.display = location;
        l.sslMode = l.keyword(QStringLiteral("sslmode"));
        const QString host = l.keyword(QStringLiteral("host"));
        if (!isThisMachine(host))
            l.remoteHost = host;
        return l;
    }

    const QUrl url(location, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Failure{tr("this is not a PostgreSQL address (postgresql://user@host/database)"),
                       location};
    if (!url.password().isEmpty())
        return Failure{noPassword, url.toString(QUrl::RemovePassword)};
    QString host = url.host();
    if (!url.userName().isEmpty())
        l.keywords << QStringLiteral("user=%1").arg(quoted(url.userName()));
    if (url.port() > 0)
        l.keywords << QStringLiteral("port=%1").arg(url.port());
    const QString dbname = url.path().mid(1);
    if (!dbname.isEmpty())
        l.keywords << QStringLiteral("dbname=%1").arg(quoted(dbname));
    static const QRegularExpression keywordName(QStringLiteral("^[a-z_]+$"));
    for (const auto& [key, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!keywordName.match(key).hasMatch())
            return Failure{tr("this is not a libpq connection setting"), key};
        if (key == QLatin1String("password"))
            return Failure{noPassword, url.toString(QUrl::RemovePassword | QUrl::RemoveQuery)};
        if (key == QLatin1String("host")) {
            host = value;
            continue;
        }
        l.keywords << QStringLiteral("%1=%2").arg(key, quoted(value));
    }
    if (!host.isEmpty())
        l.keywords << QStringLiteral("host=%1").arg(quoted(host));
    l.display = url.toString(QUrl::RemovePassword);
    l.sslMode = l.keyword(QStringLiteral("sslmode"));
    if (!isThisMachine(host))
        l.remoteHost = host;
    return l;
}

} // namespace lac
