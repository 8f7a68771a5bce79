// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/UserTableModel.h"

#include <QBrush>
#include <QPalette>

namespace lac {

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void UserTableModel::setUsers(const QList<UserAccount>& users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UserTableModel::rowOf(const QString& login) const
{
    for (int i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).login == login)
            return i;
    }
    return -1;
}

QString UserTableModel::roleName(UserRole role)
{
    switch (role) {
    case UserRole::Administrator:
        return tr("Administrator");
    case UserRole::HealthAdmin:
        return tr("Health admin");
    case UserRole::DesignatedNurse:
        return tr("Designated nurse");
    case UserRole::Viewer:
        return tr("Viewer");
    }
    return {};
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserAccount& a = m_users.at(index.row());
    if (role == Qt::ForegroundRole && !a.active)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Login:
        return a.login;
    case Name:
        return a.displayName;
    case Role:
        return roleName(a.role);
    case Status:
        return a.active ? tr("Active") : tr("Deactivated");
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Login:
        return tr("Sign-in name");
    case Name:
        return tr("Name");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace lac
