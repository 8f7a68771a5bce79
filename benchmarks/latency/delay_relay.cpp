// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_delay_relay LISTEN_PORT TARGET_HOST TARGET_PORT ROUND_TRIP_MS: accepts connections on
// 127.0.0.1:LISTEN_PORT and relays each to the target, holding every chunk read from either
// side for half of ROUND_TRIP_MS before writing it on, in order. A query that needs one round
// trip to the server therefore takes ROUND_TRIP_MS longer, as over a network with that
// latency; bandwidth is not limited. `tc netem` does the same in the kernel but needs a
// network namespace and root; this runs anywhere. Prints "ready" once listening.
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QQueue>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <cstdio>

namespace {

/// One direction of one connection: chunks in arrival order, each written once it is due.
class DelayedPipe : public QObject
{
public:
    DelayedPipe(QTcpSocket* from, QTcpSocket* to, qint64 delayNs, QObject* parent)
        : QObject(parent)
        , m_to(to)
        , m_delayNs(delayNs)
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &DelayedPipe::release);
        connect(from, &QTcpSocket::readyRead, this, [this, from] {
            m_queue.enqueue({m_clock.nsecsElapsed() + m_delayNs, from->readAll()});
            if (!m_timer.isActive())
                schedule();
        });
    }

private:
    struct Chunk
    {
        qint64 dueNs;
        QByteArray bytes;
    };

    void schedule()
    {
        if (m_queue.isEmpty())
            return;
        const qint64 waitNs = m_queue.head().dueNs - m_clock.nsecsElapsed();
        m_timer.start(waitNs <= 0 ? 0 : int((waitNs + 999'999) / 1'000'000));
    }
    void release()
    {
        const qint64 now = m_clock.nsecsElapsed();
        while (!m_queue.isEmpty() && m_queue.head().dueNs <= now) {
            if (m_to)
                m_to->write(m_queue.dequeue().bytes);
            else
                m_queue.dequeue();
        }
        schedule();
    }

    QPointer<QTcpSocket> m_to;
    qint64 m_delayNs;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QQueue<Chunk> m_queue;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 5) {
        std::fprintf(stderr, "usage: bench_delay_relay LISTEN_PORT TARGET_HOST TARGET_PORT "
                             "ROUND_TRIP_MS\n");
        return 2;
    }
    const auto listenPort = quint16(QByteArray(argv[1]).toUInt());
    const QString targetHost = QString::fromLocal8Bit(argv[2]);
    const auto targetPort = quint16(QByteArray(argv[3]).toUInt());
    const qint64 halfNs = qint64(QByteArray(argv[4]).toDouble() * 1e6 / 2);

    QTcpServer server;
    QObject::connect(&server, &QTcpServer::newConnection, [&] {
        while (QTcpSocket* client = server.nextPendingConnection()) {
            auto* upstream = new QTcpSocket(client);
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            new DelayedPipe(client, upstream, halfNs, client);
            new DelayedPipe(upstream, client, halfNs, client);
            // Bytes the client sends before the upstream connection is up wait in its buffer.
            QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(upstream, &QTcpSocket::disconnected, client,
                             [client] { client->disconnectFromHost(); });
            upstream->connectToHost(targetHost, targetPort);
        }
    });
    if (!server.listen(QHostAddress::LocalHost, listenPort)) {
        std::fprintf(stderr, "cannot listen on port %u: %s\n", unsigned(listenPort),
                     qPrintable(server.errorString()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
