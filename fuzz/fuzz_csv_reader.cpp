// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: CsvReader on arbitrary bytes (the SSDA903 and assessment files), in
// small and large buffers. Oracle: no crash, no hang, and progress is always made (the
// reader never reports the same offset twice).
#include "import/CsvReader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    lac::CsvReader reader(&buffer);
    QStringList fields;
    qint64 lastOffset = -1;
    int records = 0;
    while (reader.readRecord(fields)) {
        if (reader.recordOffset() <= lastOffset)
            std::abort();
        lastOffset = reader.recordOffset();
        if (++records > int(size) + 1)
            std::abort(); // more records than bytes: not making progress
    }
    if (reader.bytesRead() > qint64(size))
        std::abort();
    return 0;
}
