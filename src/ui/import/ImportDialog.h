// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/ImportReport.h"
#include "import/ImportRequest.h"

#include <QDialog>

#include <memory>

class QPushButton;
class QSortFilterProxyModel;

namespace Ui {
class ImportDialog;
}

namespace lac {

class AppServices;
class ImportJob;
class ImportPreviewModel;

/// File → Import…: choose an SSDA903 folder or an assessments CSV, check it (a dry run that
/// lists every new, updated and rejected record with the reason), then import. Nothing is
/// written until the person confirms with Import, and Cancel part-way leaves the database as
/// it was. The work runs on an ImportJob thread so the window never freezes.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(const AppServices& services, QWidget* parent = nullptr);
    ~ImportDialog() override;

    /// Pre-fills the source (used by tests and by "import again" of a rejected-rows file).
    void setSource(ImportRequest::Source source, const QString& path);
    /// The preview of the last check.
    const ImportPreviewModel& preview() const { return *m_model; }
    const ImportReport& lastReport() const { return m_report; }

public Q_SLOTS:
    void check();
    void import();
    void reject() override;

Q_SIGNALS:
    /// Emitted after an import was committed, so that views can reload.
    void imported();
    /// A check or an import has finished (tests wait for this).
    void runFinished();

private:
    enum class Stage
    {
        Idle,
        Checking,
        Checked,
        Importing,
        Done,
    };

    ImportRequest request(bool dryRun) const;
    void browse();
    void sourceChanged();
    void setStage(Stage stage);
    void progressed(int permille, const QString& what);
    void finished(const ImportReport& report, const QString& failure);
    void showReport(const ImportReport& report, bool dryRun);
    void applyFilter();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    ImportJob* m_job = nullptr;
    ImportPreviewModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QPushButton* m_importButton = nullptr;
    Stage m_stage = Stage::Idle;
    ImportReport m_report;
    QString m_rejectedPath;
};

} // namespace lac
