// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "import/CsvColumns.h"
#include "import/ImportProblem.h"

#include <QCoreApplication>

#include <functional>

namespace lac {

/// Reads the CSV of an all-or-nothing import of one kind of record (immunisations, dental
/// checks…): checks the header has the required columns, hands each data row to the caller
/// and collects every problem as file:line: column: value: reason, so each kind of record
/// writes only what is its own (which columns, what makes a value wrong, what to store).
class RecordCsv
{
    Q_DECLARE_TR_FUNCTIONS(lac::RecordCsv)

public:
    /// One data row: its values by column name, and a way to say what is wrong with one.
    class Row
    {
    public:
        Row(const QString& path, qint64 line, const QStringList& fields, const CsvColumns& columns,
            QList<ImportProblem>& problems);
        /// The value of \a column, trimmed; empty when the file has no such column.
        QString field(const QString& column) const;
        /// Records a problem with \a column's value on this row.
        void problem(const QString& column, const QString& reason) const;
        qint64 line() const { return m_line; }

    private:
        const QString& m_path;
        qint64 m_line;
        const QStringList& m_fields;
        const CsvColumns& m_columns;
        QList<ImportProblem>& m_problems;
    };

    /// Reads \a path. Fails when the file cannot be opened or is empty; otherwise the number of
    /// data rows read, after calling \a each for every one that is not blank (unless a required
    /// column is missing: then that is the one problem, on line 1, and no row is read).
    static Result<int> read(const QString& path, const QStringList& required,
                            QList<ImportProblem>& problems,
                            const std::function<void(const Row&)>& each);
};

} // namespace lac
