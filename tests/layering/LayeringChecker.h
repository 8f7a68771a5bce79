// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lac::test {

/// One source file as the checks see it: its path relative to the source root and its text.
struct SourceFile
{
    QString path;
    QString text;
    /// Where the layering puts it: its path, except that a feature folder's file
    /// (src/features/NAME/core|data|models|ui/...) counts as if it sat in that layer.
    QString layerPath = path;
};

/// Finds the #include lines and SQL strings that break the dependency rule
/// (app -> ui -> models -> core; SQL only in src/core/data). The target graph already turns
/// most breaches into compile errors; this names the file and line, and also catches what the
/// compiler cannot: Qt Sql or SQL text in core's services, Charts outside ui/charts, an include
/// of a higher layer's header through a relative path. Each finding is "path:line: message".
class LayeringChecker
{
public:
    /// Layers from the bottom up; a file may include its own layer and the layers below.
    static const QStringList& layers();
    /// The layer path of \a path (see SourceFile::layerPath).
    static QString layerPath(const QString& path);

    /// headerModules maps a header name (QColor, qcolor.h) to the Qt modules that ship it.
    explicit LayeringChecker(QHash<QString, QStringList> headerModules);

    /// Reads the header names of the given Qt modules from Qt's include directory.
    static QHash<QString, QStringList> installedQtHeaders(const QStringList& modules);

    /// Includes of a header that only forbiddenModules provide.
    QStringList forbiddenQtIncludes(const SourceFile& file,
                                    const QSet<QString>& forbiddenModules) const;

    /// Quoted includes that resolve to a header of a higher layer (existing: every source path).
    QStringList upwardIncludes(const SourceFile& file, const QSet<QString>& existing) const;

    /// Includes of a data-layer header ("data/..." or <data/...>, or a relative path into
    /// src/core/data). Screens and models read through services, which check the role; a
    /// repository included above core would let them skip that check.
    static QStringList dataLayerIncludes(const SourceFile& file);
    /// Each call that takes the open database from the services (`.database()`), which a
    /// screen must never do: it would read past the role checks in the services.
    static QStringList databaseHandles(const SourceFile& file);

    /// Comparisons (== or !=) with a string literal that looks like a stored code: one
    /// lower-case word or snake_case ("booked", "not_required") or an upper-case code ("IN",
    /// "RHA"). Screens and rules compare the enums in core/domain; text codes belong to the
    /// data layer. Literals with spaces, dots or mixed case (what a person reads) pass.
    static QStringList codeComparisons(const SourceFile& file);

    /// String literals that start with an SQL statement keyword (QStringLiteral("SELECT ...").
    static QStringList sqlStatements(const SourceFile& file);

    /// Loads every .h/.cpp under root/subdir, paths relative to root.
    static QList<SourceFile> load(const QString& root, const QString& subdir);

private:
    QHash<QString, QStringList> m_headerModules;
};

} // namespace lac::test
