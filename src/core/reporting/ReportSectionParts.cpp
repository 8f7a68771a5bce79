// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ReportSectionParts.h"

#include "reporting/SmallNumberSuppression.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace lac {

std::optional<double> ReportSectionParts::number(const QString& cell)
{
    bool ok = false;
    const double v = cell.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

bool ReportSectionParts::isHidden(const QString& cell)
{
    return cell.startsWith(QLatin1Char('<')) || cell == SmallNumberSuppression::secondaryText();
}

QStringList ReportSectionParts::monthCategories(const QList<QDate>& months)
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    QStringList categories;
    for (QDate m : months)
        categories << uk.toString(m, months.size() <= 12 ? QStringLiteral("MMM")
                                                         : QStringLiteral("MMM yy"));
    return categories;
}

ReportChartSpec::Series ReportSectionParts::series(const ReportSectionRow& row, int months,
                                                   const PublishedReport& report)
{
    ReportChartSpec::Series out{row.label, {}};
    for (int m = 0; m < months && m < row.cells.size(); ++m) {
        ReportChartSpec::Point p;
        p.value = number(row.cells.at(m));
        p.hidden = isHidden(row.cells.at(m));
        p.tooltip =
            tr("%1, %2: %3").arg(report.columnTitle(m), row.label.toLower(), row.cells.at(m));
        out.points << p;
    }
    return out;
}

ReportChartSpec ReportSectionParts::monthChart(const QString& title, const QString& valueTitle,
                                               const QList<QDate>& months,
                                               const QList<ReportSectionRow>& rows,
                                               const PublishedReport& report)
{
    ReportChartSpec chart;
    chart.kind = ReportChartSpec::Kind::Section;
    chart.title = title;
    chart.valueTitle = valueTitle;
    chart.categories = monthCategories(months);
    chart.categoryTitle = report.periodText();
    for (const ReportSectionRow& row : rows)
        chart.series << series(row, int(months.size()), report);
    return chart;
}

void ReportSectionParts::addAudit(ReportSection& section, const SmallNumberSuppression& s,
                                  const std::function<QString(int cell)>& describe)
{
    if (!s.enabled())
        return;
    for (const SmallNumberSuppression::Exposure& e : s.audit()) {
        const bool unsolved = std::isnan(e.lowest) || std::isnan(e.highest);
        section.auditLines
            << tr("%1: shown as %2; %3")
                   .arg(describe(e.cell),
                        s.isPrinted(e.cell) ? s.text(e.cell) : tr("(not printed)"),
                        unsolved             ? tr("NOT CHECKED: the solver gave no answer")
                        : !e.protectedEnough ? tr("CAN BE WORKED OUT")
                        : std::isinf(e.highest)
                            ? tr("the paper allows %1 or more").arg(std::lround(e.lowest))
                            : tr("the paper allows %1 to %2")
                                  .arg(std::lround(e.lowest))
                                  .arg(std::lround(e.highest)));
        if (!e.protectedEnough && section.leak.isEmpty())
            section.leak = tr("%1 could be worked out from the paper").arg(describe(e.cell));
    }
}

QString ReportSectionParts::columnOf(int cell, const QList<int>& cells,
                                     const PublishedReport& report)
{
    const int i = int(cells.indexOf(cell));
    return i < 0 ? QString() : report.columnTitle(i);
}

QString ReportSectionParts::pointText(const QString& column, const QString& label,
                                      const QString& cell)
{
    return tr("%1, %2: %3").arg(column, label, cell);
}

} // namespace lac
