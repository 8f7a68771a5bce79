// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ReportLoader.h"

#include <QThread>

namespace lac {

ReportLoader::ReportLoader(const TimelinessReportCache& cache, BuildElsewhere elsewhere,
                           QObject* parent)
    : QObject(parent)
    , m_cache(cache)
    , m_elsewhere(std::move(elsewhere))
{}

ReportLoader::~ReportLoader()
{
    ++m_generation;
    if (m_worker)
        m_worker->wait();
}

bool ReportLoader::holds(const ReportRequest& request, const UserContext& user) const
{
    return m_cache.covers(request, user);
}

void ReportLoader::request(const ReportRequest& request, const UserContext& user, QObject* context,
                           Ready ready)
{
    Waiting w{request, user, context, std::move(ready)};
    if (!m_elsewhere || request.lastMonth < request.firstMonth || m_cache.covers(request, user)) {
        answer(w);
        return;
    }
    m_waiting << w;
    if (!m_worker)
        start(request, user);
}

void ReportLoader::clear()
{
    ++m_generation; // a build under way is now out of date: its result is dropped
    m_cache.clear();
    m_aheadFor.clear();
    // Those waiting get fresh figures once a build under way has ended (arrived()).
    Q_EMIT cleared();
}

void ReportLoader::answer(const Waiting& w)
{
    if (!w.context)
        return;
    w.ready(m_cache.report(w.request, w.user));
}

void ReportLoader::start(const ReportRequest& asked, const UserContext& user)
{
    const ReportRequest months = m_cache.widened(asked, user); // what report() would build
    const int generation = m_generation;
    QPointer<ReportLoader> self(this);
    m_worker = QThread::create([self, generation, user, months, build = m_elsewhere] {
        const Result<TimelinessReport> report = build(months, user);
        QMetaObject::invokeMethod(
            self,
            [self, generation, user, report] {
                if (self)
                    self->arrived(generation, user, report);
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start(QThread::LowPriority);
}

void ReportLoader::arrived(int generation, const UserContext& user,
                           const Result<TimelinessReport>& report)
{
    m_worker = nullptr;
    if (generation != m_generation) { // cleared meanwhile: build again for those waiting
        if (!m_waiting.isEmpty() && !m_worker)
            start(m_waiting.first().request, m_waiting.first().user);
        Q_EMIT built();
        return;
    }
    if (report)
        m_cache.adopt(report.value(), user);
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& w : waiting) {
        if (!report) {
            if (w.context)
                w.ready(report.failure());
        } else if (m_cache.covers(w.request, w.user)) {
            answer(w);
        } else {
            m_waiting << w; // asked for other months (or as someone else) meanwhile
        }
    }
    // A callback may have asked for months not held, and started a build for them already.
    if (!m_worker && !m_waiting.isEmpty())
        start(m_waiting.first().request, m_waiting.first().user);
    else if (!m_worker && report)
        workAhead(report.value(), user);
    Q_EMIT built();
}

void ReportLoader::workAhead(const TimelinessReport& opening, const UserContext& user)
{
    // The last ten years, ahead of the charts' first move outside the opening months: once a
    // day and user, as a request just before the months held widens to ten years.
    const QString key = user.login + opening.asOf.toString(Qt::ISODate);
    if (m_aheadFor == key)
        return;
    m_aheadFor = key;
    const ReportRequest before{opening.firstMonth.addMonths(-1), opening.lastMonth, opening.asOf};
    if (!m_cache.covers(before, user))
        start(before, user);
}

} // namespace lac
