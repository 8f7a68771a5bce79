// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/TimelinessReportCache.h"

#include <algorithm>

namespace lac {
namespace {

QDate monthOf(QDate d)
{
    return QDate(d.year(), d.month(), 1);
}

int monthsFrom(QDate first, QDate last)
{
    return (last.year() - first.year()) * 12 + last.month() - first.month() + 1;
}

} // namespace

TimelinessReportCache::TimelinessReportCache(const TimelinessReportService& service)
    : m_service(service)
{}

Result<TimelinessReport> TimelinessReportCache::report(const ReportRequest& request,
                                                       const UserContext& user) const
{
    const QDate first = monthOf(request.firstMonth);
    const QDate last = monthOf(request.lastMonth);
    if (last < first)
        return m_service.build(request, user); // the service says what is wrong
    if (!covers(request, user)) {
        auto built = m_service.build(widened(request, user), user);
        if (!built)
            return built.failure();
        adopt(std::move(built).value(), user);
    }
    return m_wide->slice(first, last);
}

bool TimelinessReportCache::covers(const ReportRequest& request, const UserContext& user) const
{
    return m_wide && m_wide->asOf == request.asOf && m_login == user.login &&
           m_wide->covers(monthOf(request.firstMonth), monthOf(request.lastMonth)) &&
           (m_wide->parts & request.parts) == request.parts;
}

ReportRequest TimelinessReportCache::widened(const ReportRequest& request,
                                             const UserContext& user) const
{
    const QDate first = monthOf(request.firstMonth);
    const QDate last = monthOf(request.lastMonth);
    const bool keep = m_wide && m_wide->asOf == request.asOf && m_login == user.login;
    // Months held, a part missing: only that part, for the months held.
    const ReportParts missing = keep ? request.parts & ~m_wide->parts : request.parts;
    if (keep && missing && last >= first && m_wide->covers(first, last))
        return ReportRequest{m_wide->firstMonth, m_wide->lastMonth, request.asOf, missing};
    const QDate thisMonth = monthOf(request.asOf);
    const int back = keep ? 119 : 11;
    QDate from = std::min(first, thisMonth.addMonths(-back));
    QDate to = std::max(last, thisMonth);
    if (keep) {
        from = std::min(from, m_wide->firstMonth);
        to = std::max(to, m_wide->lastMonth);
    }
    if (monthsFrom(from, to) > TimelinessReportService::maxMonths) {
        from = first;
        to = last;
    }
    // Parts already held are read again with the wider months, not lost.
    return ReportRequest{from, to, request.asOf,
                         request.parts | (keep ? m_wide->parts : ReportParts())};
}

void TimelinessReportCache::adopt(TimelinessReport wide, const UserContext& user) const
{
    if (!(wide.parts & ReportPart::Timeliness) && m_wide && m_wide->asOf == wide.asOf &&
        m_login == user.login && m_wide->firstMonth == wide.firstMonth &&
        m_wide->lastMonth == wide.lastMonth) {
        m_wide->takeExceptions(wide); // the part read later, added to the months held
        return;
    }
    m_wide = std::move(wide);
    m_login = user.login;
}

void TimelinessReportCache::clear() const
{
    m_wide.reset();
}

} // namespace lac
