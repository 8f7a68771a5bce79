// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/BoardPaperPdfWriter.h"

#include "charts/ReportChartPainter.h"
#include "report/BoardPaperPdfStyle.h"
#include "report/BoardPaperTables.h"
#include "reporting/BoardPaperText.h"
#include "reporting/BoardTableRow.h"
#include "reporting/ReportChartSpec.h"

#include <QBuffer>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace lac {
namespace {

using namespace boardpaper;

/// Lays the paper out top to bottom, starting a new page when a block does not fit.
class PaperLayout
{
public:
    PaperLayout(QPdfWriter& writer, QPainter& painter, const PublishedReport& report,
                const QList<ReportSection>& sections, int totalPages)
        : m_writer(writer)
        , m_p(painter)
        , m_report(report)
        , m_sections(sections)
        , m_totalPages(totalPages)
    {}

    int pages() const { return m_page; }

    void run()
    {
        titleBlock();
        const BoardPaperCover& cover = m_report.cover();
        if (!cover.purpose.isEmpty()) {
            heading(BoardPaperPdfWriter::tr("Purpose of the report"));
            paragraph(cover.purpose, font(10));
        }
        if (!cover.recommendations.isEmpty()) {
            heading(BoardPaperPdfWriter::tr("Recommendations"));
            for (int i = 0; i < cover.recommendations.size(); ++i)
                labelledParagraph(QStringLiteral("%1.").arg(i + 1), cover.recommendations.at(i),
                                  18);
        }
        heading(BoardPaperPdfWriter::tr("Summary"));
        for (const QString& line : BoardPaperText::summary(m_report))
            paragraph(line, font(10));
        space(6);
        monthlyTables();
        if (!m_report.monthSplits())
            splitTable();
        heading(BoardPaperPdfWriter::tr("Exceptions by month"));
        for (int m = 0; m < m_report.monthCount(); ++m)
            labelledParagraph(m_report.columnTitle(m) + QStringLiteral(": "),
                              m_report.exceptions(m));
        if (!m_report.monthSplits()) // a public paper gives late reasons for the whole period
            labelledParagraph(m_report.columnTitle(m_report.periodColumn()) + QStringLiteral(": "),
                              m_report.exceptions(m_report.periodColumn()));
        space(6);
        for (const ReportChartSpec& chart : ReportChartSpec::build(m_report))
            chartBlock(chart);
        groupTable();
        ownerTable();
        for (const ReportSection& section : m_sections) {
            heading(section.title);
            for (const QString& line : section.paragraphs)
                paragraph(line, font(10));
            for (const ReportSectionTable& own : section.tables) {
                const PaperTable o = ownTable(own, contentWidth);
                table(own.caption, o.header, o.widths, o.rows, 1);
            }
            const PaperTable t = sectionTable(m_report, section, contentWidth);
            if (!section.rows.isEmpty())
                table(QStringLiteral("%1, %2").arg(section.title, m_report.periodText()), t.header,
                      t.widths, t.rows, 1);
            for (const ReportChartSpec& chart : section.charts)
                chartBlock(chart);
        }
        methodBox();
        footer();
    }

private:
    void newPage()
    {
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = marginTop;
    }

    void ensure(double height)
    {
        if (m_y + height > pageHeight - marginBottom)
            newPage();
    }

    void space(double h) { m_y += h; }

    double measure(const QString& text, const QFont& f, double width) const
    {
        m_p.setFont(f);
        return m_p.boundingRect(QRectF(0, 0, width, 10000), Qt::TextWordWrap, text).height();
    }

    void paragraph(const QString& text, const QFont& f, const QColor& colour = ink,
                   double indent = 0)
    {
        const double h = measure(text, f, contentWidth - indent);
        if (h > pageHeight - marginTop - marginBottom) { // longer than a page: line by line
            const auto lines = boardpaper::wrappedLines(text, f, contentWidth - indent, m_p);
            m_p.setPen(colour);
            for (int i = 0; i < lines->lineCount(); ++i) {
                const QTextLine line = lines->lineAt(i);
                ensure(line.height());
                line.draw(&m_p, QPointF(marginX + indent, m_y - line.y()));
                m_y += line.height();
            }
            m_y += 4;
            return;
        }
        ensure(h);
        m_p.setFont(f);
        m_p.setPen(colour);
        m_p.drawText(QRectF(marginX + indent, m_y, contentWidth - indent, h), Qt::TextWordWrap,
                     text);
        m_y += h + 4;
    }

    void labelledParagraph(const QString& label, const QString& text, double labelWidth = 62)
    {
        const QFont bold = font(9, true);
        m_p.setFont(bold);
        const double h = measure(text, font(9), contentWidth - labelWidth);
        ensure(h);
        m_p.setPen(ink);
        m_p.drawText(QRectF(marginX, m_y, labelWidth, h), Qt::AlignLeft | Qt::AlignTop, label);
        m_p.setFont(font(9));
        m_p.drawText(QRectF(marginX + labelWidth, m_y, contentWidth - labelWidth, h),
                     Qt::TextWordWrap, text);
        m_y += h + 3;
    }

    void heading(const QString& text)
    {
        ensure(60); // never leave a heading alone at the foot of a page
        m_y += 6;
        m_p.setFont(font(13, true));
        m_p.setPen(ink);
        m_p.drawText(QRectF(marginX, m_y, contentWidth, 18), Qt::AlignLeft | Qt::AlignVCenter,
                     text);
        m_y += 22;
    }

    void titleBlock()
    {
        m_p.fillRect(QRectF(marginX, m_y, contentWidth, 4), blue);
        m_y += 12;
        paragraph(m_report.report().settings.authorityName, font(11, true), grey);
        paragraph(BoardPaperText::title(), font(19, true));
        paragraph(
            BoardPaperPdfWriter::tr("Corporate Parenting Board · %1").arg(m_report.periodText()),
            font(12));
        if (!m_report.cover().author.isEmpty())
            paragraph(BoardPaperPdfWriter::tr("Report of: %1").arg(m_report.cover().author),
                      font(10));
        paragraph(BoardPaperText::produced(m_report), font(9), grey);
        if (m_report.suppressing())
            paragraph(BoardPaperPdfWriter::tr(
                          "Public document: no child can be identified from it. Small numbers are "
                          "shown as \"<%1\" or hidden (\"*\").")
                          .arg(m_report.threshold()),
                      font(9), grey);
        else
            paragraph(BoardPaperPdfWriter::tr(
                          "NOT FOR PUBLICATION: small numbers are not suppressed in this copy."),
                      font(10, true), QColor(0xd4, 0x35, 0x1c));
        m_y += 4;
    }

    void table(const QString& caption, const QStringList& header, const QList<double>& widths,
               const QList<TableRow>& rows, int leftAlignedColumns)
    {
        const double rowHeight = 11.5;
        // Headings and caption wrap rather than be cut off at their column's (page's) edge.
        const double headerHeight = boardpaper::headerHeight(m_p, header, widths);
        const double captionHeight = std::max(16.0, measure(caption, font(10, true), contentWidth));
        ensure(captionHeight + headerHeight + 4 + rowHeight * std::min<qsizetype>(rows.size(), 6));
        m_p.setFont(font(10, true));
        m_p.setPen(ink);
        m_p.drawText(QRectF(marginX, m_y, contentWidth, captionHeight),
                     Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, caption);
        m_y += captionHeight + 2;
        const auto drawHeader = [&] {
            double x = marginX;
            m_p.fillRect(QRectF(marginX, m_y, contentWidth, headerHeight), shade);
            m_p.setFont(font(8, true));
            m_p.setPen(ink);
            for (int c = 0; c < header.size(); ++c) {
                const Qt::Alignment align = c < leftAlignedColumns ? Qt::AlignLeft : Qt::AlignRight;
                m_p.drawText(QRectF(x + 3, m_y, widths.at(c) - 6, headerHeight),
                             align | Qt::AlignVCenter | Qt::TextWordWrap, header.at(c));
                x += widths.at(c);
            }
            m_y += headerHeight;
            m_p.setPen(QPen(ink, 0.8));
            m_p.drawLine(QPointF(marginX, m_y), QPointF(marginX + contentWidth, m_y));
        };
        drawHeader();
        const bool grouped = leftAlignedColumns > 1; // row groups of three (the board table)
        for (int i = 0; i < rows.size(); ++i) {
            const TableRow& row = rows.at(i);
            // Groups of three keep together below; a plain table keeps its last two rows.
            const double room = pageHeight - marginBottom - m_y;
            if (grouped
                    ? room < rowHeight
                    : BoardPaperPdfWriter::breakBeforeRow(i, int(rows.size()), room, rowHeight)) {
                newPage();
                drawHeader();
            }
            if (grouped && row.groupStart && m_y + 3 * rowHeight > pageHeight - marginBottom) {
                newPage(); // keep a row group together
                drawHeader();
            }
            if (row.shaded && (!grouped || row.groupStart))
                m_p.fillRect(QRectF(marginX, m_y, contentWidth, rowHeight * (grouped ? 3 : 1)),
                             QColor(0xf8, 0xf8, 0xf8));
            if (row.groupStart) {
                m_p.setPen(QPen(rule, 0.5));
                m_p.drawLine(QPointF(marginX, m_y), QPointF(marginX + contentWidth, m_y));
            }
            double x = marginX;
            for (int c = 0; c < row.cells.size(); ++c) {
                m_p.setFont(
                    font(8, row.bold || (c == 0 && row.groupStart && leftAlignedColumns > 1)));
                m_p.setPen(c == 1 && grouped ? grey : ink);
                const Qt::Alignment align = c < leftAlignedColumns ? Qt::AlignLeft : Qt::AlignRight;
                if (c == 0 && row.groupStart && leftAlignedColumns > 1)
                    // A row group's label wraps over its three rows.
                    m_p.drawText(QRectF(x + 3, m_y + 1.5, widths.at(c) - 6, rowHeight * 3),
                                 Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, row.cells.at(c));
                else
                    m_p.drawText(QRectF(x + 3, m_y, widths.at(c) - 6, rowHeight),
                                 align | Qt::AlignVCenter, row.cells.at(c));
                x += widths.at(c);
            }
            m_y += rowHeight;
        }
        m_p.setPen(QPen(ink, 0.8));
        m_p.drawLine(QPointF(marginX, m_y), QPointF(marginX + contentWidth, m_y));
        m_y += 12;
    }

    void monthlyTables()
    {
        const int months = m_report.monthCount();
        const int blocks = (months + monthsPerTable - 1) / monthsPerTable;
        for (int b = 0; b < blocks; ++b) {
            QList<int> columns;
            for (int m = b * monthsPerTable; m < std::min(months, (b + 1) * monthsPerTable); ++m)
                columns << m;
            if (b == blocks - 1)
                columns << m_report.periodColumn();
            // A public paper splits by month only the rows its layout does (then splitTable).
            const bool split = months > 0 && (m_report.monthSplits() ||
                                              !m_report.layout().splitByMonthRows().isEmpty());
            QStringList header{BoardPaperPdfWriter::tr("Indicator")};
            if (split)
                header << QString();
            const double labelWidth = split ? 130 : 160, whereWidth = split ? 78 : 0;
            const double dataWidth = (contentWidth - labelWidth - whereWidth) / columns.size();
            QList<double> widths{labelWidth};
            if (split)
                widths << whereWidth;
            for (int c : columns) {
                header << monthColumnHeading(m_report, c, columns.size() > 5);
                widths << dataWidth;
            }
            QList<TableRow> rows;
            bool shaded = false;
            for (const BoardTableRow& r : BoardTableRow::rows()) {
                if (months > 0 && !r.isByMonth(m_report))
                    continue; // given for the whole period, in the next table
                if (!r.isSplitByMonth(m_report)) {
                    TableRow row{{r.label}, r.isHeadline(), split, shaded};
                    if (split)
                        row.cells << BoardTableRow::locationShortLabel(LocationColumn::Total);
                    for (int c : columns)
                        row.cells << r.cell(m_report, c, LocationColumn::Total);
                    rows << row;
                    shaded = !shaded;
                    continue;
                }
                bool first = true;
                for (LocationColumn where : BoardTableRow::locations()) {
                    TableRow row;
                    row.cells << (first ? r.label : QString())
                              << BoardTableRow::locationShortLabel(where);
                    for (int c : columns)
                        row.cells << r.cell(m_report, c, where);
                    row.bold = r.isHeadline() && where == LocationColumn::Total;
                    row.groupStart = first;
                    row.shaded = shaded;
                    rows << row;
                    first = false;
                }
                shaded = !shaded;
            }
            const QString caption = blocks == 1
                                        ? BoardPaperPdfWriter::tr("Timeliness by month")
                                        : BoardPaperPdfWriter::tr("Timeliness by month (%1 of %2)")
                                              .arg(b + 1)
                                              .arg(blocks);
            table(caption, header, widths, rows, split ? 2 : 1);
        }
    }

    void splitTable()
    {
        QList<TableRow> rows;
        bool shaded = false;
        for (const BoardTableRow& r : BoardTableRow::rows()) {
            if (!r.isPrinted(m_report, m_report.periodColumn(), LocationColumn::Total))
                continue; // left out by the layout (IHA requests when few were not in time)
            TableRow row{{r.label}, r.isHeadline(), false, shaded};
            for (LocationColumn where : BoardTableRow::locations())
                row.cells << r.periodCell(m_report, where);
            rows << row;
            shaded = !shaded;
        }
        const double w = (contentWidth - 200) / 3;
        QStringList header{BoardPaperPdfWriter::tr("Indicator")};
        for (LocationColumn where : BoardTableRow::locations())
            header << BoardTableRow::locationShortLabel(where);
        table(BoardPaperPdfWriter::tr("Where the child was placed, %1").arg(m_report.periodText()),
              header, {200, w, w, w}, rows, 1);
    }

    void chartBlock(const ReportChartSpec& chart)
    {
        const double height =
            contentWidth * ReportChartPainter::defaultHeight / ReportChartPainter::defaultWidth;
        ensure(height + 10);
        ReportChartPainter::paint(chart, m_p, QRectF(marginX, m_y, contentWidth, height));
        m_y += height + 14;
    }

    void groupTable()
    {
        const PaperTable t = boardpaper::groupTable(m_report, contentWidth);
        table(
            BoardPaperPdfWriter::tr("Timeliness by placement type, %1").arg(m_report.periodText()),
            t.header, t.widths, t.rows, 1);
    }

    void ownerTable()
    {
        if (m_report.owners().isEmpty()) {
            paragraph(BoardPaperPdfWriter::tr("No assessment was late in the period."), font(10));
            return;
        }
        QList<TableRow> rows;
        for (int o = 0; o < m_report.owners().size(); ++o)
            rows << TableRow{
                {m_report.ownerName(o), m_report.ownerCount(m_report.periodColumn(), o)},
                false,
                o > 0,
                o % 2 == 1};
        table(BoardPaperPdfWriter::tr("Late assessments by whose delay it was, %1")
                  .arg(m_report.periodText()),
              {BoardPaperPdfWriter::tr("Delay with"), BoardPaperPdfWriter::tr("Late assessments")},
              {contentWidth - 120, 120}, rows, 1);
    }

    void methodBox()
    {
        const QStringList lines = BoardPaperText::method(m_report);
        const double inner = contentWidth - 20;
        double h = 26;
        for (const QString& line : lines)
            h += measure(line, font(8), inner) + 4;
        ensure(h + 10);
        const double top = m_y;
        m_p.setPen(QPen(blue, 1.5));
        m_p.setBrush(Qt::NoBrush);
        m_p.drawRect(QRectF(marginX, top, contentWidth, h));
        m_y += 8;
        m_p.setFont(font(11, true));
        m_p.setPen(ink);
        m_p.drawText(QRectF(marginX + 10, m_y, inner, 14), Qt::AlignLeft | Qt::AlignVCenter,
                     BoardPaperPdfWriter::tr("Definitions and method"));
        m_y += 18;
        for (const QString& line : lines) {
            const double lh = measure(line, font(8), inner);
            m_p.setFont(font(8));
            m_p.drawText(QRectF(marginX + 10, m_y, inner, lh), Qt::TextWordWrap, line);
            m_y += lh + 4;
        }
        m_y = top + h + 10;
    }

    void footer()
    {
        m_p.setFont(font(8));
        m_p.setPen(grey);
        const double y = pageHeight - marginBottom + 18;
        m_p.setPen(QPen(rule, 0.5));
        m_p.drawLine(QPointF(marginX, y - 4), QPointF(marginX + contentWidth, y - 4));
        m_p.setPen(grey);
        m_p.drawText(QRectF(marginX, y, contentWidth - 80, 14), Qt::AlignLeft | Qt::AlignVCenter,
                     BoardPaperPdfWriter::tr("%1 · Timeliness report %2 · produced %3")
                         .arg(m_report.report().settings.authorityName, m_report.periodText(),
                              m_report.report().produced.toLocalTime().date().toString(
                                  QStringLiteral("d MMM yyyy"))));
        m_p.drawText(QRectF(marginX + contentWidth - 80, y, 80, 14),
                     Qt::AlignRight | Qt::AlignVCenter,
                     m_totalPages > 0
                         ? BoardPaperPdfWriter::tr("Page %1 of %2").arg(m_page).arg(m_totalPages)
                         : BoardPaperPdfWriter::tr("Page %1").arg(m_page));
    }

    QPdfWriter& m_writer;
    QPainter& m_p;
    const PublishedReport& m_report;
    const QList<ReportSection>& m_sections;
    int m_totalPages;
    int m_page = 1;
    double m_y = marginTop;
};

// One pass over the paper; returns the number of pages.
Result<int> render(QIODevice* device, const PublishedReport& report,
                   const QList<ReportSection>& sections, int totalPages)
{
    QPdfWriter writer(device);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setResolution(600);
    writer.setTitle(BoardPaperText::title() + QStringLiteral(" — ") + report.periodText());
    writer.setCreator(QStringLiteral("LAC Health Tracker"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Failure{BoardPaperPdfWriter::tr("could not start drawing the PDF"),
                       BoardPaperPdfWriter::tr("board paper")};
    painter.scale(writer.resolution() / 72.0, writer.resolution() / 72.0);
    painter.setRenderHint(QPainter::Antialiasing);
    PaperLayout layout(writer, painter, report, sections, totalPages);
    layout.run();
    painter.end();
    return layout.pages();
}

} // namespace

Result<QByteArray> BoardPaperPdfWriter::write(const PublishedReport& report,
                                              const QList<ReportSection>& sections)
{
    // First pass counts the pages for "Page N of M"; the second draws them.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    auto pages = render(&scratch, report, sections, 0);
    if (!pages)
        return pages.failure();
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto drawn = render(&out, report, sections, pages.value());
    if (!drawn)
        return drawn.failure();
    return out.data();
}

Status BoardPaperPdfWriter::writeFile(const PublishedReport& report, const QString& path,
                                      const QList<ReportSection>& sections)
{
    auto bytes = write(report, sections);
    if (!bytes)
        return bytes.failure();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value()) != bytes->size() ||
        !file.commit())
        return Failure{tr("could not write the file: %1").arg(file.errorString()), path};
    return {};
}

} // namespace lac
