// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ReportRequest.h"

namespace lac {

ReportRequest ReportRequest::lastCompleteQuarter(QDate today)
{
    const int quarterStartMonth = ((today.month() - 1) / 3) * 3 + 1;
    const QDate thisQuarter(today.year(), quarterStartMonth, 1);
    return {thisQuarter.addMonths(-3), thisQuarter.addMonths(-1), today};
}

ReportRequest ReportRequest::lastTwelveMonths(QDate today)
{
    const QDate thisMonth(today.year(), today.month(), 1);
    return {thisMonth.addMonths(-11), thisMonth, today};
}

} // namespace lac
