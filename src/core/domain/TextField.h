// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lac {

/// The limits every piece of typed or imported text must meet before it is saved.
///
/// Names come from many languages: quotes (O'Brien), right-to-left text and marks, combining
/// accents and emoji are all kept exactly as given. What is refused is what no person types
/// and what breaks files and screens: invalid UTF-16 (a lone surrogate), NUL and other control
/// characters (line breaks only where the field is multi-line), and text longer than the
/// field's limit, counted in characters (code points), not bytes.
class TextField
{
    Q_DECLARE_TR_FUNCTIONS(lac::TextField)

public:
    enum class Lines
    {
        Single,
        Multi,
    };

    static constexpr int NameMax = 100;  ///< given or family name, display name
    static constexpr int CodeMax = 40;   ///< case ID, UPN, login, codes
    static constexpr int ShortMax = 200; ///< venue, clinician, provider, summary lines
    static constexpr int NoteMax = 4000; ///< free-text notes

    /// Success, or a Failure naming \a label and what is wrong with \a value.
    static Status check(const QString& label, const QString& value, int maxCharacters,
                        Lines lines = Lines::Single);
    /// Characters as a person counts them (code points; a surrogate pair is one).
    static qsizetype characterCount(const QString& value);
};

} // namespace lac
