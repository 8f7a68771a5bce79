// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>

#include <initializer_list>
#include <utility>

namespace lac::codetable {

// Two-way tables between an enum and its stored text code, for the *Code / *FromCode functions
// in this folder: each code is spelled once, in one table, and read and written by it.

template <typename E>
using CodeTable = std::initializer_list<std::pair<E, const char*>>;

/// The enumerator whose code is \a code, else \a otherwise.
template <typename E>
E lookUp(CodeTable<E> table, const QString& code, E otherwise)
{
    for (const auto& [value, text] : table)
        if (code == QLatin1String(text))
            return value;
    return otherwise;
}

/// The code of \a value in \a table; empty for a value the table does not name.
template <typename E>
QString codeOf(CodeTable<E> table, E value)
{
    for (const auto& [v, text] : table)
        if (v == value)
            return QString::fromLatin1(text);
    return {};
}

} // namespace lac::codetable
