// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/TextField.h"

namespace lac {

qsizetype TextField::characterCount(const QString& value)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i).isHighSurrogate() && i + 1 < value.size() &&
            value.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

Status TextField::check(const QString& label, const QString& value, int maxCharacters, Lines lines)
{
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c.isHighSurrogate()) {
            if (i + 1 < value.size() && value.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            return Failure{
                tr("contains a broken character (invalid Unicode) at position %1").arg(i + 1),
                label};
        }
        if (c.isLowSurrogate())
            return Failure{
                tr("contains a broken character (invalid Unicode) at position %1").arg(i + 1),
                label};
        const char16_t u = c.unicode();
        const bool lineBreak = u == u'\n' || u == u'\r';
        if (lineBreak && lines == Lines::Multi)
            continue;
        if (u == u'\t' && lines == Lines::Multi)
            continue;
        if (u < 0x20 || (u >= 0x7F && u <= 0x9F)) {
            return Failure{lineBreak ? tr("must be on one line")
                                     : tr("contains a control character (code %1) at position %2")
                                           .arg(int(u))
                                           .arg(i + 1),
                           label};
        }
    }
    const qsizetype n = characterCount(value);
    if (n > maxCharacters)
        return Failure{
            tr("is %1 characters long; at most %2 are allowed").arg(n).arg(maxCharacters), label};
    return {};
}

} // namespace lac
