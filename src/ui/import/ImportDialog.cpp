// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportDialog.h"

#include "import/ImportJob.h"
#include "import/ImportPreviewModel.h"
#include "services/AppServices.h"
#include "services/ImportService.h"
#include "ui_ImportDialog.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>

#include <algorithm>

namespace lac {
namespace {

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

ImportDialog::ImportDialog(const AppServices& services, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("ImportDialog"));
    m_job = new ImportJob(services.databaseLocation(), services.user(), services.policy(),
                          services.calendar(), this);
    m_model = new ImportPreviewModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(ImportPreviewModel::ChangeColumn);
    m_proxy->setSortRole(ImportPreviewModel::SortRole);
    m_ui->previewView->setModel(m_proxy);
    m_ui->previewView->verticalHeader()->hide();
    m_ui->previewView->verticalHeader()->setDefaultSectionSize(
        m_ui->previewView->fontMetrics().height() + 6);
    QHeaderView* header = m_ui->previewView->horizontalHeader();
    header->setSectionResizeMode(ImportPreviewModel::DetailColumn, QHeaderView::Stretch);
    for (int c : {int(ImportPreviewModel::ChangeColumn), int(ImportPreviewModel::RecordColumn),
                  int(ImportPreviewModel::CaseIdColumn), int(ImportPreviewModel::FileColumn),
                  int(ImportPreviewModel::LineColumn)})
        header->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_ui->previewView->sortByColumn(-1, Qt::AscendingOrder);

    m_ui->filterCombo->addItem(tr("Everything"), QString());
    for (auto kind :
         {ImportChange::Kind::Rejected, ImportChange::Kind::Added, ImportChange::Kind::Updated})
        m_ui->filterCombo->addItem(ImportPreviewModel::kindName(kind),
                                   ImportPreviewModel::kindName(kind));

    m_importButton = m_ui->buttonBox->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    m_importButton->setEnabled(false);
    m_importButton->setToolTip(tr("Check the files first"));

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->checkButton, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::import);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        m_job->cancel();
        m_ui->progressLabel->setText(tr("Cancelling…"));
        m_ui->cancelButton->setEnabled(false);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_ui->ssda903Radio, &QRadioButton::toggled, this, &ImportDialog::sourceChanged);
    connect(m_ui->pathEdit, &QLineEdit::textChanged, this, &ImportDialog::sourceChanged);
    connect(m_ui->skipInvalidCheck, &QCheckBox::toggled, this, &ImportDialog::sourceChanged);
    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::applyFilter);
    connect(m_job, &ImportJob::progressed, this, &ImportDialog::progressed);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::finished);
    setStage(Stage::Idle);
}

ImportDialog::~ImportDialog()
{
    m_job->stopAndWait();
}

void ImportDialog::setSource(ImportRequest::Source source, const QString& path)
{
    (source == ImportRequest::Source::Ssda903 ? m_ui->ssda903Radio : m_ui->assessmentsRadio)
        ->setChecked(true);
    m_ui->pathEdit->setText(QDir::toNativeSeparators(QDir::cleanPath(path)));
}

ImportRequest ImportDialog::request(bool dryRun) const
{
    ImportRequest r;
    r.source = m_ui->ssda903Radio->isChecked() ? ImportRequest::Source::Ssda903
                                               : ImportRequest::Source::Assessments;
    r.path = QDir::fromNativeSeparators(m_ui->pathEdit->text().trimmed());
    r.dryRun = dryRun;
    r.skipInvalid = m_ui->skipInvalidCheck->isChecked();
    r.rejectedPath = m_rejectedPath;
    return r;
}

void ImportDialog::browse()
{
    const QString start =
        m_ui->pathEdit->text().isEmpty() ? QDir::homePath() : m_ui->pathEdit->text();
    const QString path =
        m_ui->ssda903Radio->isChecked()
            ? QFileDialog::getExistingDirectory(this, tr("Folder with the SSDA903 files"), start)
            : QFileDialog::getOpenFileName(this, tr("Assessments spreadsheet saved as CSV"), start,
                                           tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_ui->pathEdit->setText(QDir::toNativeSeparators(QDir::cleanPath(path)));
}

void ImportDialog::sourceChanged()
{
    m_ui->pathEdit->setPlaceholderText(m_ui->ssda903Radio->isChecked()
                                           ? tr("Folder holding header.csv and episodes.csv")
                                           : tr("CSV file with child_id,type,completed_date"));
    if (m_stage == Stage::Checked || m_stage == Stage::Done) {
        // The preview no longer describes what Import would do.
        m_model->clear();
        m_ui->summaryLabel->setText(tr("Check the files again to see what would change."));
        setStage(Stage::Idle);
    } else if (m_stage == Stage::Idle) {
        setStage(Stage::Idle);
    }
}

void ImportDialog::setStage(Stage stage)
{
    m_stage = stage;
    const bool busy = stage == Stage::Checking || stage == Stage::Importing;
    for (QWidget* w :
         {static_cast<QWidget*>(m_ui->ssda903Radio), static_cast<QWidget*>(m_ui->assessmentsRadio),
          static_cast<QWidget*>(m_ui->pathEdit), static_cast<QWidget*>(m_ui->browseButton),
          static_cast<QWidget*>(m_ui->skipInvalidCheck)})
        w->setEnabled(!busy);
    m_ui->checkButton->setEnabled(!busy && !m_ui->pathEdit->text().trimmed().isEmpty());
    m_ui->cancelButton->setEnabled(busy);
    // Always shown (a bar that appears and disappears makes the buttons jump).
    m_ui->progressBar->setEnabled(busy);
    if (busy) {
        m_ui->progressBar->setValue(0);
        m_ui->progressLabel->setText(stage == Stage::Checking ? tr("Checking…") : tr("Importing…"));
    } else {
        m_ui->progressBar->setValue(stage == Stage::Idle ? 0 : 1000);
        m_ui->progressLabel->setText(stage == Stage::Checked ? tr("Checked: nothing written yet")
                                     : stage == Stage::Done  ? tr("Done")
                                                             : QString());
    }
    const bool canImport = stage == Stage::Checked && !m_report.fatal &&
                           (m_report.problemCount == 0 || m_ui->skipInvalidCheck->isChecked()) &&
                           !m_report.counts.nothingChanged();
    m_importButton->setEnabled(canImport);
    if (canImport)
        m_importButton->setDefault(true);
}

void ImportDialog::check()
{
    m_rejectedPath.clear();
    m_model->clear();
    m_ui->summaryLabel->setText(tr("Checking the files; nothing is written."));
    setStage(Stage::Checking);
    m_job->start(request(true));
}

void ImportDialog::import()
{
    if (m_stage != Stage::Checked)
        return;
    m_rejectedPath.clear();
    if (m_report.counts.rejected > 0) {
        const ImportRequest r = request(false);
        const QString suggested = ImportService::defaultRejectedPath(r);
        const QString where =
            r.source == ImportRequest::Source::Ssda903
                ? QFileDialog::getExistingDirectory(
                      this,
                      tr("Where to save the %n rejected row(s) for correction", nullptr,
                         int(m_report.counts.rejected)),
                      QFileInfo(suggested).absolutePath())
                : QFileDialog::getSaveFileName(this,
                                               tr("Save the %n rejected row(s) for correction",
                                                  nullptr, int(m_report.counts.rejected)),
                                               suggested, tr("CSV files (*.csv)"));
        if (where.isEmpty())
            return;
        m_rejectedPath = r.source == ImportRequest::Source::Ssda903
                             ? QDir(where).filePath(QFileInfo(suggested).fileName())
                             : where;
    }
    m_ui->summaryLabel->setText(tr("Importing…"));
    setStage(Stage::Importing);
    m_job->start(request(false));
}

void ImportDialog::reject()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->stopAndWait(); // rolled back: nothing is written
    }
    QDialog::reject();
}

void ImportDialog::progressed(int permille, const QString& what)
{
    m_ui->progressBar->setValue(permille);
    if (m_ui->cancelButton->isEnabled())
        m_ui->progressLabel->setText(what);
}

void ImportDialog::finished(const ImportReport& report, const QString& failure)
{
    const bool dryRun = m_stage == Stage::Checking;
    if (!failure.isEmpty()) {
        m_ui->summaryLabel->setText(
            QStringLiteral("<b>%1</b> %2")
                .arg(dryRun ? tr("The files could not be checked.") : tr("Nothing was imported."),
                     failure.toHtmlEscaped()));
        setStage(dryRun ? Stage::Idle : Stage::Checked);
        if (!dryRun)
            m_importButton->setEnabled(false);
        Q_EMIT runFinished();
        return;
    }
    m_report = report;
    showReport(report, dryRun);
    setStage(dryRun ? Stage::Checked : Stage::Done);
    if (!dryRun && report.written)
        Q_EMIT imported();
    Q_EMIT runFinished();
}

void ImportDialog::showReport(const ImportReport& report, bool dryRun)
{
    // Rejected rows first: they are what the person has to act on.
    QList<ImportChange> changes = report.changes;
    std::stable_partition(changes.begin(), changes.end(), [](const ImportChange& c) {
        return c.kind == ImportChange::Kind::Rejected;
    });
    m_model->setChanges(changes);
    applyFilter();
    const ImportCounts& c = report.counts;
    QStringList parts;
    parts << tr("children: %1 new, %2 updated, %3 unchanged")
                 .arg(number(c.childrenAdded), number(c.childrenUpdated),
                      number(c.childrenUnchanged));
    parts << tr("episodes: %1 new, %2 updated, %3 unchanged")
                 .arg(number(c.episodesAdded), number(c.episodesUpdated),
                      number(c.episodesUnchanged));
    if (c.assessmentsAdded + c.assessmentsUpdated + c.assessmentsUnchanged > 0)
        parts << tr("assessments: %1 new, %2 updated, %3 unchanged")
                     .arg(number(c.assessmentsAdded), number(c.assessmentsUpdated),
                          number(c.assessmentsUnchanged));
    parts << tr("%1 rows rejected").arg(number(c.rejected));
    QString text;
    if (report.fatal) {
        text = tr("<b>These files cannot be imported as they are.</b> %1")
                   .arg(report.problems.isEmpty() ? QString()
                                                  : report.problems.first().text().toHtmlEscaped());
    } else if (dryRun) {
        text = tr("<b>Would import</b> — %1.").arg(parts.join(QStringLiteral("; ")));
        if (report.problemCount > 0 && !m_ui->skipInvalidCheck->isChecked())
            text += QStringLiteral("<br>") +
                    tr("<b>%n problem(s) found: nothing will be imported</b> until they are "
                       "corrected, or tick “Import the valid rows” above.",
                       nullptr, int(report.problemCount));
        else if (c.nothingChanged())
            text += QStringLiteral("<br>") + tr("Everything is already up to date.");
        else
            text += QStringLiteral("<br>") + tr("Nothing has been written yet: press Import to "
                                                "save these changes.");
    } else {
        text = tr("<b>Imported</b> — %1. Due dates were recalculated.")
                   .arg(parts.join(QStringLiteral("; ")));
        if (!report.rejectedPath.isEmpty())
            text += QStringLiteral("<br>") +
                    tr("Rejected rows, with the reason for each, were saved to %1: correct them "
                       "and import that again.")
                        .arg(QDir::toNativeSeparators(report.rejectedPath).toHtmlEscaped());
    }
    if (report.changeCount > report.changes.size())
        text += QStringLiteral("<br>") +
                tr("The list shows the first %1 of %2 changes.")
                    .arg(number(report.changes.size()), number(report.changeCount));
    m_ui->summaryLabel->setText(text);
}

void ImportDialog::applyFilter()
{
    m_proxy->setFilterFixedString(m_ui->filterCombo->currentData().toString());
}

} // namespace lac
