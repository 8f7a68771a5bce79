// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvReader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace lac {
namespace {

constexpr qint64 chunkSize = 64 * 1024;
// A field longer than this is almost certainly an unterminated quote swallowing the file.
constexpr qsizetype maxFieldBytes = 1024 * 1024;

bool isAscii(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

} // namespace

CsvReader::CsvReader(QIODevice* device)
    : m_device(device)
{}

bool CsvReader::fill()
{
    if (m_pos < m_buffer.size())
        return true;
    if (m_eof)
        return false;
    m_bufferStart += m_buffer.size();
    m_buffer = m_device->read(chunkSize);
    m_pos = 0;
    if (m_buffer.isEmpty()) {
        m_eof = true;
        return false;
    }
    return true;
}

int CsvReader::peekByte()
{
    if (!fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int CsvReader::takeByte()
{
    const int c = peekByte();
    if (c >= 0)
        ++m_pos;
    return c;
}

bool CsvReader::fail(const QString& message, qint64 line)
{
    m_error = message;
    m_errorLine = line;
    m_eof = true;
    m_buffer.clear();
    m_pos = 0;
    return false;
}

bool CsvReader::finishField(QByteArray& bytes, QStringList& fields)
{
    if (isAscii(bytes)) {
        fields << QString::fromLatin1(bytes);
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = decoder(bytes);
        if (decoder.hasError())
            return fail(tr("this is not UTF-8 text (save the file as \"CSV UTF-8\")"), m_line);
        fields << text;
    }
    bytes.clear();
    return true;
}

bool CsvReader::readRecord(QStringList& fields)
{
    fields.clear();
    if (hasError())
        return false;
    if (!m_started) {
        m_started = true;
        if (!fill())
            return false;
        // Binary content (a workbook, a zip, an image) has NUL bytes or a zip signature early.
        const QByteArray head = m_buffer.left(4096);
        if (head.contains('\0') || head.startsWith("PK\x03\x04"))
            return fail(tr("this is not a CSV file at all (it holds binary data; if it is a "
                           "spreadsheet, save it as \"CSV UTF-8\")"),
                        1);
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }

    QByteArray field;
    for (;;) {
        if (peekByte() < 0)
            return false;
        m_recordLine = m_line;
        m_recordOffset = m_bufferStart + m_pos;
        bool endOfRecord = false;
        while (!endOfRecord) {
            int c = peekByte();
            if (c == '"') {
                takeByte();
                const qint64 quoteLine = m_line;
                for (;;) {
                    c = takeByte();
                    if (c < 0)
                        return fail(tr("unterminated quote: the quoted field that starts on this "
                                       "line never ends"),
                                    quoteLine);
                    if (c == '"') {
                        if (peekByte() == '"') {
                            takeByte();
                            field += '"';
                            continue;
                        }
                        break;
                    }
                    if (c == '\r' && peekByte() == '\n')
                        continue; // CRLF inside quotes becomes LF
                    if (c == '\n')
                        ++m_line;
                    field += char(c);
                    if (field.size() > maxFieldBytes)
                        return fail(tr("unterminated quote: the quoted field that starts on this "
                                       "line runs on for over a megabyte"),
                                    quoteLine);
                }
                c = peekByte();
                if (c != ',' && c != '\r' && c != '\n' && c >= 0)
                    return fail(tr("unexpected text after a closing quote (a quote inside a "
                                   "quoted field must be doubled: \"\")"),
                                m_line);
            } else {
                // Unquoted: copy up to the next comma or line end in one go.
                for (;;) {
                    if (!fill())
                        break;
                    const char* data = m_buffer.constData();
                    const qsizetype size = m_buffer.size();
                    qsizetype end = m_pos;
                    while (end < size && data[end] != ',' && data[end] != '\n' && data[end] != '\r')
                        ++end;
                    field.append(data + m_pos, end - m_pos);
                    m_pos = end;
                    if (end < size)
                        break;
                    if (field.size() > maxFieldBytes)
                        return fail(tr("a line runs on for over a megabyte: this is not a CSV "
                                       "file"),
                                    m_line);
                }
            }
            if (!finishField(field, fields))
                return false;
            c = takeByte();
            if (c == ',')
                continue;
            if (c == '\r' && peekByte() == '\n')
                takeByte();
            if (c == '\r' || c == '\n')
                ++m_line;
            endOfRecord = true;
        }
        bool blank = true;
        for (const QString& f : fields) {
            if (!f.trimmed().isEmpty()) {
                blank = false;
                break;
            }
        }
        if (!blank)
            return true;
        fields.clear();
    }
}

QString CsvReader::quoted(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString q = field;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace lac
