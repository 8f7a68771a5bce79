// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/CsvWriter.h"

#include <QIODevice>

namespace lac {

CsvWriter::CsvWriter(QIODevice& device, const Options& options)
    : m_device(device)
    , m_options(options)
{}

bool CsvWriter::looksLikeFormula(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case 0xFF1D: // full-width = + - @, which some spreadsheets also accept
    case 0xFF0B:
    case 0xFF0D:
    case 0xFF20:
        return true;
    default:
        return false;
    }
}

QString CsvWriter::encodeCell(const QString& cell, bool neutraliseFormulas)
{
    QString text = cell;
    if (neutraliseFormulas && looksLikeFormula(text))
        text.prepend(QLatin1Char('\''));
    const bool needsQuotes = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                             text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                             text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!needsQuotes)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

bool CsvWriter::writeRecord(const QStringList& cells)
{
    if (!m_ok)
        return false;
    QByteArray bytes;
    if (!m_started && m_options.byteOrderMark)
        bytes += "\xEF\xBB\xBF";
    m_started = true;
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += encodeCell(cells.at(i), m_options.neutraliseFormulas);
    }
    bytes += line.toUtf8();
    bytes += "\r\n";
    m_ok = m_device.write(bytes) == bytes.size();
    return m_ok;
}

} // namespace lac
