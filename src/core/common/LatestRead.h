// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <utility>

namespace lac {

/// Reads on a worker thread for one view, handing back only the latest read's result, on the
/// view's thread. Why: a list read on the window's thread held the window for seconds at a
/// large caseload; each view then grew its own copy of the thread, the "overtaken by a later
/// read" check and the wait on close. Owned by the view (usually as its child), so nothing is
/// handed back once the view is gone; its destructor waits for reads still running, because
/// their connections must close before the database does.
class LatestRead : public QObject
{
    Q_OBJECT

public:
    explicit LatestRead(QObject* parent = nullptr);
    ~LatestRead() override;

    /// Runs \a read (no argument, returns a value) on a new low-priority thread, then calls
    /// \a done with its value on this object's thread, unless a later start() or drop()
    /// came first.
    template <typename Read, typename Done>
    void start(Read read, Done done)
    {
        const int asked = ++m_asked;
        QPointer<LatestRead> self(this);
        QThread* worker = QThread::create(
            [self, asked, read = std::move(read), done = std::move(done)]() mutable {
                auto value = read();
                QMetaObject::invokeMethod(
                    self,
                    [self, asked, value = std::move(value), done = std::move(done)] {
                        if (!self || asked != self->m_asked)
                            return; // overtaken by a later read, or dropped
                        self->m_answered = asked;
                        done(value);
                    },
                    Qt::QueuedConnection);
            });
        connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        m_workers.removeAll(nullptr);
        m_workers << worker;
        worker->start(QThread::LowPriority);
    }

    /// No read under way is wanted any more (the view shows something else now).
    void drop() { m_answered = ++m_asked; }
    /// Whether a read is under way whose result will be shown.
    bool waiting() const { return m_asked != m_answered; }

private:
    int m_asked = 0;    ///< reads started or dropped
    int m_answered = 0; ///< the last one handed back or dropped
    QList<QPointer<QThread>> m_workers;
};

} // namespace lac
