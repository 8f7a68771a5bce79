// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connect/ConnectDialog.h"

#include "common/DatabaseLocation.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lac {

ConnectDialog::ConnectDialog(const QString& current, Check check, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
{
    setWindowTitle(tr("Connect to a database"));
    auto* layout = new QVBoxLayout(this);

    m_file = new QRadioButton(tr("A database &file on this computer (one PC)"), this);
    m_path = new QLineEdit(this);
    m_path->setAccessibleName(tr("Database file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(24, 0, 0, 0);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_browse);

    m_server = new QRadioButton(tr("A &team database on a server (PostgreSQL)"), this);
    m_connection = new QLineEdit(this);
    m_connection->setAccessibleName(tr("Team database connection"));
    m_connection->setPlaceholderText(
        tr("service=lachealth  or  postgresql://you@server/lachealth"));
    auto* hint = new QLabel(
        tr("Ask IT for this. Do not put a password here: it comes from your Windows sign-on or "
           "from a password file IT sets up, and a password typed here is refused."),
        this);
    hint->setWordWrap(true);
    auto* serverRows = new QVBoxLayout;
    serverRows->setContentsMargins(24, 0, 0, 0);
    serverRows->addWidget(m_connection);
    serverRows->addWidget(hint);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a4262c"));
    m_error->hide();

    auto* restart = new QLabel(tr("The program starts again on the database you choose, and "
                                  "opens it the next time too."),
                               this);
    restart->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));

    layout->addWidget(m_file);
    layout->addLayout(fileRow);
    layout->addSpacing(8);
    layout->addWidget(m_server);
    layout->addLayout(serverRows);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(restart);
    layout->addWidget(buttons);

    if (isServerLocation(current)) {
        m_server->setChecked(true);
        m_connection->setText(current);
    } else {
        m_file->setChecked(true);
        m_path->setText(current);
    }
    connect(m_file, &QRadioButton::toggled, this, &ConnectDialog::updateEnabled);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getOpenFileName(
            this, tr("Database file"), m_path->text(), tr("Databases (*.sqlite *.db);;All (*)"));
        if (!chosen.isEmpty())
            m_path->setText(chosen);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
    updateEnabled();
    resize(560, sizeHint().height());
}

QString ConnectDialog::location() const
{
    return (m_file->isChecked() ? m_path->text() : m_connection->text()).trimmed();
}

void ConnectDialog::updateEnabled()
{
    const bool file = m_file->isChecked();
    m_path->setEnabled(file);
    m_browse->setEnabled(file);
    m_connection->setEnabled(!file);
    m_error->hide();
}

void ConnectDialog::accept()
{
    QString problem;
    if (location().isEmpty())
        problem = m_file->isChecked() ? tr("Choose a database file.")
                                      : tr("Enter the team database's connection.");
    else if (m_server->isChecked() && !isServerLocation(location()))
        problem = tr("A team database starts with postgresql:// or service=.");
    else if (m_check)
        problem = m_check(location());
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        (m_file->isChecked() ? m_path : m_connection)->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace lac
