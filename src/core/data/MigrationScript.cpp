// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/MigrationScript.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace lac {

QStringList MigrationScript::split(const QString& text)
{
    QStringList statements;
    QStringList current;
    auto flush = [&] {
        QStringList code;
        for (const auto& line : current) {
            const QString t = line.trimmed();
            if (!t.isEmpty() && !t.startsWith(QLatin1String("--")))
                code << line;
        }
        if (!code.isEmpty())
            statements << code.join(QLatin1Char('\n')).trimmed();
        current.clear();
    };
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        QString t = line.trimmed();
        if (t.endsWith(QLatin1String(";;"))) {
            t.chop(2);
            current << t;
            flush();
        } else {
            current << line;
        }
    }
    flush();
    return statements;
}

QList<MigrationScript> MigrationScript::bundled(const QString& folder)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
    QList<MigrationScript> scripts;
    const QDir dir(folder);
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        scripts.append({match.captured(1).toInt(), file, split(QString::fromUtf8(f.readAll()))});
    }
    std::sort(
        scripts.begin(), scripts.end(),
        [](const MigrationScript& a, const MigrationScript& b) { return a.version < b.version; });
    return scripts;
}

} // namespace lac
