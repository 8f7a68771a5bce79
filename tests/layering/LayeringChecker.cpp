// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LayeringChecker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace lac::test {

namespace {

int lineOf(const QString& text, qsizetype offset)
{
    return int(text.left(offset).count(QLatin1Char('\n'))) + 1;
}

QString finding(const SourceFile& file, qsizetype offset, const QString& message)
{
    return QStringLiteral("%1:%2: %3").arg(file.path).arg(lineOf(file.text, offset)).arg(message);
}

const QRegularExpression& includePattern()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[ \t]*#[ \t]*include[ \t]*([<"])([^>"]+)[>"])"),
        QRegularExpression::MultilineOption);
    return re;
}

int layerIndex(const QString& path)
{
    const QStringList& all = LayeringChecker::layers();
    for (int i = 0; i < all.size(); ++i)
        if (path.startsWith(all.at(i) + QLatin1Char('/')))
            return i;
    return -1;
}

} // namespace

QString LayeringChecker::layerPath(const QString& path)
{
    static const QRegularExpression feature(
        QStringLiteral(R"(^src/features/([^/]+)/(core|data|models|ui)/(.+)$)"));
    const auto m = feature.match(path);
    if (!m.hasMatch())
        return path;
    static const QHash<QString, QString> roots{
        {QStringLiteral("core"), QStringLiteral("src/core")},
        {QStringLiteral("data"), QStringLiteral("src/core/data")},
        {QStringLiteral("models"), QStringLiteral("src/models")},
        {QStringLiteral("ui"), QStringLiteral("src/ui")}};
    return QStringLiteral("%1/features/%2/%3")
        .arg(roots.value(m.captured(2)), m.captured(1), m.captured(3));
}

const QStringList& LayeringChecker::layers()
{
    static const QStringList all{QStringLiteral("src/core"), QStringLiteral("src/models"),
                                 QStringLiteral("src/ui"), QStringLiteral("src/app")};
    return all;
}

LayeringChecker::LayeringChecker(QHash<QString, QStringList> headerModules)
    : m_headerModules(std::move(headerModules))
{}

QHash<QString, QStringList> LayeringChecker::installedQtHeaders(const QStringList& modules)
{
    QHash<QString, QStringList> headers;
    const QDir root(QLibraryInfo::path(QLibraryInfo::HeadersPath));
    for (const QString& module : modules) {
        const QDir dir(root.filePath(module));
        const QStringList names = dir.entryList(QDir::Files);
        for (const QString& name : names)
            headers[name].append(module);
    }
    return headers;
}

QStringList LayeringChecker::forbiddenQtIncludes(const SourceFile& file,
                                                 const QSet<QString>& forbiddenModules) const
{
    QStringList found;
    auto it = includePattern().globalMatch(file.text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1) != QLatin1String("<"))
            continue;
        const QString header = m.captured(2).trimmed();
        QStringList modules;
        const QString firstPart = header.section(QLatin1Char('/'), 0, 0);
        if (header.contains(QLatin1Char('/')) || m_headerModules.value(header).isEmpty()) {
            // <QtSql/QSqlQuery>, <QtSql> itself, or a header we have no index for.
            if (firstPart.startsWith(QLatin1String("Qt")))
                modules << firstPart;
        } else {
            modules = m_headerModules.value(header);
        }
        if (modules.isEmpty())
            continue;
        const bool allForbidden =
            std::all_of(modules.cbegin(), modules.cend(),
                        [&](const auto& mod) { return forbiddenModules.contains(mod); });
        if (allForbidden)
            found << finding(file, m.capturedStart(),
                             QStringLiteral("includes <%1> from %2, which this layer must not use")
                                 .arg(header, modules.join(QLatin1Char('/'))));
    }
    return found;
}

QStringList LayeringChecker::upwardIncludes(const SourceFile& file,
                                            const QSet<QString>& existing) const
{
    QStringList found;
    const int own = layerIndex(file.layerPath);
    if (own < 0)
        return found;
    const QString fileDir = file.path.section(QLatin1Char('/'), 0, -2);
    auto it = includePattern().globalMatch(file.text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1) != QLatin1String("\""))
            continue;
        const QString header = m.captured(2);
        // Found beside the file (or through ../, judged by where it lands), else through the
        // include directories, which are the layer roots: the lowest layer that has it wins.
        int target = -1;
        const QString landed = QDir::cleanPath(fileDir + QLatin1Char('/') + header);
        const QString inFeatures = QStringLiteral("src/features/") + header;
        if (existing.contains(landed)) {
            target = layerIndex(layerPath(landed));
        } else if (existing.contains(inFeatures)) {
            target = layerIndex(layerPath(inFeatures));
        } else {
            for (int i = 0; i < layers().size() && target < 0; ++i)
                if (existing.contains(layers().at(i) + QLatin1Char('/') + header))
                    target = i;
        }
        if (target > own)
            found << finding(file, m.capturedStart(),
                             QStringLiteral("includes \"%1\" from %2, a layer above %3")
                                 .arg(header, layers().at(target), layers().at(own)));
    }
    return found;
}

QStringList LayeringChecker::dataLayerIncludes(const SourceFile& file)
{
    static const QString dataDir = QStringLiteral("src/core/data/");
    QStringList found;
    const QString fileDir = file.path.section(QLatin1Char('/'), 0, -2);
    auto it = includePattern().globalMatch(file.text);
    while (it.hasNext()) {
        const auto m = it.next();
        const bool quoted = m.captured(1) == QLatin1String("\"");
        const QString header = m.captured(2).trimmed();
        const QString landed = QDir::cleanPath(fileDir + QLatin1Char('/') + header);
        static const QRegularExpression featureData(QStringLiteral(R"(^[^/]+/data/)"));
        if (header.startsWith(QLatin1String("data/")) || featureData.match(header).hasMatch() ||
            (quoted && layerPath(landed).startsWith(dataDir)))
            found << finding(file, m.capturedStart(),
                             QStringLiteral("includes \"%1\" from src/core/data; read and write "
                                            "through a service in src/core/services instead")
                                 .arg(header));
    }
    return found;
}

QStringList LayeringChecker::databaseHandles(const SourceFile& file)
{
    static const QRegularExpression call(QStringLiteral(R"((?:\.|->)\s*database\s*\(\s*\))"));
    QStringList found;
    auto it = call.globalMatch(file.text);
    while (it.hasNext())
        found << finding(file, it.next().capturedStart(),
                         QStringLiteral("takes the database from the services; ask a use case "
                                        "in src/core/services for what the screen needs"));
    return found;
}

QStringList LayeringChecker::codeComparisons(const SourceFile& file)
{
    // The literal on either side of the operator, bare or wrapped in a Qt string type.
    static const QString wrapper = QStringLiteral(
        R"re((?:(?:QLatin1String|QLatin1StringView|QStringLiteral|QStringView|QString)\s*\(\s*)?)re");
    static const QRegularExpression after(QStringLiteral(R"re((==|!=)\s*)re") + wrapper +
                                          QStringLiteral(R"re(u?"([^"\\\n]*)")re"));
    static const QRegularExpression before(
        QStringLiteral(R"re(u?"([^"\\\n]*)"(?:_s|_L1)?\s*\)?\s*(==|!=)(?!=))re"));
    static const QRegularExpression code(
        QStringLiteral(R"re(^(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)*|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)$)re"));
    QMap<qsizetype, QString> byOffset; // one finding per comparison, in file order
    for (const auto& [re, group] : {std::pair{&after, 2}, std::pair{&before, 1}}) {
        auto it = re->globalMatch(file.text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString literal = m.captured(group);
            if (code.match(literal).hasMatch())
                byOffset.insert(m.capturedStart(group),
                                finding(file, m.capturedStart(group),
                                        QStringLiteral("compares the code \"%1\" as text; "
                                                       "compare the enum in src/core/domain")
                                            .arg(literal)));
        }
    }
    return byOffset.values();
}

QStringList LayeringChecker::sqlStatements(const SourceFile& file)
{
    static const QRegularExpression re(QStringLiteral(
        R"((?:QStringLiteral|QLatin1String|QLatin1StringView|QString::fromLatin1|QString::fromUtf8)\(\s*"\s*(SELECT|INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|PRAGMA)\b)"));
    QStringList found;
    auto it = re.globalMatch(file.text);
    while (it.hasNext()) {
        const auto m = it.next();
        found << finding(file, m.capturedStart(),
                         QStringLiteral("SQL (%1) outside src/core/data; put the statement in a "
                                        "repository there")
                             .arg(m.captured(1)));
    }
    return found;
}

QList<SourceFile> LayeringChecker::load(const QString& root, const QString& subdir)
{
    QList<SourceFile> files;
    const QDir rootDir(root);
    QDirIterator it(rootDir.filePath(subdir), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                    QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QString relative = rootDir.relativeFilePath(path);
        files.append({relative, QString::fromUtf8(f.readAll()), layerPath(relative)});
    }
    std::sort(files.begin(), files.end(),
              [](const SourceFile& a, const SourceFile& b) { return a.path < b.path; });
    return files;
}

} // namespace lac::test
