// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PagedTableModel.h"

#include <QColor>

namespace lac {

void PagedTableModel::fetchAll()
{
    while (canFetchMore({}))
        fetchMore({});
}

QVariant PagedTableModel::ragBrush(RagRating::Rating r, int role)
{
    const bool bg = role == Qt::BackgroundRole;
    switch (r) {
    case RagRating::Red:
        return bg ? QBrush(QColor(0xf8, 0xd7, 0xda)) : QBrush(QColor(0x84, 0x20, 0x29));
    case RagRating::Amber:
        return bg ? QBrush(QColor(0xff, 0xf3, 0xcd)) : QBrush(QColor(0x66, 0x4d, 0x03));
    case RagRating::Green:
        return bg ? QBrush(QColor(0xd1, 0xe7, 0xdd)) : QBrush(QColor(0x0f, 0x51, 0x32));
    case RagRating::None:
        break;
    }
    return {};
}

} // namespace lac
