// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/TimelinessReportCache.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>

namespace lac {

/// Hands the views that show the shared report (the overview, its charts, the charts tab)
/// their months without making the window wait: months the cache already holds come at once;
/// others are built on another thread with a connection of its own, and every view waiting
/// is called back on the window's thread when they arrive. After the first report the last
/// ten years are worked out ahead on that thread, so the charts' first move outside the
/// opening months is a slice, not a query. One build at a time: views asking together share it.
///
/// Without a way to build elsewhere (tests, a database with no file of its own) the cache
/// builds on the calling thread and the callback comes before request() returns.
class ReportLoader : public QObject
{
    Q_OBJECT

public:
    /// Builds a report on another thread (opening its own connection); called there.
    using BuildElsewhere =
        std::function<Result<TimelinessReport>(const ReportRequest&, const UserContext&)>;
    using Ready = std::function<void(const Result<TimelinessReport>&)>;

    /// \a cache must outlive the loader; \a elsewhere may be empty.
    ReportLoader(const TimelinessReportCache& cache, BuildElsewhere elsewhere,
                 QObject* parent = nullptr);
    /// Waits for a build in progress (its result is dropped).
    ~ReportLoader() override;

    /// Calls \a ready with the report of \a request's months for \a user: at once when the
    /// cache holds them, otherwise when they have been built. Nothing is called once
    /// \a context is destroyed.
    void request(const ReportRequest& request, const UserContext& user, QObject* context,
                 Ready ready);
    /// Whether request() would answer at once.
    bool holds(const ReportRequest& request, const UserContext& user) const;
    /// Whether a build is under way on the other thread.
    bool building() const { return m_worker != nullptr; }
    /// Forgets the kept report and any build under way (the data or the settings changed).
    void clear();

Q_SIGNALS:
    /// A build on the other thread ended (for tests and benchmarks that wait for it).
    void built();
    /// The kept report was forgotten: views showing figures draw them again (when shown).
    void cleared();

private:
    struct Waiting
    {
        ReportRequest request;
        UserContext user;
        QPointer<QObject> context;
        Ready ready;
    };
    /// Builds on the other thread the months the cache would build for \a asked.
    void start(const ReportRequest& asked, const UserContext& user);
    void arrived(int generation, const UserContext& user, const Result<TimelinessReport>& report);
    void answer(const Waiting& w);
    void workAhead(const TimelinessReport& opening, const UserContext& user);

    const TimelinessReportCache& m_cache;
    BuildElsewhere m_elsewhere;
    QList<Waiting> m_waiting;
    QPointer<QThread> m_worker;
    int m_generation = 0;
    QString m_aheadFor; ///< the user and day the ten years ahead were asked for
};

} // namespace lac
