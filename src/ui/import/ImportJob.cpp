// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportJob.h"

#include "services/BackgroundImport.h"

#include <QPointer>

namespace lac {

ImportJob::ImportJob(QString databasePath, UserContext user, AssessmentPolicy policy,
                     const WorkingDayCalendar& calendar, QObject* parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_user(std::move(user))
    , m_policy(policy)
    , m_calendar(calendar)
{}

ImportJob::~ImportJob()
{
    stopAndWait();
}

bool ImportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ImportJob::cancel()
{
    m_cancel = true;
}

void ImportJob::stopAndWait()
{
    if (!m_thread)
        return;
    m_cancel = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

bool ImportJob::start(ImportRequest request)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = false;
    QPointer<ImportJob> self(this);
    request.cancel = &m_cancel;
    int lastPermille = -1;
    request.progress = [self, lastPermille](double fraction, const QString& what) mutable {
        const int permille = int(fraction * 1000);
        if (permille == lastPermille)
            return;
        lastPermille = permille;
        QMetaObject::invokeMethod(
            self,
            [self, permille, what] {
                if (self)
                    Q_EMIT self->progressed(permille, what);
            },
            Qt::QueuedConnection);
    };
    const QString path = m_path;
    const UserContext user = m_user;
    const AssessmentPolicy policy = m_policy;
    const WorkingDayCalendar calendar = m_calendar;
    m_thread = QThread::create([self, request, path, user, policy, calendar] {
        ImportReport report;
        QString failure;
        {
            auto result = importOnOwnConnection(path, user, policy, calendar, request);
            if (result)
                report = std::move(result).value();
            else
                failure = result.failure().text();
        }
        QMetaObject::invokeMethod(
            self,
            [self, report, failure] {
                if (self)
                    Q_EMIT self->finished(report, failure);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}

} // namespace lac
