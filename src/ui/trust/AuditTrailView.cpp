// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/AuditTrailView.h"

#include "RecordTableLook.h"
#include "services/AuditTrailService.h"
#include "trust/AuditTrailModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace lac {
namespace {

const QDate noDate(2000, 1, 1); // the date edits' "any" value

QDateEdit* dateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(noDate);
    edit->setSpecialValueText(AuditTrailView::tr("any"));
    edit->setDate(noDate);
    return edit;
}

QString pretty(const QString& json)
{
    if (json.isEmpty())
        return AuditTrailView::tr("(nothing)");
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isNull() ? json : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

AuditTrailView::AuditTrailView(const AuditTrailService& service, Today today, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
    , m_today(std::move(today))
{
    m_model = new AuditTrailModel(service, this);

    m_caseId = new QLineEdit(this);
    m_caseId->setPlaceholderText(tr("any child"));
    m_caseId->setClearButtonEnabled(true);
    m_caseId->setMaximumWidth(160);
    m_user = new QComboBox(this);
    m_user->setMinimumContentsLength(14);
    m_from = dateEdit(this);
    m_to = dateEdit(this);
    auto* apply = new QPushButton(tr("&Show"), this);
    apply->setDefault(true);
    auto* clear = new QPushButton(tr("&Clear filters"), this);
    auto* exportButton = new QPushButton(tr("&Export to CSV…"), this);
    m_count = new QLabel(this);

    auto* filters = new QHBoxLayout;
    auto addLabelled = [this, filters](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    addLabelled(tr("C&hild case ID:"), m_caseId);
    addLabelled(tr("&User:"), m_user);
    addLabelled(tr("&From:"), m_from);
    addLabelled(tr("&To:"), m_to);
    filters->addWidget(apply);
    filters->addWidget(clear);
    filters->addStretch(1);
    filters->addWidget(m_count);
    filters->addWidget(exportButton);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    RecordTableLook::apply(m_table);
    m_table->setAccessibleName(tr("Audit trail entries"));
    m_table->setColumnWidth(AuditTrailModel::At, 150);
    m_table->setColumnWidth(AuditTrailModel::User, 110);
    m_table->setColumnWidth(AuditTrailModel::Action, 80);
    m_table->setColumnWidth(AuditTrailModel::Record, 140);
    m_table->setColumnWidth(AuditTrailModel::Child, 110);

    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an entry to see what it changed."));
    m_details->setAccessibleName(tr("Before and after"));
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_details->setFont(mono);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(apply, &QPushButton::clicked, this, &AuditTrailView::applyFilter);
    connect(m_caseId, &QLineEdit::returnPressed, this, &AuditTrailView::applyFilter);
    connect(clear, &QPushButton::clicked, this, &AuditTrailView::clearFilter);
    connect(exportButton, &QPushButton::clicked, this, &AuditTrailView::exportCsv);
    connect(m_model, &AuditTrailModel::loaded, this, &AuditTrailView::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditTrailView::showSelected);
    refresh();
}

void AuditTrailView::refresh()
{
    const QString current = m_user->currentData().toString();
    m_user->clear();
    m_user->addItem(tr("everyone"), QString());
    if (auto logins = m_service.logins()) {
        for (const QString& login : *logins)
            m_user->addItem(login, login);
    }
    m_user->setCurrentIndex(qMax(0, m_user->findData(current)));
    m_model->reload();
}

void AuditTrailView::applyFilter()
{
    AuditFilter f;
    const QString caseId = m_caseId->text().trimmed();
    if (!caseId.isEmpty()) {
        auto child = m_service.childIdForCaseId(caseId);
        if (!child || !child->has_value()) {
            QMessageBox::information(this, tr("No such child"),
                                     child ? tr("No child has the case ID %1.").arg(caseId)
                                           : child.failure().text());
            return;
        }
        f.childId = child->value();
    }
    f.login = m_user->currentData().toString();
    if (m_from->date() != noDate)
        f.from = m_from->date();
    if (m_to->date() != noDate)
        f.to = m_to->date();
    if (f.from.isValid() && f.to.isValid() && f.to < f.from) {
        QMessageBox::information(this, tr("Dates the wrong way round"),
                                 tr("The 'To' date is before the 'From' date."));
        return;
    }
    m_details->clear();
    m_model->setFilter(f);
}

void AuditTrailView::clearFilter()
{
    m_caseId->clear();
    m_user->setCurrentIndex(0);
    m_from->setDate(noDate);
    m_to->setDate(noDate);
    applyFilter();
}

void AuditTrailView::updateCount()
{
    if (!m_model->errorText().isEmpty()) {
        m_count->setText(m_model->errorText());
        return;
    }
    m_count->setText(tr("%n entries", nullptr, int(m_model->totalCount())));
    if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
}

void AuditTrailView::showSelected()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const AuditRecord& r = m_model->record(current.row());
    m_details->setPlainText(
        tr("Entry %1 at %2 UTC by %3: %4\n\nBefore:\n%5\n\nAfter:\n%6")
            .arg(r.id)
            .arg(r.at, r.login, r.summary, pretty(r.beforeJson), pretty(r.afterJson)));
}

void AuditTrailView::exportCsv()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("audit-trail-%1.csv").arg(m_today().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the audit trail"), suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = m_service.exportCsv(m_model->filter(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Export failed"), written.failure().text());
        return;
    }
    Q_EMIT statusMessage(tr("Exported %n audit entries to %1", nullptr, int(*written))
                             .arg(QDir::toNativeSeparators(path)));
    m_model->reload(); // the export itself is now in the trail
}

} // namespace lac
