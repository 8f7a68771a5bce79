// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace lac {

/// Writes RFC 4180 CSV that is safe to open in a spreadsheet.
///
/// Every export of this program goes through it, so that two rules hold everywhere: a cell
/// that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
/// return, or their full-width forms) gets a leading apostrophe, and any cell holding a
/// comma, quote or line break is quoted. Text is UTF-8, with a byte-order mark by default so
/// that Excel on Windows reads names with accents, right-to-left text and emoji correctly.
class CsvWriter
{
public:
    struct Options
    {
        bool byteOrderMark = true;
        bool neutraliseFormulas = true;
    };

    /// Writes to \a device, which must be open for writing and outlive the writer.
    CsvWriter(QIODevice& device, const Options& options);
    explicit CsvWriter(QIODevice& device)
        : CsvWriter(device, Options{})
    {}

    /// Writes one record, ended by CRLF. Returns false once the device has refused a write.
    bool writeRecord(const QStringList& cells);
    bool ok() const { return m_ok; }

    /// One cell as it will appear in the file (neutralised and quoted as needed).
    static QString encodeCell(const QString& cell, bool neutraliseFormulas = true);
    /// True when a spreadsheet would treat \a cell as a formula.
    static bool looksLikeFormula(const QString& cell);

private:
    QIODevice& m_device;
    Options m_options;
    bool m_ok = true;
    bool m_started = false;
};

} // namespace lac
