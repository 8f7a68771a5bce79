// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/DesignatedNurseDashboard.h"

#include "report/TimelinessChartsView.h"
#include "reporting/TargetStatus.h"
#include "reporting/TimelinessTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace lac {
namespace {

QString tileStyle(TargetStatus status)
{
    const char* colour = "#f3f2f1";
    switch (status) {
    case TargetStatus::Green:
        colour = "#cce2d8";
        break;
    case TargetStatus::Amber:
        colour = "#ffe4b5";
        break;
    case TargetStatus::Red:
        colour = "#f6d7d2";
        break;
    case TargetStatus::None:
        break;
    }
    return QStringLiteral("QLabel{background:%1;border:1px solid #b1b4b6;padding:8px;}")
        .arg(QLatin1String(colour));
}

QString statusWord(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Green:
        return DesignatedNurseDashboard::tr("Green: on target");
    case TargetStatus::Amber:
        return DesignatedNurseDashboard::tr("Amber: just below target");
    case TargetStatus::Red:
        return DesignatedNurseDashboard::tr("Red: well below target");
    case TargetStatus::None:
        break;
    }
    return DesignatedNurseDashboard::tr("No figure yet");
}

} // namespace

DesignatedNurseDashboard::DesignatedNurseDashboard(ReportLoader& reports, const AuditLog& audit,
                                                   Today today, QWidget* parent,
                                                   const ReportSections* sections)
    : QWidget(parent)
    , m_reports(reports)
    , m_audit(audit)
    , m_today(std::move(today))
{
    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    auto* tiles = new QHBoxLayout;
    for (int i = 0; i < 3; ++i) {
        auto* tile = new QLabel(this);
        tile->setTextFormat(Qt::RichText);
        tile->setMinimumWidth(220);
        tiles->addWidget(tile);
        m_tiles << tile;
    }
    tiles->addStretch();

    m_model = new TimelinessTableModel(this);
    auto* table = m_table = new QTableView(this);
    table->setModel(m_model);
    table->setAccessibleName(tr("This quarter by month"));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_charts = new TimelinessChartsView(reports, audit, m_today, this, sections);
    m_charts->setTableVisible(false);
    // New figures after a change: now if the overview is in front, else when next shown.
    connect(&m_reports, &ReportLoader::cleared, this, [this] {
        m_shownQuarter = false;
        if (isVisible())
            showQuarterOf(m_today());
    });
    connect(m_charts, &TimelinessChartsView::statusMessage, this,
            &DesignatedNurseDashboard::statusMessage);

    // The quarter's table and the charts take turns at the whole page: split one above the
    // other, the table showed three or four rows and the charts scrolled inside the page.
    auto* pages = m_pages = new QTabWidget(this);
    pages->setObjectName(QStringLiteral("overviewPages"));
    pages->addTab(table, tr("This quarter by month"));
    pages->addTab(m_charts, tr("Charts"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(tiles);
    layout->addWidget(pages, 1);
    m_heading->setText(tr("Working out this quarter's figures…"));
}

DesignatedNurseDashboard::~DesignatedNurseDashboard() = default;

void DesignatedNurseDashboard::addPage(QWidget* page, const QString& title)
{
    m_pages->addTab(page, title);
}

void DesignatedNurseDashboard::showEvent(QShowEvent* event)
{
    // The figures are worked out when the overview is first looked at, not at start.
    if (!m_shownQuarter)
        showQuarterOf(m_today());
    QWidget::showEvent(event);
}

void DesignatedNurseDashboard::showQuarterOf(QDate today)
{
    m_shownQuarter = true;
    const QDate first(today.year(), ((today.month() - 1) / 3) * 3 + 1, 1);
    m_heading->setText(tr("Working out this quarter's figures…"));
    // The tiles and the table show no exceptions: the quarter does not wait for them.
    m_reports.request(ReportRequest{first, first.addMonths(2), today, ReportPart::Timeliness},
                      m_audit.user(), this, [this, today](const Result<TimelinessReport>& report) {
                          drawQuarter(today, report);
                      });
}

void DesignatedNurseDashboard::drawQuarter(QDate today, const Result<TimelinessReport>& report)
{
    if (!report) {
        m_heading->setText(report.failure().text());
        return;
    }
    const PublishedReport published(report.value(), 0);
    m_model->setReport(published);
    m_table->resizeColumnsToContents();
    m_heading->setText(
        tr("This quarter: %1 (so far, as at %2)")
            .arg(published.periodText(), today.toString(QStringLiteral("d MMM yyyy"))));
    const ReportSettings& s = report->settings;
    const int period = published.periodColumn();
    struct Tile
    {
        QString title;
        TimelinessMeasure measure;
        int target;
    };
    const Tile tiles[] = {
        {tr("IHAs within %1 working days").arg(s.policy.ihaWorkingDays),
         TimelinessMeasure::IhaInTime, s.ihaTargetPercent},
        {tr("RHAs in time"), TimelinessMeasure::RhaInTime, s.rhaTargetPercent},
        {tr("IHA requests within %1 working days").arg(s.policy.ihaRequestWorkingDays),
         TimelinessMeasure::IhaRequestsInTime, s.requestTargetPercent},
    };
    for (int i = 0; i < 3; ++i) {
        const auto percent =
            published.percentValue(period, tiles[i].measure, LocationColumn::Total);
        const TargetStatus status =
            rateAgainstTarget(percent, tiles[i].target, s.amberMarginPercent);
        m_tiles[i]->setStyleSheet(tileStyle(status));
        m_tiles[i]->setText(
            tr("<b>%1</b><br><span style='font-size:x-large'>%2</span> (target %3%)<br>"
               "In area %4 · out of area or not known %5<br>%6")
                .arg(tiles[i].title,
                     published.percent(period, tiles[i].measure, LocationColumn::Total))
                .arg(tiles[i].target)
                .arg(published.percent(period, tiles[i].measure, LocationColumn::InArea),
                     published.percent(period, tiles[i].measure, LocationColumn::OutOfArea),
                     statusWord(status)));
        m_tiles[i]->setAccessibleName(m_tiles[i]->text());
    }
}

QStringList DesignatedNurseDashboard::tileTexts() const
{
    QStringList texts;
    for (const QLabel* tile : m_tiles)
        texts << tile->text();
    return texts;
}

} // namespace lac
