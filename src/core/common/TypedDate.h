// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringView>

namespace lac {

/// A date as a person types it into a form: d/m/yyyy or dd/mm/yyyy with '/', '.' or '-',
/// eight digits ddmmyyyy, or ISO yyyy-mm-dd. Taken exactly as typed or refused with the
/// reason — never "corrected": a date of birth or a completion date quietly changed moves
/// every due date after it.
class TypedDate
{
    Q_DECLARE_TR_FUNCTIONS(lac::TypedDate)

public:
    /// The date, or why \a text is not one (empty text: "enter the date as dd/mm/yyyy").
    static Result<QDate> parse(QStringView text);
};

} // namespace lac
