// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oc2/ui/Oc2ReturnDialog.h"

#include "PagedTableModel.h"
#include "oc2/models/Oc2GapListModel.h"
#include "workspace/CaseWork.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace lac {

Oc2ReturnDialog::Oc2ReturnDialog(const Oc2ReturnService& service, CaseWork& work, QDate today,
                                 QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_work(work)
{
    setWindowTitle(tr("Year-end OC2 return"));
    auto* intro = new QLabel(
        tr("The SSDA903 OC2 return: one row for each child looked after continuously for at "
           "least 12 months at 31 March (short breaks left out). Where a child lacks what a "
           "field needs, the gap is listed below; double-click one to open the child."),
        this);
    intro->setWordWrap(true);
    m_year = new QComboBox(this);
    m_year->setAccessibleName(tr("Collection year"));
    const Oc2Year last = Oc2Year::lastEnded(today);
    for (int y = last.firstYear; y > last.firstYear - 3; --y)
        m_year->addItem(Oc2Year{y}.label(), y);
    auto* yearLabel = new QLabel(tr("Collection &year:"), this);
    yearLabel->setBuddy(m_year);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Return summary"));
    m_gaps = new Oc2GapListModel(this);
    auto* sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_gaps);
    sorted->setSortRole(PagedTableModel::RawValueRole);
    m_table = new QTableView(this);
    m_table->setModel(sorted);
    m_table->setAccessibleName(tr("Gaps"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_allowGaps = new QCheckBox(tr("Write with the &gaps left blank (listed in gaps.csv)"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_write = buttons->addButton(tr("&Write return…"), QDialogButtonBox::ActionRole);
    auto* top = new QHBoxLayout;
    top->addWidget(yearLabel);
    top->addWidget(m_year);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_allowGaps);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_write, &QPushButton::clicked, this, &Oc2ReturnDialog::chooseFolderAndWrite);
    connect(m_year, &QComboBox::currentIndexChanged, this, &Oc2ReturnDialog::check);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& i) {
        m_work.openChild(i.data(PagedTableModel::RecordIdRole).toLongLong(), this);
    });
    resize(820, 520);
    check();
}

void Oc2ReturnDialog::check()
{
    const Oc2Year year{m_year->currentData().toInt()};
    auto oc2 = m_service.prepare(year);
    if (!oc2) {
        m_return.reset();
        m_gaps->setRows({});
        m_summary->setText(oc2.failure().text());
        m_write->setEnabled(false);
        return;
    }
    m_return = oc2.value();
    m_gaps->setRows(m_return->gaps);
    m_table->resizeColumnsToContents();
    QSet<qint64> children;
    for (const Oc2Gap& g : m_return->gaps)
        children << g.childId;
    const QString cohort =
        tr("%1: %n child(ren) in the cohort", nullptr, int(m_return->rows.size()))
            .arg(year.label());
    m_summary->setText(m_return->gaps.isEmpty()
                           ? tr("%1, no gaps: the return is ready to write.").arg(cohort)
                           : tr("%1; <b>%2 gap(s) in %3 row(s)</b>.")
                                 .arg(cohort)
                                 .arg(m_return->gaps.size())
                                 .arg(children.size()));
    m_allowGaps->setEnabled(!m_return->gaps.isEmpty());
    m_write->setEnabled(true);
}

bool Oc2ReturnDialog::writeTo(const QString& folder)
{
    if (!m_return)
        return false;
    auto written = m_service.write(*m_return, folder, m_allowGaps->isChecked());
    if (!written) {
        QMessageBox::warning(this, windowTitle(), written.failure().text());
        return false;
    }
    m_summary->setText(tr("Written to %1: %2.")
                           .arg(QDir::toNativeSeparators(folder),
                                written.value().size() > 3 ? tr("oc2.csv, header.csv, "
                                                                "episodes.csv and gaps.csv")
                                                           : tr("oc2.csv, header.csv and "
                                                                "episodes.csv")));
    return true;
}

void Oc2ReturnDialog::chooseFolderAndWrite()
{
    if (m_return && !m_return->gaps.isEmpty() && !m_allowGaps->isChecked()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Fill the gaps first, or tick \"Write with the gaps left "
                                    "blank\"."));
        return;
    }
    // Personal data: the user chooses the folder; it never defaults to the current one.
    const QString start = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Folder for the OC2 return (it holds personal data)"), start);
    if (!folder.isEmpty())
        writeTo(folder);
}

} // namespace lac
