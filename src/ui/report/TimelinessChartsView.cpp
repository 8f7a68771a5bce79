// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/TimelinessChartsView.h"

#include "charts/ReportChartWidget.h"
#include "common/MonthField.h"
#include "reporting/ReportChartSpec.h"
#include "reporting/TimelinessTableModel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace lac {

TimelinessChartsView::TimelinessChartsView(ReportLoader& reports, const AuditLog& audit,
                                           Today today, QWidget* parent,
                                           const ReportSections* sections)
    : QWidget(parent)
    , m_reports(reports)
    , m_audit(audit)
    , m_today(std::move(today))
    , m_sections(sections)
{
    // New figures after a change: now if the charts are in front, else when next shown.
    connect(&m_reports, &ReportLoader::cleared, this, [this] {
        m_drawn = false;
        if (isVisible())
            refresh();
    });
    const ReportRequest initial = ReportRequest::lastTwelveMonths(m_today());
    m_from = new MonthField(initial.firstMonth, this);
    m_to = new MonthField(initial.lastMonth, this);
    for (MonthField* edit : {m_from, m_to}) {
        connect(edit, &MonthField::monthChanged, this, [this] {
            if (!m_updating)
                refresh();
        });
    }
    m_from->setAccessibleName(tr("First month"));
    m_to->setAccessibleName(tr("Last month"));
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    auto* picker = new QHBoxLayout;
    picker->addWidget(new QLabel(tr("From"), this));
    picker->addWidget(m_from);
    picker->addWidget(new QLabel(tr("to"), this));
    picker->addWidget(m_to);
    picker->addSpacing(12);
    picker->addWidget(m_note, 1);

    m_grid = new QGridLayout;
    const int chartCount = 5; // the report's own; refresh() adds the sections' charts
    for (int i = 0; i < chartCount; ++i)
        addChart();

    m_model = new TimelinessTableModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Timeliness by month"));
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(420);

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addLayout(m_grid);
    contentLayout->addWidget(m_table);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(picker);
    layout->addWidget(scroll, 1);
}

TimelinessChartsView::~TimelinessChartsView() = default;

ReportChartWidget* TimelinessChartsView::addChart()
{
    auto* box = new QWidget(this);
    auto* boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(0, 0, 0, 0);
    auto* chart = new ReportChartWidget(box);
    chart->setMinimumHeight(330);
    connect(chart, &ReportChartWidget::pointHovered, this, [this](const QString& tip) {
        if (!tip.isEmpty())
            Q_EMIT statusMessage(tip);
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    auto* png = new QPushButton(tr("Save as PNG…"), box);
    auto* svg = new QPushButton(tr("Save as SVG…"), box);
    connect(png, &QPushButton::clicked, this, [this, chart] { exportChart(chart, false); });
    connect(svg, &QPushButton::clicked, this, [this, chart] { exportChart(chart, true); });
    buttons->addWidget(png);
    buttons->addWidget(svg);
    boxLayout->addWidget(chart, 1);
    boxLayout->addLayout(buttons);
    const int i = int(m_charts.size());
    m_grid->addWidget(box, i / 2, i % 2);
    m_charts << chart;
    return chart;
}

QDate TimelinessChartsView::firstMonth() const
{
    return m_from->month();
}

QDate TimelinessChartsView::lastMonth() const
{
    return m_to->month();
}

void TimelinessChartsView::setTableVisible(bool visible)
{
    m_table->setVisible(visible);
}

bool TimelinessChartsView::setRange(QDate first, QDate last)
{
    m_updating = true;
    m_from->setMonth(first);
    m_to->setMonth(last);
    m_updating = false;
    refresh();
    return m_model->report() &&
           m_model->report()->report().firstMonth == QDate(first.year(), first.month(), 1);
}

void TimelinessChartsView::showEvent(QShowEvent* event)
{
    // Drawn when first looked at, not when the window is built.
    if (!m_drawn)
        refresh();
    QWidget::showEvent(event);
}

void TimelinessChartsView::refresh()
{
    m_drawn = true;
    const QDate today = m_today();
    const QDate first = m_from->month();
    const QDate last = m_to->month();
    if (last < first) {
        m_note->setText(tr("The last month is before the first month."));
        return;
    }
    // A slice of the report shared with the overview: a new range is not another query.
    const ReportRequest request{first, last, today};
    if (!m_reports.holds(request, m_audit.user()))
        m_note->setText(tr("Working out the figures for these months…"));
    m_reports.request(request, m_audit.user(), this,
                      [this, first, last](const Result<TimelinessReport>& report) {
                          // Months asked for since are shown by their own answer.
                          if (m_from->month() == first && m_to->month() == last)
                              draw(report);
                      });
}

void TimelinessChartsView::draw(const Result<TimelinessReport>& report)
{
    if (!report) {
        m_note->setText(report.failure().text());
        return;
    }
    const PublishedReport published(report.value(), 0);
    QList<ReportChartSpec> specs = ReportChartSpec::build(published);
    // A kind of record that cannot be read leaves the report's own charts standing.
    QString sectionFailure;
    if (m_sections) {
        auto sections = m_sections->build(published, m_audit.user());
        if (sections) {
            for (const ReportSection& s : sections.value())
                specs << s.charts;
        } else {
            sectionFailure = sections.failure().text();
        }
    }
    while (m_charts.size() < specs.size())
        addChart();
    for (int i = 0; i < m_charts.size() && i < specs.size(); ++i)
        m_charts.at(i)->setSpec(specs.at(i));
    m_model->setReport(published);
    m_table->resizeColumnsToContents();
    m_note->setText(sectionFailure.isEmpty()
                        ? tr("%1 · figures as at today · for internal use (small numbers not "
                             "hidden); hover a point for the counts behind it")
                              .arg(published.periodText())
                        : sectionFailure);
}

QString TimelinessChartsView::suggestedChartPath(const QString& title, const QString& period,
                                                 bool svg)
{
    QString name = QStringLiteral("%1 %2").arg(title, period).simplified();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9]+"));
    name = name.replace(unsafe, QStringLiteral("-")).toLower();
    while (name.endsWith(u'-'))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("chart");
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    return QDir(folder).filePath(name + (svg ? QStringLiteral(".svg") : QStringLiteral(".png")));
}

QString TimelinessChartsView::withImageSuffix(const QString& path, bool svg)
{
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) == 0)
        return path;
    return path + u'.' + suffix;
}

void TimelinessChartsView::exportChart(ReportChartWidget* chart, bool svg)
{
    const QString period = m_model->report() ? m_model->report()->periodText() : QString();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Save chart"), suggestedChartPath(chart->spec().title, period, svg),
        svg ? tr("SVG image (*.svg)") : tr("PNG image (*.png)"));
    if (chosen.isEmpty())
        return;
    const QString path = withImageSuffix(chosen, svg);
    const bool ok = svg ? chart->exportSvg(path) : chart->exportPng(path);
    if (ok && m_model->report())
        TimelinessReportService::recordExport(
            m_audit, m_model->report()->report(),
            svg ? QStringLiteral("svg chart") : QStringLiteral("png chart"), path);
    Q_EMIT statusMessage(ok ? tr("Chart saved to %1").arg(path)
                            : tr("Could not save the chart to %1").arg(path));
}

} // namespace lac
