// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/UserAccount.h"

#include <QAbstractTableModel>
#include <QList>

namespace lac {

/// The users of one database for the administrator's Users dialog (a short list, held whole).
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Login,
        Name,
        Role,
        Status,
        ColumnCount
    };

    explicit UserTableModel(QObject* parent = nullptr);
    void setUsers(const QList<UserAccount>& users);
    const UserAccount& account(int row) const { return m_users.at(row); }
    /// The row of \a login, or -1.
    int rowOf(const QString& login) const;

    static QString roleName(UserRole role);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<UserAccount> m_users;
};

} // namespace lac
