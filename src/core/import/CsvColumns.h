// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QStringList>

namespace lac {

/// The column names of an import file and access to a record's fields by name. Names match
/// case-insensitively and ignore surrounding spaces; unknown extra columns are ignored, so a
/// newer export with more columns still imports.
class CsvColumns
{
public:
    CsvColumns() = default;
    explicit CsvColumns(const QStringList& names);

    /// Index of \a name, or -1 when the file has no such column.
    int indexOf(const QString& name) const { return m_index.value(name.toUpper(), -1); }
    bool has(const QString& name) const { return m_index.contains(name.toUpper()); }
    /// The required names this file lacks.
    QStringList missing(const QStringList& required) const;
    qsizetype count() const { return m_names.size(); }

    /// The trimmed field at \a index ("" when the record is short or index is -1). A leading
    /// apostrophe that our own rejected-rows file added to stop a spreadsheet running a
    /// formula (='...', '+..., '-..., '@...) is removed again.
    static QString field(const QStringList& fields, int index);

private:
    QStringList m_names;
    QHash<QString, int> m_index;
};

} // namespace lac
