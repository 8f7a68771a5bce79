// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the data-access layer.

#include <QSqlDatabase>
#include <QString>

namespace lac {

/// A short-lived connection to a database file that is not (or cannot be) opened as a
/// Database: checking a possibly damaged file, reading a backup, copying a file that another
/// window has open. It never creates a file and never runs migrations.
class RawConnection
{
public:
    explicit RawConnection(const QString& path, bool readOnly = true);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase sql() const;
    QString errorText() const { return m_error; }

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

} // namespace lac
