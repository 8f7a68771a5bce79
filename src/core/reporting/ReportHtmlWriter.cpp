// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ReportHtmlWriter.h"

#include "reporting/BoardPaperText.h"
#include "reporting/BoardTableRow.h"

namespace lac {
namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString td(const QString& s)
{
    return QStringLiteral("<td>%1</td>").arg(esc(s));
}

QString monthlyTable(const PublishedReport& r)
{
    QString h = QStringLiteral("<table class=\"board\">\n<caption>%1</caption>\n<thead><tr>"
                               "<td colspan=\"2\"></td>")
                    .arg(esc(ReportHtmlWriter::tr("Timeliness by month")));
    for (int c = 0; c <= r.periodColumn(); ++c)
        h += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(r.columnTitle(c)));
    h += QStringLiteral("</tr></thead>\n");
    // A public paper: all children each month, split by month only the rows its layout
    // splits; the period's split below.
    for (const BoardTableRow& row : BoardTableRow::rows()) {
        if (r.monthCount() > 0 && !row.isByMonth(r))
            continue; // given for the whole period, in the next table
        if (!row.isSplitByMonth(r)) {
            h += QStringLiteral("<tbody>\n<tr><th scope=\"row\" colspan=\"2\">%1</th>")
                     .arg(esc(row.label));
            for (int c = 0; c <= r.periodColumn(); ++c)
                h += td(row.cell(r, c, LocationColumn::Total));
            h += QStringLiteral("</tr>\n</tbody>\n");
            continue;
        }
        h += QStringLiteral("<tbody>\n");
        bool first = true;
        for (LocationColumn where : BoardTableRow::locations()) {
            h += QStringLiteral("<tr>");
            if (first)
                h += QStringLiteral("<th scope=\"rowgroup\" rowspan=\"3\">%1</th>")
                         .arg(esc(row.label));
            first = false;
            h += QStringLiteral("<th scope=\"row\">%1</th>")
                     .arg(esc(BoardTableRow::locationLabel(where)));
            for (int c = 0; c <= r.periodColumn(); ++c)
                h += td(row.cell(r, c, where));
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</tbody>\n");
    }
    return h + QStringLiteral("</table>\n");
}

// The whole period in area / out of area or not known: where a public paper gives the split.
QString splitTable(const PublishedReport& r)
{
    QString h =
        QStringLiteral("<table>\n<caption>%1</caption>\n<thead><tr><td></td>")
            .arg(esc(ReportHtmlWriter::tr("Where the child was placed, %1").arg(r.periodText())));
    for (LocationColumn where : BoardTableRow::locations())
        h += QStringLiteral("<th scope=\"col\">%1</th>")
                 .arg(esc(BoardTableRow::locationLabel(where)));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const BoardTableRow& row : BoardTableRow::rows()) {
        if (!row.isPrinted(r, r.periodColumn(), LocationColumn::Total))
            continue; // left out by the layout (IHA requests when few were not in time)
        h += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(esc(row.label));
        for (LocationColumn where : BoardTableRow::locations())
            h += td(row.periodCell(r, where));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

QString groupTable(const PublishedReport& r)
{
    QString h =
        QStringLiteral("<table>\n<caption>%1</caption>\n<thead><tr><th scope=\"col\">%2</th>"
                       "<th scope=\"col\">%3</th><th scope=\"col\">%4</th><th scope=\"col\">%5</th>"
                       "<th scope=\"col\">%6</th><th scope=\"col\">%7</th><th scope=\"col\">%8</th>"
                       "</tr></thead>\n<tbody>\n")
            .arg(esc(ReportHtmlWriter::tr("Timeliness by placement type, whole period")),
                 esc(ReportHtmlWriter::tr("Placement")), esc(ReportHtmlWriter::tr("IHAs in time")),
                 esc(ReportHtmlWriter::tr("IHAs late")),
                 esc(ReportHtmlWriter::tr("% IHAs in time")),
                 esc(ReportHtmlWriter::tr("RHAs in time")), esc(ReportHtmlWriter::tr("RHAs late")),
                 esc(ReportHtmlWriter::tr("% RHAs in time")));
    for (int g = 0; g < r.groupCount(); ++g) {
        h += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(esc(r.groupName(g)));
        h += td(r.groupCount(g, GroupMeasure::IhaInTime)) +
             td(r.groupCount(g, GroupMeasure::IhaLate)) + td(r.groupPercent(g, true)) +
             td(r.groupCount(g, GroupMeasure::RhaInTime)) +
             td(r.groupCount(g, GroupMeasure::RhaLate)) + td(r.groupPercent(g, false));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

QString ownerTable(const PublishedReport& r)
{
    if (r.owners().isEmpty())
        return QStringLiteral("<p>%1</p>\n")
            .arg(esc(ReportHtmlWriter::tr("No assessment was late in the period.")));
    QString h =
        QStringLiteral("<table>\n<caption>%1</caption>\n<thead><tr><th scope=\"col\">%2</th>"
                       "<th scope=\"col\">%3</th></tr></thead>\n<tbody>\n")
            .arg(esc(ReportHtmlWriter::tr("Late assessments by whose delay it was, whole period")),
                 esc(ReportHtmlWriter::tr("Delay with")),
                 esc(ReportHtmlWriter::tr("Late assessments")));
    for (int o = 0; o < r.owners().size(); ++o)
        h += QStringLiteral("<tr><th scope=\"row\">%1</th>%2</tr>\n")
                 .arg(esc(r.ownerName(o)), td(r.ownerCount(r.periodColumn(), o)));
    return h + QStringLiteral("</tbody></table>\n");
}

// A row per period, a column per figure (ReportSectionTable::periodsDown).
QString periodsDownHtml(const ReportSectionTable& table)
{
    QString h = QStringLiteral("<table>\n<caption>%1</caption>\n<thead><tr><td></td>")
                    .arg(esc(table.caption));
    for (const ReportSectionRow& row : table.rows)
        h += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(row.label));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (int c = 0; c < table.columns.size(); ++c) {
        h += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(esc(table.columns.at(c)));
        for (const ReportSectionRow& row : table.rows)
            h += td(row.cells.value(c));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

QString sectionHtml(const PublishedReport& r, const ReportSection& section)
{
    QString h = QStringLiteral("<h2>%1</h2>\n").arg(esc(section.title));
    for (const QString& line : section.paragraphs)
        h += QStringLiteral("<p>%1</p>\n").arg(esc(line));
    for (const ReportSectionTable& table : section.tables) {
        if (table.periodsDown) {
            h += periodsDownHtml(table);
            continue;
        }
        h += QStringLiteral("<table>\n<caption>%1</caption>\n<thead><tr><td></td>")
                 .arg(esc(table.caption));
        for (const QString& column : table.columns)
            h += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(column));
        h += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (const ReportSectionRow& row : table.rows) {
            h += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(esc(row.label));
            for (int c = 0; c < table.columns.size(); ++c)
                h += td(row.cells.value(c));
            h += QStringLiteral("</tr>\n");
        }
        h += QStringLiteral("</tbody></table>\n");
    }
    if (section.rows.isEmpty())
        return h;
    h += QStringLiteral("<table>\n<caption>%1</caption>\n<thead><tr><td></td>")
             .arg(esc(section.title));
    for (int c = 0; c <= r.periodColumn(); ++c)
        h += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(r.columnTitle(c)));
    h += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const ReportSectionRow& row : section.rows) {
        h += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(esc(row.label));
        for (int c = 0; c <= r.periodColumn(); ++c)
            h += td(row.cells.value(c));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</tbody></table>\n");
}

} // namespace

QByteArray ReportHtmlWriter::write(const PublishedReport& r, const QList<ReportSection>& sections)
{
    QString h =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<title>%1</title>\n<style>\n"
                       "body{font-family:Arial,Helvetica,sans-serif;max-width:72em;margin:2em auto;"
                       "padding:0 1em;color:#0b0c0c;line-height:1.4}\n"
                       "table{border-collapse:collapse;margin:1em 0 2em}\n"
                       "caption{text-align:left;font-weight:bold;padding:.4em 0}\n"
                       "th,td{border:1px solid #b1b4b6;padding:.25em .6em}\n"
                       "td{text-align:right;font-variant-numeric:tabular-nums}\n"
                       "th[scope=row],th[scope=rowgroup]{text-align:left;font-weight:normal}\n"
                       "th[scope=rowgroup]{font-weight:bold;max-width:16em}\n"
                       "thead th{background:#f3f2f1}\n"
                       ".method{border:2px solid #1d70b8;padding:.5em 1em;margin-top:2em}\n"
                       "</style>\n</head>\n<body>\n<main>\n")
            .arg(esc(BoardPaperText::title()));
    h += QStringLiteral("<h1>%1</h1>\n<p><strong>%2</strong></p>\n<p>%3</p>\n")
             .arg(esc(BoardPaperText::title()), esc(BoardPaperText::subtitle(r)),
                  esc(BoardPaperText::produced(r)));
    const BoardPaperCover& cover = r.cover();
    if (!cover.author.isEmpty())
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Report of: %1").arg(cover.author)));
    if (!cover.purpose.isEmpty())
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                 .arg(esc(tr("Purpose of the report")), esc(cover.purpose));
    if (!cover.recommendations.isEmpty()) {
        h += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(tr("Recommendations")));
        for (const QString& line : cover.recommendations)
            h += QStringLiteral("<li>%1</li>\n").arg(esc(line));
        h += QStringLiteral("</ol>\n");
    }
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Summary")));
    for (const QString& line : BoardPaperText::summary(r))
        h += QStringLiteral("<p>%1</p>\n").arg(esc(line));
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("Monthly figures")));
    h += monthlyTable(r);
    if (!r.monthSplits())
        h += splitTable(r);
    h += QStringLiteral("<h2>%1</h2>\n<ul>\n").arg(esc(tr("Exceptions by month")));
    for (int m = 0; m < r.monthCount(); ++m)
        h += QStringLiteral("<li><strong>%1:</strong> %2</li>\n")
                 .arg(esc(r.columnTitle(m)), esc(r.exceptions(m)));
    if (!r.monthSplits()) // a public paper gives late reasons for the whole period
        h += QStringLiteral("<li><strong>%1:</strong> %2</li>\n")
                 .arg(esc(r.periodText()), esc(r.exceptions(r.periodColumn())));
    h += QStringLiteral("</ul>\n");
    h += QStringLiteral("<h2>%1</h2>\n").arg(esc(tr("By placement type and by delay")));
    h += groupTable(r) + ownerTable(r);
    for (const ReportSection& section : sections)
        h += sectionHtml(r, section);
    h += QStringLiteral("<section class=\"method\">\n<h2>%1</h2>\n")
             .arg(esc(tr("Definitions and method")));
    for (const QString& line : BoardPaperText::method(r))
        h += QStringLiteral("<p>%1</p>\n").arg(esc(line));
    h += QStringLiteral("</section>\n</main>\n</body>\n</html>\n");
    return h.toUtf8();
}

} // namespace lac
