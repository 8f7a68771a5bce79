// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace lac {

/// A child's NHS number: ten digits whose last is a Modulus 11 check digit. A value type so
/// that an invalid number can never reach the database, and so that display (3-3-4) and
/// storage (ten digits) are never confused.
class NhsNumber
{
    Q_DECLARE_TR_FUNCTIONS(lac::NhsNumber)

public:
    NhsNumber() = default;

    /// Accepts spaces and dashes between digits ("943 476 5919", "943-476-5919").
    /// The Failure says what is wrong: not ten digits, or a check digit that does not match.
    static Result<NhsNumber> parse(const QString& text);
    /// The Modulus 11 check digit for nine digits, or -1 when the sum gives 10 (no valid number).
    static int checkDigit(QStringView firstNine);

    bool isNull() const { return m_digits.isEmpty(); }
    QString digits() const { return m_digits; } ///< "9434765919"
    QString formatted() const;                  ///< "943 476 5919"
    /// 3-3-4 display of stored digits; other text is returned unchanged.
    static QString format(const QString& digits);

    friend bool operator==(const NhsNumber&, const NhsNumber&) = default;

private:
    explicit NhsNumber(QString digits)
        : m_digits(std::move(digits))
    {}
    QString m_digits;
};

} // namespace lac
