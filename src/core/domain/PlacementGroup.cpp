// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/PlacementGroup.h"

#include <QCoreApplication>

namespace lac {
namespace {

struct Group
{
    const char* code;
    const char* name;
};

constexpr Group groups[] = {
    {"foster_relatives",
     QT_TRANSLATE_NOOP("lac::PlacementGroup", "Foster with relatives or friends")},
    {"foster_other", QT_TRANSLATE_NOOP("lac::PlacementGroup", "Foster with other carers")},
    {"adoption", QT_TRANSLATE_NOOP("lac::PlacementGroup", "Placed for adoption")},
    {"with_parents", QT_TRANSLATE_NOOP("lac::PlacementGroup", "Placed with parents")},
    {"homes_secure", QT_TRANSLATE_NOOP("lac::PlacementGroup", "Children's homes and secure units")},
    {"supported_independent",
     QT_TRANSLATE_NOOP("lac::PlacementGroup", "Supported / independent living")},
    {"other_residential", QT_TRANSLATE_NOOP("lac::PlacementGroup", "Other residential")},
    {"temporary", QT_TRANSLATE_NOOP("lac::PlacementGroup", "Temporary")},
    {"other", QT_TRANSLATE_NOOP("lac::PlacementGroup", "Other")},
};

} // namespace

QList<QString> PlacementGroup::codes()
{
    QList<QString> list;
    for (const auto& g : groups)
        list << QString::fromLatin1(g.code);
    return list;
}

QString PlacementGroup::displayName(const QString& code)
{
    for (const auto& g : groups) {
        if (code == QLatin1String(g.code))
            return tr(g.name);
    }
    return code;
}

} // namespace lac
