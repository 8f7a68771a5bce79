// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/RetentionReviewDialog.h"

#include "services/RetentionReview.h"
#include "trust/RetentionTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace lac {

RetentionReviewDialog::RetentionReviewDialog(const RetentionReview& review, QDate today,
                                             QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Records past retention"));
    auto* model = new RetentionTableModel(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    auto rows = review.pastRetention(today);
    if (rows) {
        model->setCases(*rows);
        intro->setText(
            rows->isEmpty()
                ? tr("No case record is past its retention period on %1. Records are kept until "
                     "the child's 75th birthday.")
                      .arg(QLocale().toString(today, QLocale::LongFormat))
                : tr("%n case record(s) have reached the child's 75th birthday, the end of the "
                     "retention period. The program never deletes records: give this list to the "
                     "council's records officer, who decides on secure destruction under the "
                     "records management policy.",
                     nullptr, int(rows->size())));
    } else {
        intro->setText(rows.failure().text());
    }
    auto* table = new QTableView(this);
    table->setModel(model);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(820, 460);
}

} // namespace lac
