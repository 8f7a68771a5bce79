// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace lac {

/// File → Connect to team database…: choose between a database file on this computer and a
/// team's PostgreSQL server, as --db does. No password is asked for or kept here: libpq takes
/// it from .pgpass or the Windows sign-on, as IT sets up (docs/deployment.md).
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    /// Says what is wrong with a location (empty when it is usable): handed in by the
    /// composition root, since the rules for reading one live in the data layer.
    using Check = std::function<QString(const QString&)>;

    ConnectDialog(const QString& current, Check check, QWidget* parent = nullptr);

    /// The chosen location: a file path or a server connection.
    QString location() const;

    void accept() override;

private:
    void updateEnabled();

    Check m_check;
    QRadioButton* m_file = nullptr;
    QRadioButton* m_server = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_connection = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace lac
