// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/UsersDialog.h"

#include "domain/TextField.h"
#include "security/UserAdministration.h"
#include "trust/UserTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace lac {
namespace {

QComboBox* roleCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    for (UserRole r : {UserRole::Viewer, UserRole::DesignatedNurse, UserRole::HealthAdmin,
                       UserRole::Administrator})
        combo->addItem(UserTableModel::roleName(r), int(r));
    return combo;
}

} // namespace

UsersDialog::UsersDialog(const UserAdministration& users, QWidget* parent)
    : QDialog(parent)
    , m_users(users)
{
    setWindowTitle(tr("Users"));
    m_model = new UserTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Users of this database"));

    auto* intro = new QLabel(
        tr("People sign in with their Windows account. <b>Viewer</b>: read and reports. "
           "<b>Designated nurse</b>: also clinical-need flags, doctor-review sign-off and the "
           "audit "
           "trail. <b>Health admin</b>: all case work, imports and backups. <b>Administrator</b>: "
           "everything, including settings and users."),
        this);
    intro->setWordWrap(true);

    auto* edit = new QGroupBox(tr("Selected user"), this);
    m_selectedLogin = new QLabel(edit);
    m_name = new QLineEdit(edit);
    m_name->setMaxLength(TextField::NameMax);
    m_role = roleCombo(edit);
    m_active = new QCheckBox(tr("Active (may sign in)"), edit);
    m_save = new QPushButton(tr("&Save changes"), edit);
    auto* editForm = new QFormLayout(edit);
    editForm->addRow(tr("Sign-in name:"), m_selectedLogin);
    editForm->addRow(tr("&Name:"), m_name);
    editForm->addRow(tr("&Role:"), m_role);
    editForm->addRow(QString(), m_active);
    editForm->addRow(QString(), m_save);

    auto* add = new QGroupBox(tr("Add a user"), this);
    m_newLogin = new QLineEdit(add);
    m_newLogin->setPlaceholderText(tr("Windows sign-in name, e.g. jsmith"));
    m_newLogin->setMaxLength(TextField::CodeMax);
    m_newName = new QLineEdit(add);
    m_newName->setMaxLength(TextField::NameMax);
    m_newRole = roleCombo(add);
    auto* addButton = new QPushButton(tr("&Add user"), add);
    auto* addForm = new QFormLayout(add);
    addForm->addRow(tr("Sign-in &name:"), m_newLogin);
    addForm->addRow(tr("Na&me:"), m_newName);
    addForm->addRow(tr("R&ole:"), m_newRole);
    addForm->addRow(QString(), addButton);

    auto* forms = new QHBoxLayout;
    forms->addWidget(edit, 1);
    forms->addWidget(add, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(forms);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &UsersDialog::saveSelected);
    connect(addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UsersDialog::showSelected);
    resize(760, 560);
    reload();
}

void UsersDialog::reload(const QString& select)
{
    auto list = m_users.users();
    if (!list) {
        QMessageBox::warning(this, tr("Users"), list.failure().text());
        return;
    }
    m_model->setUsers(*list);
    m_table->resizeColumnsToContents();
    const int row = select.isEmpty() ? 0 : qMax(0, m_model->rowOf(select));
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
    showSelected();
}

void UsersDialog::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    const bool any = current.isValid();
    m_name->setEnabled(any);
    m_role->setEnabled(any);
    m_active->setEnabled(any);
    m_save->setEnabled(any);
    if (!any) {
        m_selectedLogin->clear();
        return;
    }
    const UserAccount& a = m_model->account(current.row());
    m_selectedLogin->setText(a.login);
    m_name->setText(a.displayName);
    m_role->setCurrentIndex(m_role->findData(int(a.role)));
    m_active->setChecked(a.active);
}

void UsersDialog::saveSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    UserAccount a = m_model->account(current.row());
    a.displayName = m_name->text();
    a.role = UserRole(m_role->currentData().toInt());
    a.active = m_active->isChecked();
    auto saved = m_users.save(a);
    if (!saved) {
        QMessageBox::warning(this, tr("Not saved"), saved.failure().text());
        reload(a.login);
        return;
    }
    reload(saved->login);
}

void UsersDialog::addUser()
{
    auto added = m_users.add(m_newLogin->text(), m_newName->text(),
                             UserRole(m_newRole->currentData().toInt()));
    if (!added) {
        QMessageBox::warning(this, tr("Not added"), added.failure().text());
        return;
    }
    m_newLogin->clear();
    m_newName->clear();
    reload(added->login);
}

} // namespace lac
