// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvColumns.h"

namespace lac {

CsvColumns::CsvColumns(const QStringList& names)
    : m_names(names)
{
    for (int i = 0; i < names.size(); ++i) {
        const QString key = names.at(i).trimmed().toUpper();
        if (!key.isEmpty() && !m_index.contains(key))
            m_index.insert(key, i);
    }
}

QStringList CsvColumns::missing(const QStringList& required) const
{
    QStringList result;
    for (const QString& name : required) {
        if (!has(name))
            result << name;
    }
    return result;
}

QString CsvColumns::field(const QStringList& fields, int index)
{
    if (index < 0 || index >= fields.size())
        return {};
    QString value = fields.at(index).trimmed();
    if (value.size() > 1 && value.at(0) == QLatin1Char('\'')) {
        const QChar next = value.at(1);
        if (next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-') ||
            next == QLatin1Char('@'))
            value.remove(0, 1);
    }
    return value;
}

} // namespace lac
