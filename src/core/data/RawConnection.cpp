// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/RawConnection.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>

namespace lac {

RawConnection::RawConnection(const QString& path, bool readOnly)
{
    static QAtomicInteger<int> counter;
    m_name = QStringLiteral("lachealth-raw-%1").arg(counter.fetchAndAddRelaxed(1));
    if (!QFileInfo(path).isFile()) {
        m_error = QStringLiteral("no such file");
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    m_open = db.open();
    if (!m_open)
        m_error = db.lastError().text();
}

RawConnection::~RawConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

QSqlDatabase RawConnection::sql() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace lac
