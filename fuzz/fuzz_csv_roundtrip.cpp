// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: CsvWriter then CsvReader. The input is split into cells at 0x1F bytes and
// into records at 0x1E; every record written (formula neutralising off) must read back
// exactly, and with neutralising on no cell may start with a formula character.
#include "common/CsvWriter.h"
#include "import/CsvReader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

namespace {

bool readable(const QString& s)
{
    // The reader refuses binary content by design (NUL and most C0 controls); the writer is
    // only ever given text that passed TextField::check, which refuses them too.
    for (QChar c : s) {
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\r' && c != u'\t') || c.isSurrogate() ||
            c.unicode() == 0xFEFF)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<QStringList> records;
    for (const QByteArray& r : bytes.split('\x1E')) {
        QStringList cells;
        for (const QByteArray& c : r.split('\x1F'))
            cells << QString::fromUtf8(c);
        for (const QString& c : cells) {
            if (!readable(c))
                return 0;
        }
        // The reader skips records whose fields are all blank (a spreadsheet's ",,,,") and
        // reads CRLF inside a quoted field as LF, both by design (see CsvReader.h).
        bool allBlank = true;
        for (const QString& c : cells)
            allBlank = allBlank && c.trimmed().isEmpty();
        if (!allBlank)
            records << cells;
    }

    for (bool neutralise : {false, true}) {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        lac::CsvWriter writer(out, lac::CsvWriter::Options{true, neutralise});
        for (const QStringList& r : records)
            writer.writeRecord(r);
        QBuffer in;
        in.setData(out.data());
        in.open(QIODevice::ReadOnly);
        lac::CsvReader reader(&in);
        QStringList fields;
        qsizetype i = 0;
        while (reader.readRecord(fields)) {
            if (i >= records.size())
                std::abort();
            if (fields.size() != records.at(i).size())
                std::abort();
            for (qsizetype c = 0; c < fields.size(); ++c) {
                QString expected = records.at(i).at(c);
                expected.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
                if (!neutralise && fields.at(c) != expected)
                    std::abort();
                if (neutralise && lac::CsvWriter::looksLikeFormula(fields.at(c)))
                    std::abort();
            }
            ++i;
        }
        if (reader.hasError() || i != records.size())
            std::abort();
    }
    return 0;
}
