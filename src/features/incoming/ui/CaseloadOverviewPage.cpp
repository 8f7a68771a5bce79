// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/ui/CaseloadOverviewPage.h"

#include "RecordTableLook.h"
#include "incoming/core/IncomingService.h"
#include "incoming/models/IncomingRequestListModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace lac {

CaseloadOverviewPage::CaseloadOverviewPage(const IncomingService& service, QWidget* parent)
    : QWidget(parent)
    , m_service(service)
{
    setObjectName(QStringLiteral("caseloadOverview"));
    m_summary = new QLabel(tr("Counting the caseload…"), this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_model = new CaseloadSplitModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Caseload split by authority"));
    RecordTableLook::apply(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
}

QString CaseloadOverviewPage::summary() const
{
    return m_summary->text();
}

void CaseloadOverviewPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // a few hundred milliseconds at 100,000 children, and only when looked at
}

void CaseloadOverviewPage::refresh()
{
    const QDate today = m_service.today();
    auto split = m_service.caseload(today);
    if (!split) {
        m_summary->setText(split.failure().text().toHtmlEscaped());
        m_model->setSplit({});
        return;
    }
    const CaseloadSplit& s = split.value();
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const int authorities = int(s.lines.size()) - 1; // the first line is our own
    const int percent = s.total() > 0 ? int(std::lround(100.0 * s.placedHere / s.total())) : 0;
    m_summary->setText(
        tr("<b>Caseload of %1</b> on %2: %3 of our own children in care and %4 children placed "
           "here by %n other authorities (%5%).",
           nullptr, std::max(authorities, 0))
            .arg(locale.toString(s.total()), locale.toString(today, QStringLiteral("d MMMM yyyy")),
                 locale.toString(s.ownChildren), locale.toString(s.placedHere))
            .arg(percent) +
        (s.knownBothWays
             ? tr(" %n placed here by another authority and now also in our care, counted once "
                  "as ours.",
                  nullptr, s.knownBothWays)
             : QString()));
    m_model->setSplit(s);
    m_table->resizeColumnsToContents();
}

} // namespace lac
