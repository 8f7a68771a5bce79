// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

/// A note as a table cell: its first line, cut at \a width characters with "…" when longer
/// (a note may be pages long; a row must stay one line).
inline QString noteSummary(const QString& note, int width = 60)
{
    QString first = note.section(u'\n', 0, 0).simplified();
    const bool more = first.size() > width || note.trimmed().contains(u'\n');
    if (first.size() > width)
        first = first.left(width - 1).trimmed();
    return more ? first + QStringLiteral("…") : first;
}

/// The whole note as a tooltip that wraps (a plain-text tooltip is one line as wide as the
/// note), with its line breaks kept.
inline QString noteToolTip(const QString& note)
{
    if (note.trimmed().isEmpty())
        return {};
    return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(note.toHtmlEscaped());
}

} // namespace lac
