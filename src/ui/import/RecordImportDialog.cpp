// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/RecordImportDialog.h"

#include "services/AppServices.h"
#include "services/OwnConnection.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace lac {

RecordImportDialog::RecordImportDialog(QList<RecordImportKind> kinds, QString location,
                                       UserContext user, std::function<Status()> writesAllowed,
                                       QWidget* parent)
    : QDialog(parent)
    , m_kinds(std::move(kinds))
    , m_location(std::move(location))
    , m_user(std::move(user))
    , m_writesAllowed(std::move(writesAllowed))
{
    setObjectName(QStringLiteral("RecordImportDialog"));
    setWindowTitle(tr("Import records"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (const RecordImportKind& k : std::as_const(m_kinds))
        m_kind->addItem(k.title, k.key);
    m_columns = new QLabel(this);
    m_columns->setWordWrap(true);
    m_columns->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("path"));
    m_path->setPlaceholderText(tr("A CSV file, with the column names on its first line"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto* file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(m_browse);

    auto* form = new QFormLayout;
    form->addRow(tr("&What the file holds:"), m_kind);
    form->addRow(tr("Columns:"), m_columns);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    form->addRow(fileLabel, file);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // the imports do not say how far they are: show that it works
    m_busy->setVisible(false);
    m_summary = new QLabel(
        tr("Check the file first: nothing is written until you press Import, and then only "
           "if every row is right."),
        this);
    m_summary->setWordWrap(true);
    m_problems = new QListWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setAccessibleName(tr("Problems found in the file"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_check = buttons->addButton(tr("&Check"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addStretch(); // takes the room while there are no problems to list
    layout->addWidget(buttons);
    m_problems->setVisible(false);
    resize(720, 480);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &RecordImportDialog::kindChanged);
    connect(m_path, &QLineEdit::textChanged, this, [this] { setRunning(false); });
    connect(m_browse, &QPushButton::clicked, this, &RecordImportDialog::browse);
    connect(m_check, &QPushButton::clicked, this, &RecordImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &RecordImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &RecordImportDialog::reject);

    const int last = m_kind->findData(QSettings().value(QStringLiteral("import/recordKind")));
    m_kind->setCurrentIndex(last >= 0 ? last : 0);
    kindChanged();
}

RecordImportDialog::~RecordImportDialog()
{
    if (m_worker)
        m_worker->wait();
}

void RecordImportDialog::setSource(const QString& kindKey, const QString& path)
{
    const int i = m_kind->findData(kindKey);
    if (i >= 0)
        m_kind->setCurrentIndex(i);
    m_path->setText(QDir::toNativeSeparators(path));
}

QString RecordImportDialog::summaryText() const
{
    return m_summary->text();
}

const RecordImportKind* RecordImportDialog::currentKind() const
{
    const int i = m_kind->currentIndex();
    return i >= 0 && i < m_kinds.size() ? &m_kinds.at(i) : nullptr;
}

void RecordImportDialog::kindChanged()
{
    const RecordImportKind* kind = currentKind();
    m_columns->setText(kind ? kind->columns : QString());
    if (kind)
        QSettings().setValue(QStringLiteral("import/recordKind"), kind->key);
    setRunning(false);
}

void RecordImportDialog::browse()
{
    const QString start =
        m_path->text().isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            : QFileInfo(QDir::fromNativeSeparators(m_path->text())).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("File to import"), start,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(QDir::cleanPath(path)));
}

void RecordImportDialog::setRunning(bool running)
{
    const bool ready = currentKind() && !m_path->text().trimmed().isEmpty();
    m_kind->setEnabled(!running);
    m_path->setEnabled(!running);
    m_browse->setEnabled(!running);
    m_check->setEnabled(!running && ready);
    m_import->setEnabled(!running && ready);
    m_busy->setVisible(running);
}

void RecordImportDialog::check()
{
    start(true);
}

void RecordImportDialog::import()
{
    start(false);
}

void RecordImportDialog::start(bool dryRun)
{
    const RecordImportKind* kind = currentKind();
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (!kind || path.isEmpty() || m_worker)
        return;
    m_problems->clear();
    m_problems->setVisible(false);
    if (!dryRun && m_writesAllowed) {
        if (const Status gate = m_writesAllowed(); !gate) {
            m_outcome = {};
            m_failure = gate.failure().text();
            m_summary->setText(tr("Nothing was imported: %1").arg(m_failure));
            Q_EMIT runFinished();
            return;
        }
    }
    m_summary->setText(dryRun ? tr("Checking %1…").arg(QDir::toNativeSeparators(path))
                              : tr("Importing %1…").arg(QDir::toNativeSeparators(path)));
    setRunning(true);
    QPointer<RecordImportDialog> self(this);
    m_worker = QThread::create([self, dryRun, path, run = kind->run, location = m_location,
                                user = m_user] {
        Result<RecordImportOutcome> result = [&]() -> Result<RecordImportOutcome> {
            auto services = OwnConnection::open(location, user, OwnConnection::Access::ReadWrite);
            if (!services)
                return services.failure();
            return run(*services.value(), path, dryRun);
        }();
        QMetaObject::invokeMethod(
            self,
            [self, dryRun, result] {
                if (self)
                    self->finished(dryRun, result);
            },
            Qt::QueuedConnection);
    });
    connect(m_worker, &QThread::finished, m_worker, &QObject::deleteLater);
    m_worker->start();
}

void RecordImportDialog::finished(bool dryRun, const Result<RecordImportOutcome>& result)
{
    if (m_worker) { // it has sent its result and is ending: let the next run start at once
        m_worker->wait();
        m_worker.clear();
    }
    setRunning(false);
    m_outcome = {};
    m_failure.clear();
    const RecordImportKind* kind = currentKind();
    if (!result) {
        m_failure = result.failure().text();
        m_summary->setText(tr("Nothing was imported: %1").arg(m_failure));
    } else {
        m_outcome = result.value();
        for (const ImportProblem& p : std::as_const(m_outcome.problems))
            m_problems->addItem(p.text());
        m_problems->setVisible(!m_outcome.problems.isEmpty());
        const auto counted = [kind](int n) { return kind ? kind->counted(n) : QString::number(n); };
        if (!m_outcome.problems.isEmpty())
            m_summary->setText(
                tr("Nothing was imported: %n problem(s) in the file, listed below. Correct "
                   "them and check again.",
                   nullptr, int(m_outcome.problems.size())));
        else if (dryRun)
            m_summary->setText(
                m_outcome.alreadyRecorded
                    ? tr("The file is right. Import would add %1; %2 already recorded would be "
                         "left as they are.")
                          .arg(counted(m_outcome.rows - m_outcome.alreadyRecorded))
                          .arg(m_outcome.alreadyRecorded)
                    : tr("The file is right. Import would add %1.").arg(counted(m_outcome.rows)));
        else
            m_summary->setText(m_outcome.alreadyRecorded
                                   ? tr("Imported %1; %2 already recorded were left as they are.")
                                         .arg(counted(m_outcome.written))
                                         .arg(m_outcome.alreadyRecorded)
                                   : tr("Imported %1.").arg(counted(m_outcome.written)));
        if (!dryRun && m_outcome.problems.isEmpty() && m_outcome.written > 0)
            Q_EMIT imported();
    }
    Q_EMIT runFinished();
}

void RecordImportDialog::reject()
{
    if (m_worker) { // an import is finished or rolled back, never cut off
        m_summary->setText(tr("Still working: wait for it to finish, then close."));
        return;
    }
    QDialog::reject();
}

} // namespace lac
