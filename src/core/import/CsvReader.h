// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QIODevice;

namespace lac {

/// Reads an RFC 4180 CSV file one record at a time, so that a million-row SSDA903 export is
/// never held in memory.
///
/// Written by hand because Qt has no CSV parser (QTextStream splits lines, which breaks on
/// quoted line breaks). Accepts UTF-8 with or without a byte-order mark, CRLF or LF line
/// endings, quoted fields holding commas, quotes ("") and line breaks. Blank lines and rows
/// whose fields are all empty (a spreadsheet's trailing ",,,,") are skipped. It refuses, with
/// the line where the trouble starts: a quote that never closes, text after a closing quote,
/// and content that is not CSV text at all (binary bytes such as a spreadsheet workbook saved
/// under a .csv name, or text that is not UTF-8).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(lac::CsvReader)

public:
    /// Reads from \a device, which must be open for reading and stay alive.
    explicit CsvReader(QIODevice* device);

    /// The next record into \a fields; false at the end of the file or on an error.
    bool readRecord(QStringList& fields);

    /// 1-based physical line on which the last record read starts.
    qint64 recordLine() const { return m_recordLine; }
    /// Byte offset in the device at which the last record read starts (to re-read it later).
    qint64 recordOffset() const { return m_recordOffset; }
    /// Bytes consumed so far, for progress.
    qint64 bytesRead() const { return m_consumed; }

    bool hasError() const { return !m_error.isEmpty(); }
    /// Why reading stopped, in plain words; empty at a clean end of file.
    QString errorMessage() const { return m_error; }
    /// The line the error refers to (e.g. where an unterminated quote opened).
    qint64 errorLine() const { return m_errorLine; }

    /// A single field written CSV-safe: quoted when it holds a comma, quote or line break.
    static QString quoted(const QString& field);

private:
    bool fill();
    int peekByte();
    int takeByte();
    bool fail(const QString& message, qint64 line);
    bool finishField(QByteArray& bytes, QStringList& fields);

    QIODevice* m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bufferStart = 0; ///< device offset of m_buffer[0]
    qint64 m_consumed = 0;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_recordOffset = 0;
    bool m_started = false;
    bool m_eof = false;
    QString m_error;
    qint64 m_errorLine = 0;
};

} // namespace lac
