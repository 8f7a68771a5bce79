// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Every source, build, script, SQL and packaging file says who holds its copyright and under
// which licence, in the first lines, as SPDX tags (https://spdx.dev/learn/handling-license-info/).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

/// Files that must carry the tags: by name pattern anywhere, and everything in scripts/ and .ci/.
bool needsHeader(const QString& relativePath)
{
    static const QStringList suffixes{
        QStringLiteral(".cpp"), QStringLiteral(".h"),           QStringLiteral(".hpp"),
        QStringLiteral(".c"),   QStringLiteral(".cmake"),       QStringLiteral(".sh"),
        QStringLiteral(".sql"), QStringLiteral(".py"),          QStringLiteral(".desktop"),
        QStringLiteral(".qrc"), QStringLiteral(".metainfo.xml")};
    const QString name = relativePath.section(QLatin1Char('/'), -1);
    if (name == QLatin1String("CMakeLists.txt"))
        return true;
    if (relativePath.startsWith(QLatin1String(".ci/")) ||
        relativePath.startsWith(QLatin1String("scripts/")))
        return true;
    return std::any_of(suffixes.cbegin(), suffixes.cend(),
                       [&](const QString& s) { return name.endsWith(s); });
}

/// Why a file's first lines are not a proper header, or an empty string if they are.
QString headerProblem(const QByteArray& content)
{
    static const QStringList licences{QStringLiteral("GPL-3.0-or-later"), QStringLiteral("CC0-1.0"),
                                      QStringLiteral("MIT"), QStringLiteral("OGL-UK-3.0")};
    static const QRegularExpression licence(
        QStringLiteral(R"(SPDX-License-Identifier:\s*([A-Za-z0-9.+-]+))"));
    const QString head =
        QString::fromUtf8(content).section(QLatin1Char('\n'), 0, 9); // the first ten lines
    if (!head.contains(QLatin1String("SPDX-FileCopyrightText:")))
        return QStringLiteral("no SPDX-FileCopyrightText in the first ten lines");
    const auto m = licence.match(head);
    if (!m.hasMatch())
        return QStringLiteral("no SPDX-License-Identifier in the first ten lines");
    if (!licences.contains(m.captured(1)))
        return QStringLiteral("licence %1 is not one of %2")
            .arg(m.captured(1), licences.join(QStringLiteral(", ")));
    return {};
}

} // namespace

class tst_SpdxHeaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerRules_data();
    void headerRules();
    void everyFileHasAHeader();
};

void tst_SpdxHeaders::headerRules_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("ok");
    QTest::newRow("C++ header") << QByteArray("// SPDX-FileCopyrightText: 2026 X\n"
                                              "// SPDX-License-Identifier: GPL-3.0-or-later\n")
                                << true;
    QTest::newRow("XML comments") << QByteArray("<?xml version=\"1.0\"?>\n"
                                                "<!-- SPDX-FileCopyrightText: 2026 X -->\n"
                                                "<!-- SPDX-License-Identifier: CC0-1.0 -->\n")
                                  << true;
    QTest::newRow("no copyright") << QByteArray("// SPDX-License-Identifier: GPL-3.0-or-later\n")
                                  << false;
    QTest::newRow("no licence") << QByteArray("# SPDX-FileCopyrightText: 2026 X\n") << false;
    QTest::newRow("unexpected licence") << QByteArray("# SPDX-FileCopyrightText: 2026 X\n"
                                                      "# SPDX-License-Identifier: Proprietary\n")
                                        << false;
    QTest::newRow("too far down") << QByteArray(10, '\n') +
                                         QByteArray("// SPDX-FileCopyrightText: 2026 X\n"
                                                    "// SPDX-License-Identifier: MIT\n")
                                  << false;
}

void tst_SpdxHeaders::headerRules()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, ok);
    QCOMPARE(headerProblem(content).isEmpty(), ok);
}

void tst_SpdxHeaders::everyFileHasAHeader()
{
    const QDir root(QStringLiteral(LACHEALTH_SOURCE_DIR));
    QStringList findings;
    int checked = 0;
    const QStringList topLevel =
        root.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    QStringList folders;
    for (const QString& dir : topLevel) {
        // Hidden folders (.git, .cache) are not ours, except .ci; build folders are generated.
        const bool hidden = dir.startsWith(QLatin1Char('.')) && dir != QLatin1String(".ci");
        if (hidden || dir.startsWith(QLatin1String("build")) ||
            QFile::exists(root.filePath(dir + QStringLiteral("/CMakeCache.txt"))))
            continue;
        folders << dir;
    }
    QStringList files{QStringLiteral("CMakeLists.txt")};
    for (const QString& dir : std::as_const(folders)) {
        QDirIterator it(root.filePath(dir), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << root.relativeFilePath(it.next());
    }
    for (const QString& path : std::as_const(files)) {
        if (!needsHeader(path))
            continue;
        QFile file(root.filePath(path));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.read(4096);
        if (content.trimmed().isEmpty())
            continue; // an empty placeholder holds nothing to license
        ++checked;
        if (const QString problem = headerProblem(content); !problem.isEmpty())
            findings << QStringLiteral("%1:1: %2").arg(path, problem);
    }
    QVERIFY2(checked > 50, "the source tree was not found");
    findings.sort();
    QVERIFY2(findings.isEmpty(), qPrintable(QLatin1Char('\n') + findings.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_SpdxHeaders)
#include "tst_spdxheaders.moc"
