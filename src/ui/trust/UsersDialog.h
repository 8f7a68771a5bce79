// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace lac {

class UserAdministration;
class UserTableModel;

/// Tools > Users (administrators only): who may open this database and in which role. People
/// are added by their Windows sign-in name; leavers are deactivated, never deleted.
class UsersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UsersDialog(const UserAdministration& users, QWidget* parent = nullptr);

private:
    void reload(const QString& select = {});
    void showSelected();
    void saveSelected();
    void addUser();

    const UserAdministration& m_users;
    UserTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_selectedLogin = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_role = nullptr;
    QCheckBox* m_active = nullptr;
    QPushButton* m_save = nullptr;
    QLineEdit* m_newLogin = nullptr;
    QLineEdit* m_newName = nullptr;
    QComboBox* m_newRole = nullptr;
};

} // namespace lac
