// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/RecordCsv.h"

#include "import/CsvReader.h"

#include <QFile>

namespace lac {

RecordCsv::Row::Row(const QString& path, qint64 line, const QStringList& fields,
                    const CsvColumns& columns, QList<ImportProblem>& problems)
    : m_path(path)
    , m_line(line)
    , m_fields(fields)
    , m_columns(columns)
    , m_problems(problems)
{}

QString RecordCsv::Row::field(const QString& column) const
{
    return CsvColumns::field(m_fields, m_columns.indexOf(column));
}

void RecordCsv::Row::problem(const QString& column, const QString& reason) const
{
    m_problems << ImportProblem{m_path, m_line, column, field(column), reason};
}

Result<int> RecordCsv::read(const QString& path, const QStringList& required,
                            QList<ImportProblem>& problems,
                            const std::function<void(const Row&)>& each)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("cannot open the file (%1)").arg(file.errorString()), path};
    CsvReader reader(&file);
    QStringList fields;
    if (!reader.readRecord(fields))
        return Failure{reader.hasError() ? reader.errorMessage() : tr("the file is empty"), path};
    const CsvColumns columns(fields);
    if (const QStringList missing = columns.missing(required); !missing.isEmpty()) {
        problems << ImportProblem{
            path,
            1,
            missing.join(QStringLiteral(", ")),
            {},
            tr("missing; the file needs the columns %1").arg(required.join(QStringLiteral(", ")))};
        return 0;
    }
    int rows = 0;
    while (reader.readRecord(fields)) {
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // a blank line
        ++rows;
        each(Row(path, reader.recordLine(), fields, columns, problems));
    }
    if (reader.hasError())
        problems << ImportProblem{path, reader.errorLine(), {}, {}, reader.errorMessage()};
    return rows;
}

} // namespace lac
