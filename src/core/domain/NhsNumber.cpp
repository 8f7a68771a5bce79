// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/NhsNumber.h"

#include <QCoreApplication>

namespace lac {

int NhsNumber::checkDigit(QStringView firstNine)
{
    if (firstNine.size() != 9)
        return -1;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const int d = firstNine.at(i).digitValue();
        if (d < 0)
            return -1;
        sum += d * (10 - i);
    }
    const int check = 11 - sum % 11;
    if (check == 11)
        return 0;
    return check == 10 ? -1 : check;
}

Result<NhsNumber> NhsNumber::parse(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            return Failure{tr("an NHS number has only digits (spaces and dashes are allowed)"),
                           tr("NHS number")};
    }
    if (digits.size() != 10)
        return Failure{tr("an NHS number has 10 digits; this has %1").arg(digits.size()),
                       tr("NHS number")};
    const int check = checkDigit(QStringView(digits).left(9));
    if (check < 0)
        return Failure{tr("no valid NHS number starts with these nine digits (check the number "
                          "on the paperwork)"),
                       tr("NHS number")};
    if (check != digits.at(9).digitValue())
        return Failure{tr("the last digit does not match the check digit (%1): one of the digits "
                          "is probably mistyped")
                           .arg(check),
                       tr("NHS number")};
    return NhsNumber(digits);
}

QString NhsNumber::formatted() const
{
    return format(m_digits);
}

QString NhsNumber::format(const QString& digits)
{
    if (digits.size() != 10)
        return digits;
    return digits.left(3) + QLatin1Char(' ') + digits.mid(3, 3) + QLatin1Char(' ') + digits.mid(6);
}

} // namespace lac
