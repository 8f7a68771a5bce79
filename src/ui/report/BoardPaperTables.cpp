// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BoardPaperTables.h"

#include "report/BoardPaperPdfWriter.h"

#include <QLocale>

namespace lac {

bool BoardPaperPdfWriter::breakBeforeRow(int row, int rowCount, double roomLeft, double rowHeight)
{
    if (roomLeft < rowHeight)
        return true;
    // The last two rows go over together rather than leave the last one alone.
    return rowCount >= 3 && row == rowCount - 2 && roomLeft < 2 * rowHeight;
}

namespace boardpaper {

QString monthColumnHeading(const PublishedReport& report, int column, bool shortNames)
{
    if (column >= report.monthCount() || !shortNames)
        return report.columnTitle(column);
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QString format = QStringLiteral("MMM yy");
    const QString last = uk.toString(report.columnMonth(column), format);
    const QDate first = report.columnFirstMonth(column);
    if (first == report.columnMonth(column))
        return last;
    return uk.toString(first, format) + QStringLiteral(" – ") + last;
}

double headerHeight(QPainter& painter, const QStringList& header, const QList<double>& widths)
{
    painter.setFont(font(8, true));
    double height = 16;
    for (int c = 0; c < header.size() && c < widths.size(); ++c) {
        const QRectF room(0, 0, widths.at(c) - 6, 1000);
        height = std::max(height,
                          painter.boundingRect(room, Qt::TextWordWrap, header.at(c)).height() + 5);
    }
    return height;
}

PaperTable sectionTable(const PublishedReport& report, const ReportSection& section, double width)
{
    PaperTable t;
    const double first = 70;
    t.header << BoardPaperPdfWriter::tr("Month");
    t.widths << first;
    for (const ReportSectionRow& row : section.rows) {
        t.header << row.label;
        t.widths << (width - first) / double(section.rows.size());
    }
    for (int c = 0; c <= report.periodColumn(); ++c) {
        TableRow r;
        r.cells << report.columnTitle(c);
        for (const ReportSectionRow& row : section.rows)
            r.cells << row.cells.value(c);
        r.bold = c == report.periodColumn();
        r.groupStart = c == report.periodColumn();
        r.shaded = c % 2 == 1;
        t.rows << r;
    }
    return t;
}

PaperTable ownTable(const ReportSectionTable& table, double width)
{
    PaperTable t;
    if (table.periodsDown) {
        // A row per period (the last, the whole period, in bold), a column per figure.
        const double first = 110;
        t.header << QString();
        t.widths << first;
        for (const ReportSectionRow& row : table.rows) {
            t.header << row.label;
            t.widths << (width - first) / double(table.rows.size());
        }
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            TableRow r;
            r.cells << table.columns.at(c);
            for (const ReportSectionRow& row : table.rows)
                r.cells << row.cells.value(c);
            r.bold = c == table.columns.size() - 1;
            r.groupStart = r.bold;
            r.shaded = c % 2 == 1;
            t.rows << r;
        }
        return t;
    }
    const double first = width * 0.36;
    t.header << QString() << table.columns;
    t.widths << first;
    for (qsizetype c = 0; c < table.columns.size(); ++c)
        t.widths << (width - first) / double(table.columns.size());
    for (int i = 0; i < table.rows.size(); ++i) {
        const ReportSectionRow& row = table.rows.at(i);
        TableRow r;
        r.cells << row.label;
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            r.cells << row.cells.value(c);
        r.shaded = i % 2 == 1;
        t.rows << r;
    }
    return t;
}

PaperTable groupTable(const PublishedReport& report, double width)
{
    PaperTable t;
    for (int g = 0; g < report.groupCount(); ++g)
        t.rows << TableRow{
            {report.groupName(g), report.groupCount(g, GroupMeasure::IhaInTime),
             report.groupCount(g, GroupMeasure::IhaLate), report.groupPercent(g, true),
             report.groupCount(g, GroupMeasure::RhaInTime),
             report.groupCount(g, GroupMeasure::RhaLate), report.groupPercent(g, false)},
            false,
            g > 0,
            g % 2 == 1};
    // The first column holds a combined row's names ("Other placements (…)").
    const double first = 200, late = 50, percent = 40;
    const double inTime = (width - first - 2 * late - 2 * percent) / 2;
    t.header =
        QStringList{BoardPaperPdfWriter::tr("Placement"),   BoardPaperPdfWriter::tr("IHA in time"),
                    BoardPaperPdfWriter::tr("IHA late"),    BoardPaperPdfWriter::tr("% IHA"),
                    BoardPaperPdfWriter::tr("RHA in time"), BoardPaperPdfWriter::tr("RHA late"),
                    BoardPaperPdfWriter::tr("% RHA")};
    t.widths = {first, inTime, late, percent, inTime, late, percent};
    return t;
}

std::unique_ptr<QTextLayout> wrappedLines(const QString& text, const QFont& font, double width,
                                          QPainter& painter)
{
    auto layout = std::make_unique<QTextLayout>(text, font, painter.device());
    QTextOption wrap;
    wrap.setWrapMode(QTextOption::WordWrap);
    layout->setTextOption(wrap);
    layout->beginLayout();
    double y = 0;
    for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout->endLayout();
    return layout;
}

} // namespace boardpaper
} // namespace lac
