// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/core/RequestingAuthorities.h"

#include "import/CsvReader.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>

namespace lac {

Result<RequestingAuthorities> RequestingAuthorities::bundled()
{
    QFile file(QStringLiteral(":/incoming/requesting-authorities.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("the list of authorities is missing from the program"), file.fileName()};
    return parse(file.readAll(), file.fileName());
}

Result<RequestingAuthorities> RequestingAuthorities::parse(const QByteArray& csv,
                                                           const QString& source)
{
    // Comments are dropped line by line, keeping the line numbers of what is left.
    QByteArray body;
    int comments = 0;
    for (const QByteArray& line : csv.split('\n')) {
        if (line.startsWith('#') && body.isEmpty())
            ++comments;
        else
            body += line + '\n';
    }
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList fields;
    const auto where = [&](qint64 line) { return QStringLiteral("%1:%2").arg(source).arg(line); };
    if (!reader.readRecord(fields) ||
        fields !=
            QStringList{QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("nation")})
        return Failure{tr("the header must be code,name,nation"), where(comments + 1)};
    static const QRegularExpression gss(QStringLiteral("^[EWS]\\d{8}$"));
    static const QHash<QChar, QString> nations{{QLatin1Char('E'), QStringLiteral("England")},
                                               {QLatin1Char('W'), QStringLiteral("Wales")},
                                               {QLatin1Char('S'), QStringLiteral("Scotland")}};
    RequestingAuthorities list;
    while (reader.readRecord(fields)) {
        const qint64 line = comments + reader.recordLine();
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue;
        if (fields.size() != 3)
            return Failure{tr("expected three fields (code, name, nation)"), where(line)};
        RequestingAuthority a{fields.at(0).trimmed(), fields.at(1).trimmed(),
                              fields.at(2).trimmed()};
        if (!gss.match(a.code).hasMatch())
            return Failure{
                tr("'%1' is not a GSS code (a letter E, W or S and 8 digits)").arg(a.code),
                where(line)};
        if (nations.value(a.code.at(0)) != a.nation)
            return Failure{tr("the code %1 is not in %2").arg(a.code, a.nation), where(line)};
        if (a.name.isEmpty())
            return Failure{tr("the name is missing"), where(line)};
        if (list.m_byCode.contains(a.code))
            return Failure{tr("%1 is listed twice").arg(a.code), where(line)};
        list.m_byCode.insert(a.code, list.m_all.size());
        list.m_all << a;
    }
    if (reader.hasError())
        return Failure{reader.errorMessage(), where(comments + reader.errorLine())};
    if (list.m_all.isEmpty())
        return Failure{tr("the list is empty"), source};
    return list;
}

QString RequestingAuthorities::name(const QString& code) const
{
    const auto it = m_byCode.constFind(code);
    return it == m_byCode.cend() ? code : m_all.at(*it).name;
}

QString RequestingAuthorities::find(const QString& codeOrName) const
{
    const QString key = codeOrName.trimmed();
    if (m_byCode.contains(key.toUpper()))
        return key.toUpper();
    for (const RequestingAuthority& a : m_all)
        if (a.name.compare(key, Qt::CaseInsensitive) == 0)
            return a.code;
    return {};
}

} // namespace lac
