// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <future>

class QThread;
class QTimer;

namespace lac {

class AppServices;
class MainWindow;

/// The two slow parts of a start, done after the window is up instead of before it, each on a
/// thread of its own with its own connection, so that the time to the window does not grow
/// with the caseload:
/// - the quick integrity check of the file (DatabaseStartup started it; every write waits for
///   it). If it finds damage, work stops with the same message as before — the program starts
///   again, checks first and offers the latest good backup — and nothing has been written;
/// - the first start of the day's backup (DailyBackup), begun two seconds after the window is
///   up, audited on the window's connection when it is made, with a warning if it could not be.
/// Closing the window waits for both to finish: a backup is never left half made (one not yet
/// begun is made at the next start).
class StartInBackground : public QObject
{
    Q_OBJECT

public:
    StartInBackground(AppServices& services, MainWindow& window, QString location,
                      std::shared_future<Status> check);
    ~StartInBackground() override;

    /// Watches the check, and starts the backup (if one is due) a little later.
    void start();
    /// Waits for the backup and the check (before the database closes).
    void finish();
    /// What "start again, checking first" does (tests watch it instead of a new process).
    void setRestart(std::function<void(const QString& location)> restart)
    {
        m_restart = std::move(restart);
    }

private:
    void checkDone();
    /// Audits the backup made; \a interactive: say so in the window (not while closing).
    void backupDone(bool interactive);

    AppServices& m_services;
    MainWindow& m_window;
    QString m_location;
    std::shared_future<Status> m_check;
    QTimer* m_poll = nullptr;
    void startBackup(const std::shared_future<Status>& check);

    /// How long after start() the backup begins.
    static constexpr int backupDelayMs = 2000;
    bool m_finished = false;
    QThread* m_backup = nullptr;
    QString m_backupTarget;
    Status m_backupResult;
    bool m_backupRecorded = false;
    std::function<void(const QString&)> m_restart;
};

} // namespace lac
