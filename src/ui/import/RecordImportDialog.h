// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/UserContext.h"
#include "import/RecordImportKind.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;

namespace lac {

/// File → Import records…: bring in a CSV of one kind of record (dental checks, immunisation
/// histories, carers' medicals, requests from other authorities), chosen from the kinds the
/// features registered. Check lists every problem as file:line: column: value: reason and
/// writes nothing; Import is all or nothing and audited by the kind's own import. Both run on
/// a worker thread with its own connection, so the window never freezes on a large file.
class RecordImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a location and \a user: the window's database and person, opened again on the worker.
    /// \a writesAllowed: the window's write gate (the start's integrity check), asked before
    /// an import writes anything.
    RecordImportDialog(QList<RecordImportKind> kinds, QString location, UserContext user,
                       std::function<Status()> writesAllowed, QWidget* parent = nullptr);
    /// Waits for a run still going: an import is finished or rolled back, never cut off.
    ~RecordImportDialog() override;

    /// Pre-fills the choice (tests, and a future "import again").
    void setSource(const QString& kindKey, const QString& path);
    /// The last run's outcome and failure (empty when it ran).
    const RecordImportOutcome& lastOutcome() const { return m_outcome; }
    QString lastFailure() const { return m_failure; }
    /// What the dialog says about the last run.
    QString summaryText() const;
    QListWidget* problemList() const { return m_problems; }

public Q_SLOTS:
    void check();
    void import();
    void reject() override;

Q_SIGNALS:
    /// Records were written: views reload.
    void imported();
    /// A check or an import has finished (tests wait for this).
    void runFinished();

private:
    void start(bool dryRun);
    void finished(bool dryRun, const Result<RecordImportOutcome>& result);
    void kindChanged();
    void browse();
    void setRunning(bool running);
    const RecordImportKind* currentKind() const;

    QList<RecordImportKind> m_kinds;
    QString m_location;
    UserContext m_user;
    std::function<Status()> m_writesAllowed;
    QComboBox* m_kind = nullptr;
    QLabel* m_columns = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_problems = nullptr;
    QPointer<QThread> m_worker;
    RecordImportOutcome m_outcome;
    QString m_failure;
};

} // namespace lac
