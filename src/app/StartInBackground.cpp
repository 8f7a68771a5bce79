// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartInBackground.h"

#include "MainWindow.h"
#include "services/AppServices.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QProcess>
#include <QStatusBar>
#include <QThread>
#include <QTimer>

#include <chrono>

namespace lac {

StartInBackground::StartInBackground(AppServices& services, MainWindow& window, QString location,
                                     std::shared_future<Status> check)
    : QObject(&window)
    , m_services(services)
    , m_window(window)
    , m_location(std::move(location))
    , m_check(std::move(check))
    , m_restart([](const QString& where) {
        QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                {QStringLiteral("--db"), where, QStringLiteral("--check-first")});
    })
{}

StartInBackground::~StartInBackground()
{
    finish();
}

void StartInBackground::start()
{
    m_backupTarget = m_services.dailyBackup().dueTarget(m_services.caseContext().today());
    // A while after the window is up: copying the file competed with the first painting and
    // the first figures for the PC's two cores, and made the first start of the day slower.
    // The check's future is taken now: checkDone() lets go of m_check when the check ends,
    // which may be before the backup begins.
    if (!m_backupTarget.isEmpty())
        QTimer::singleShot(backupDelayMs, this, [this, check = m_check] { startBackup(check); });
    if (m_check.valid()) {
        // A future cannot signal; a glance every 50 ms costs nothing.
        m_poll = new QTimer(this);
        m_poll->setInterval(50);
        connect(m_poll, &QTimer::timeout, this, [this] {
            if (m_check.wait_for(std::chrono::seconds(0)) == std::future_status::ready)
                checkDone();
        });
        m_poll->start();
    }
}

void StartInBackground::startBackup(const std::shared_future<Status>& check)
{
    if (m_finished)
        return; // closed first: the next start makes today's backup
    // After the check: a damaged file is not copied over the oldest good backup.
    m_backup = QThread::create([this, check, path = m_services.database().path(),
                                target = m_backupTarget, keep = m_services.dailyBackup().keep()] {
        if (check.valid())
            if (Status verdict = check.get(); !verdict) {
                m_backupResult = Failure{tr("the database is damaged, so it was not backed up: %1")
                                             .arg(verdict.failure().message),
                                         target};
                return;
            }
        m_backupResult = DailyBackup::writeAndRotate(path, target, keep);
    });
    connect(m_backup, &QThread::finished, this, [this] { backupDone(true); });
    m_backup->start(QThread::LowPriority);
}

void StartInBackground::finish()
{
    m_finished = true;
    if (m_backup) {
        m_backup->wait();
        // Closed before the backup was done: it is still recorded.
        backupDone(false);
        delete m_backup;
        m_backup = nullptr;
    }
    if (m_check.valid())
        m_check.wait();
}

void StartInBackground::checkDone()
{
    m_poll->stop();
    // Lets the held writes through, or keeps them refused for good.
    const Status verdict = m_services.database().writesAllowed();
    m_check = {};
    if (verdict)
        return;
    QMessageBox::critical(
        &m_window, tr("The database is damaged"),
        tr("<p>The check of <b>%1</b> found damage, so nothing more can be saved to it and "
           "nothing has been.</p><p>The program will start again, check the file and offer "
           "the latest good backup.</p>")
            .arg(QDir::toNativeSeparators(m_location).toHtmlEscaped()));
    m_restart(m_location);
    m_window.close();
}

void StartInBackground::backupDone(bool interactive)
{
    if (m_backupRecorded)
        return;
    m_backupRecorded = true;
    Status made = m_backupResult;
    if (made)
        made = m_services.dailyBackup().recordMade(m_backupTarget);
    if (!interactive)
        return;
    if (!made) {
        QMessageBox::warning(&m_window, tr("No backup today"), made.failure().text());
        return;
    }
    m_window.statusBar()->showMessage(
        tr("Today's backup is saved: %1").arg(QDir::toNativeSeparators(m_backupTarget)), 8000);
}

} // namespace lac
