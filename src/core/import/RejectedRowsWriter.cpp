// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/RejectedRowsWriter.h"

#include "data/ImportStaging.h"
#include "import/CsvReader.h"

#include <QFile>
#include <QSaveFile>

namespace lac {
namespace {

QByteArray csvLine(const QStringList& fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& f : fields)
        cells << CsvReader::quoted(RejectedRowsWriter::spreadsheetSafe(f));
    return cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

} // namespace

RejectedRowsWriter::RejectedRowsWriter(const ImportStaging& staging)
    : m_staging(staging)
{}

QString RejectedRowsWriter::spreadsheetSafe(const QString& cell)
{
    if (!cell.isEmpty()) {
        const QChar c = cell.at(0);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') ||
            c == QLatin1Char('@'))
            return QLatin1Char('\'') + cell;
    }
    return cell;
}

Result<qint64> RejectedRowsWriter::write(const QString& source, const QString& target,
                                         bool always) const
{
    auto first = m_staging.rejectedRows(source, 0, 1);
    if (!first)
        return first.failure();
    if (first.value().isEmpty() && !always)
        return qint64(0);

    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Failure{tr("cannot read the file again to copy its rejected rows"), source};
    QStringList columns;
    {
        CsvReader reader(&in);
        reader.readRecord(columns);
    }
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return Failure{tr("cannot write the rejected rows (%1)").arg(out.errorString()), target};
    out.write("\xEF\xBB\xBF"); // so that Excel reads it as UTF-8
    const int columnCount = int(columns.size());
    out.write(csvLine(columns << QStringLiteral("problem")));

    qint64 written = 0;
    qint64 after = 0;
    for (;;) {
        auto rows = m_staging.rejectedRows(source, after, 1000);
        if (!rows)
            return rows.failure();
        if (rows.value().isEmpty())
            break;
        for (const RejectedRow& r : rows.value()) {
            QStringList fields;
            if (in.seek(r.offset)) {
                CsvReader reader(&in);
                reader.readRecord(fields);
            }
            fields.resize(columnCount); // unnamed extra cells are ignored on import anyway
            fields << r.reason;
            out.write(csvLine(fields));
            ++written;
            after = r.line;
        }
    }
    if (!out.commit())
        return Failure{tr("cannot write the rejected rows (%1)").arg(out.errorString()), target};
    return written;
}

} // namespace lac
