// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BacklogView.h"

#include "BacklogModel.h"
#include "CaseTable.h"
#include "CaseWork.h"
#include "SetClinicalNeedCommand.h"
#include "common/DisplayDate.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QTableView>
#include <QTextDocument>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace lac {

BacklogView::BacklogView(CaseWork& work, QWidget* parent)
    : QWidget(parent)
    , m_work(work)
{
    m_model = new BacklogModel(work.services().caseLists().backlog(), this);
    m_model->setClinicalNeedEditable(
        AccessPolicy::allows(work.services().user().role, Permission::SetClinicalNeed));
    m_table =
        new CaseTable(m_model, work.exporter(), tr("backlog"), QStringLiteral("backlog"), this);
    m_location = new QComboBox(this);
    m_location->addItem(tr("In and out of area"), QString());
    m_location->addItem(tr("In area"), QStringLiteral("IN"));
    m_location->addItem(tr("Out of area"), QStringLiteral("OUT"));
    m_location->setAccessibleName(tr("Where placed"));
    m_location->setCurrentIndex(QSettings().value(QStringLiteral("backlog/location"), 0).toInt());
    QToolBar* bar = m_table->toolBar();
    bar->insertWidget(bar->actions().value(0), m_location);
    auto* printAction = new QAction(tr("&Print…"), this);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    printAction->setToolTip(tr("Print the backlog list (Ctrl+P)"));
    connect(printAction, &QAction::triggered, this, &BacklogView::print);
    addAction(printAction);
    auto* pdfAction = new QAction(tr("Save as P&DF…"), this);
    pdfAction->setToolTip(tr("Save the printable backlog list as a PDF file"));
    connect(pdfAction, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save backlog as PDF"),
                                         QStringLiteral("backlog.pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        if (const QString failure = savePdf(path); !failure.isEmpty())
            QMessageBox::warning(this, tr("Save as PDF"), failure);
    });
    addAction(pdfAction);
    bar->addAction(printAction);
    bar->addAction(pdfAction);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Overdue children in backlog order: under 5 and 17 and over "
                                    "first, then those the nurse has flagged for clinical need, "
                                    "then the longest overdue."),
                                 this));
    layout->addWidget(m_table, 1);

    connect(m_location, &QComboBox::currentIndexChanged, this, &BacklogView::applyFilter);
    connect(m_table, &CaseTable::searchChanged, this, &BacklogView::applyFilter);
    connect(m_table, &CaseTable::rowActivated, this,
            [this](int row) { m_work.openChild(m_model->rowAt(row).childId, this); });
    connect(m_table, &CaseTable::countChanged, &work, &CaseWork::statusMessage);
    connect(&work, &CaseWork::changed, this, &BacklogView::refresh);
    connect(m_model, &BacklogModel::clinicalNeedRequested, this,
            [this](qint64 childId, int version, bool need) {
                const ChildCaseService& service = m_work.services().childCases();
                if (Status s = service.setClinicalNeed(childId, version, need); !s) {
                    QMessageBox::warning(this, tr("Clinical need"), s.failure().text());
                    m_model->reload();
                    return;
                }
                m_work.undoStack()->push(new SetClinicalNeedCommand(
                    service, childId, version + 1, need, [this](const QString& failure) {
                        if (!failure.isEmpty())
                            QMessageBox::warning(this, tr("Undo"), failure);
                        m_work.notifyChanged();
                    }));
                m_work.notifyChanged();
            });
}

BacklogView::~BacklogView()
{
    QSettings().setValue(QStringLiteral("backlog/location"), m_location->currentIndex());
}

void BacklogView::applyFilter()
{
    BacklogQuery q = m_model->query();
    q.location = m_location->currentData().toString();
    q.search = m_table->searchBox()->text().trimmed();
    q.today = m_work.services().caseContext().today();
    m_model->setQuery(q);
    m_table->table()->resizeColumnsToContents();
}

void BacklogView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_read)
        return;
    m_read = true;
    applyFilter();
}

void BacklogView::refresh()
{
    if (!m_read)
        return; // read when first shown
    m_model->reload();
}

QString BacklogView::printableHtml(int maxRows)
{
    while (m_model->rowCount() < qMin(maxRows, m_model->totalCount()) && m_model->canFetchMore({}))
        m_model->fetchMore({});
    const QDate today = m_work.services().caseContext().today();
    QString html = QStringLiteral("<html><body style='font-family: sans-serif; font-size: 9pt'>");
    html += tr("<h2>Assessment backlog — %1</h2>")
                .arg(m_work.services().authorityName().toHtmlEscaped());
    html += tr("<p>%n overdue child(ren) on %1, in priority order: under 5 and 17 and over first, "
               "then clinical need, then longest overdue. Contains personal data: keep it "
               "secure and shred it after use.</p>",
               nullptr, m_model->totalCount())
                .arg(displayDate(today));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>");
    const QList<int> columns{BacklogModel::RankColumn,    BacklogModel::CaseIdColumn,
                             BacklogModel::ChildColumn,   BacklogModel::AgeColumn,
                             BacklogModel::KindColumn,    BacklogModel::DueColumn,
                             BacklogModel::OverdueColumn, BacklogModel::ClinicalNeedColumn,
                             BacklogModel::ModeColumn,    BacklogModel::LocationColumn};
    for (int c : columns)
        html += QStringLiteral("<th align='left'>%1</th>")
                    .arg(m_model->headerData(c, Qt::Horizontal).toString().toHtmlEscaped());
    html += QStringLiteral("</tr>");
    const int rows = qMin(maxRows, m_model->rowCount());
    for (int r = 0; r < rows; ++r) {
        html += QStringLiteral("<tr>");
        for (int c : columns) {
            const QModelIndex i = m_model->index(r, c);
            QString text = i.data().toString();
            if (c == BacklogModel::ClinicalNeedColumn)
                text = i.data(Qt::CheckStateRole).toInt() == Qt::Checked ? tr("Yes") : QString();
            html += QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");
    if (m_model->totalCount() > rows)
        html += tr("<p>First %1 of %2 shown.</p>").arg(rows).arg(m_model->totalCount());
    html += QStringLiteral("</body></html>");
    return html;
}

QString BacklogView::savePdf(const QString& path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageOrientation(QPageLayout::Landscape);
    QTextDocument doc;
    doc.setHtml(printableHtml());
    doc.print(&printer);
    return printer.printerState() == QPrinter::Error ? tr("the PDF could not be written")
                                                     : QString();
}

void BacklogView::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QTextDocument doc;
    doc.setHtml(printableHtml());
    doc.print(&printer);
}

} // namespace lac
