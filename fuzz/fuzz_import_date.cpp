// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// libFuzzer target: ImportDate::parse, the date reader behind every imported due date.
// Oracle: a date it accepts is a real day from 1900 that prints back to the text it read.
#include "import/ImportDate.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDate d = lac::ImportDate::parse(text);
    if (!d.isValid())
        return 0;
    if (d.year() < 1900)
        std::abort();
    const QString trimmed = text.trimmed();
    if (trimmed != d.toString(Qt::ISODate) && trimmed != lac::ImportDate::display(d))
        std::abort(); // accepted something that is not exactly one of the two forms
    return 0;
}
