// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/ui/AuthorityStatementExport.h"

#include "incoming/core/AuthorityStatement.h"

#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QMap>
#include <QMessageBox>
#include <QStandardPaths>

namespace lac {

QString AuthorityStatementExport::run(QWidget* parent, const IncomingService& service)
{
    const QDate today = service.today();
    auto log = service.log(today);
    if (!log) {
        QMessageBox::warning(parent, tr("Statement for an authority"), log.failure().text());
        return {};
    }
    QMap<QString, QString> codeByName; // sorted by name for the list
    for (const IncomingLine& l : log.value())
        codeByName.insert(service.authorities().name(l.row.child.authorityCode),
                          l.row.child.authorityCode);
    if (codeByName.isEmpty()) {
        QMessageBox::information(parent, tr("Statement for an authority"),
                                 tr("No other authority has a request on record yet."));
        return {};
    }
    bool chosen = false;
    const QString name = QInputDialog::getItem(
        parent, tr("Statement for an authority"),
        tr("The last 12 months' turnaround of the authority's requests, and its own children's "
           "requests (personal data: send it to that authority only).\n\nAuthority:"),
        codeByName.keys(), 0, false, &chosen);
    if (!chosen)
        return {};
    const QString folder = QFileDialog::getExistingDirectory(
        parent, tr("Folder for the statement of %1").arg(name),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return {};
    const QDate last(today.year(), today.month(), 1);
    auto statement =
        AuthorityStatement::read(service, codeByName.value(name), last.addMonths(-11), last, today);
    if (!statement) {
        QMessageBox::warning(parent, tr("Statement for an authority"), statement.failure().text());
        return {};
    }
    auto paths = statement.value().write(service, folder);
    if (!paths) {
        QMessageBox::warning(parent, tr("Statement for an authority"), paths.failure().text());
        return {};
    }
    return tr("Statement for %1 written to %2 (recorded in the audit trail)")
        .arg(name, QDir::toNativeSeparators(folder));
}

} // namespace lac
