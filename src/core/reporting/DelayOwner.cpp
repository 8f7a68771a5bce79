// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/DelayOwner.h"

#include <QCoreApplication>

namespace lac {
namespace {

struct Owner
{
    const char* code;
    const char* name;
};

constexpr Owner owners[] = {
    {"social_care", QT_TRANSLATE_NOOP("lac::DelayOwner", "Social care")},
    {"health", QT_TRANSLATE_NOOP("lac::DelayOwner", "Health")},
    {"host_health", QT_TRANSLATE_NOOP("lac::DelayOwner", "Host area health")},
    {"carer", QT_TRANSLATE_NOOP("lac::DelayOwner", "Carer")},
    {"child", QT_TRANSLATE_NOOP("lac::DelayOwner", "Child or young person")},
    {"other", QT_TRANSLATE_NOOP("lac::DelayOwner", "Other")},
    {"", QT_TRANSLATE_NOOP("lac::DelayOwner", "No reason recorded")},
};

} // namespace

QList<QString> DelayOwner::codes()
{
    QList<QString> list;
    for (const auto& o : owners)
        list << QString::fromLatin1(o.code);
    return list;
}

QString DelayOwner::displayName(const QString& code)
{
    for (const auto& o : owners) {
        if (code == QLatin1String(o.code))
            return tr(o.name);
    }
    return code;
}

} // namespace lac
