// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/UserContext.h"
#include "import/ImportReport.h"
#include "import/ImportRequest.h"
#include "rules/AssessmentPolicy.h"
#include "rules/WorkingDayCalendar.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace lac {

/// Runs one import (a dry-run preview or the real thing) on a worker thread, on its own
/// connection to the database file, so that the window stays responsive and a large file can
/// be cancelled.
///
/// Why a thread and not processEvents(): the import is one transaction that must not be
/// re-entered by the event loop (a second click, a close), and a worker with its own
/// connection keeps every Qt Sql object in the thread that created it. Nothing is committed
/// unless the run reaches its end: cancelling, closing the window or a crash part-way leaves
/// the database exactly as it was (SQLite rolls the transaction back).
class ImportJob : public QObject
{
    Q_OBJECT

public:
    /// \a calendar is copied: each thread gets its own.
    ImportJob(QString databasePath, UserContext user, AssessmentPolicy policy,
              const WorkingDayCalendar& calendar, QObject* parent = nullptr);
    ~ImportJob() override;

    /// Starts \a request on the worker thread; false if one is still running.
    bool start(ImportRequest request);
    bool isRunning() const;
    /// Asks the running import to stop; finished() follows with the cancel failure.
    void cancel();
    /// Cancels and waits for the thread (used when the window closes).
    void stopAndWait();

Q_SIGNALS:
    void progressed(int permille, const QString& what);
    /// On the GUI thread, once per start().
    void finished(const lac::ImportReport& report, const QString& failure);

private:
    QString m_path;
    UserContext m_user;
    AssessmentPolicy m_policy;
    WorkingDayCalendar m_calendar;
    std::atomic_bool m_cancel = false;
    QThread* m_thread = nullptr;
};

} // namespace lac
