// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ReportIndicator.h"

#include <QCoreApplication>

namespace lac {
namespace {

struct IndicatorText
{
    const char* code;
    const char* label;
};

constexpr IndicatorText texts[reportIndicatorCount] = {
    {"entered_care", QT_TRANSLATE_NOOP("lac::ReportIndicator", "Children who entered care")},
    {"iha_due", QT_TRANSLATE_NOOP("lac::ReportIndicator", "IHAs due (children who entered care)")},
    {"iha_in_time", QT_TRANSLATE_NOOP("lac::ReportIndicator", "IHAs completed in time")},
    {"iha_late", QT_TRANSLATE_NOOP("lac::ReportIndicator", "IHAs late")},
    {"iha_pending", QT_TRANSLATE_NOOP("lac::ReportIndicator", "IHAs not yet due")},
    {"iha_requests_in_time",
     QT_TRANSLATE_NOOP("lac::ReportIndicator", "IHA requests sent within the standard")},
    {"rha_due", QT_TRANSLATE_NOOP("lac::ReportIndicator", "RHAs due in the month")},
    {"rha_in_time", QT_TRANSLATE_NOOP("lac::ReportIndicator", "RHAs completed in time")},
    {"rha_late", QT_TRANSLATE_NOOP("lac::ReportIndicator", "RHAs late")},
    {"rha_pending", QT_TRANSLATE_NOOP("lac::ReportIndicator", "RHAs not yet due")},
};

} // namespace

QList<ReportIndicator> allReportIndicators()
{
    QList<ReportIndicator> all;
    for (int i = 0; i < reportIndicatorCount; ++i)
        all << ReportIndicator(i);
    return all;
}

QString indicatorCode(ReportIndicator indicator)
{
    return QString::fromLatin1(texts[int(indicator)].code);
}

QString indicatorLabel(ReportIndicator indicator)
{
    return QCoreApplication::translate("lac::ReportIndicator", texts[int(indicator)].label);
}

} // namespace lac
