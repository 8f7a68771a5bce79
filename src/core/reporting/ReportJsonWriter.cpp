// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ReportJsonWriter.h"

#include "rules/CalendarDivision.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lac {
namespace {

QJsonValue countValue(const QString& text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? QJsonValue(n) : QJsonValue(text);
}

QJsonObject indicators(const PublishedReport& r, int column)
{
    QJsonObject o;
    for (ReportIndicator ind : allReportIndicators()) {
        // A figure the paper does not print (a public paper's numbers due by month, a row it
        // gives for the whole period only) is left out.
        if (!r.isPrinted(column, ind, LocationColumn::Total))
            continue;
        QJsonObject counts{
            {QStringLiteral("total"), countValue(r.count(column, ind, LocationColumn::Total))}};
        // A public paper splits a row only where its layout does (BoardTableLayout).
        if (r.isPrinted(column, ind, LocationColumn::InArea)) {
            counts.insert(QStringLiteral("in_area"),
                          countValue(r.count(column, ind, LocationColumn::InArea)));
            counts.insert(QStringLiteral("out_of_area_or_not_known"),
                          countValue(r.count(column, ind, LocationColumn::OutOfArea)));
        }
        // A row that gives its own first months together here: from the first of them.
        if (r.isRowLead(column, ind))
            counts.insert(QStringLiteral("from"),
                          r.columnFirstMonth(column, ind).toString(QStringLiteral("yyyy-MM")));
        o.insert(indicatorCode(ind), counts);
    }
    return o;
}

} // namespace

QByteArray ReportJsonWriter::write(const PublishedReport& r, const QList<ReportSection>& sections)
{
    const TimelinessReport& rep = r.report();
    QJsonArray months;
    for (int m = 0; m < r.monthCount(); ++m) {
        QJsonObject month{
            {QStringLiteral("month"), r.columnMonth(m).toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("indicators"), indicators(r, m)},
            {QStringLiteral("open_paperwork_issues"), countValue(r.openPaperworkIssues(m))},
            {QStringLiteral("out_of_area_waits"), countValue(r.outOfAreaWaits(m))},
            {QStringLiteral("exceptions"), r.exceptions(m)}};
        // Months given together as one column: from the first of them to "month".
        if (const QDate from = r.columnFirstMonth(m); from != r.columnMonth(m))
            month.insert(QStringLiteral("from"), from.toString(QStringLiteral("yyyy-MM")));
        months.append(month);
    }
    QJsonArray groups;
    for (int g = 0; g < r.groupCount(); ++g) {
        groups.append(QJsonObject{
            {QStringLiteral("group"), r.groupCode(g)},
            {QStringLiteral("name"), r.groupName(g)},
            {QStringLiteral("iha_in_time"), countValue(r.groupCount(g, GroupMeasure::IhaInTime))},
            {QStringLiteral("iha_late"), countValue(r.groupCount(g, GroupMeasure::IhaLate))},
            {QStringLiteral("rha_in_time"), countValue(r.groupCount(g, GroupMeasure::RhaInTime))},
            {QStringLiteral("rha_late"), countValue(r.groupCount(g, GroupMeasure::RhaLate))}});
    }
    QJsonArray owners;
    for (int o = 0; o < r.owners().size(); ++o)
        owners.append(
            QJsonObject{{QStringLiteral("owner"), r.owners().at(o)},
                        {QStringLiteral("name"), r.ownerName(o)},
                        {QStringLiteral("late"), countValue(r.ownerCount(r.periodColumn(), o))}});
    QJsonArray reasons;
    for (int i = 0; i < r.reasons().size(); ++i)
        reasons.append(
            QJsonObject{{QStringLiteral("reason"), r.reasons().at(i).code},
                        {QStringLiteral("description"), r.reasons().at(i).description},
                        {QStringLiteral("owner"), r.reasons().at(i).owner},
                        {QStringLiteral("late"), countValue(r.reasonCount(r.periodColumn(), i))}});
    QJsonArray sectionArray;
    // A number where the paper prints one, the paper's text ("<5", "*") where it hides one,
    // null where there is nothing to measure.
    const auto value = [](const QString& cell) -> QJsonValue {
        bool ok = false;
        const double v = cell.toDouble(&ok);
        if (ok)
            return v;
        return cell == QStringLiteral("–") ? QJsonValue() : QJsonValue(cell);
    };
    for (const ReportSection& section : sections) {
        QJsonArray rows;
        for (const ReportSectionRow& row : section.rows) {
            if (row.code.isEmpty())
                continue;
            QJsonArray values;
            for (int m = 0; m < r.monthCount(); ++m)
                values.append(value(row.cells.value(m)));
            rows.append(
                QJsonObject{{QStringLiteral("indicator"), row.code},
                            {QStringLiteral("label"), row.label},
                            {QStringLiteral("months"), values},
                            {QStringLiteral("period"), value(row.cells.value(r.periodColumn()))}});
        }
        QJsonObject object{{QStringLiteral("title"), section.title},
                           {QStringLiteral("rows"), rows}};
        QJsonArray tables;
        for (const ReportSectionTable& table : section.tables) {
            QJsonArray tableRows;
            for (const ReportSectionRow& row : table.rows) {
                if (row.code.isEmpty())
                    continue;
                QJsonArray values;
                for (int c = 0; c < table.columns.size(); ++c)
                    values.append(value(row.cells.value(c)));
                tableRows.append(QJsonObject{{QStringLiteral("indicator"), row.code},
                                             {QStringLiteral("label"), row.label},
                                             {QStringLiteral("values"), values}});
            }
            tables.append(
                QJsonObject{{QStringLiteral("caption"), table.caption},
                            {QStringLiteral("columns"), QJsonArray::fromStringList(table.columns)},
                            {QStringLiteral("keys"), QJsonArray::fromStringList(table.columnKeys)},
                            {QStringLiteral("rows"), tableRows}});
        }
        if (!tables.isEmpty())
            object.insert(QStringLiteral("tables"), tables);
        sectionArray.append(object);
    }
    const AssessmentPolicy& p = rep.settings.policy;
    const QJsonObject root{
        {QStringLiteral("authority"), rep.settings.authorityName},
        {QStringLiteral("from"), rep.firstMonth.toString(QStringLiteral("yyyy-MM"))},
        {QStringLiteral("to"), rep.lastMonth.toString(QStringLiteral("yyyy-MM"))},
        {QStringLiteral("as_of"), rep.asOf.toString(Qt::ISODate)},
        {QStringLiteral("produced"), rep.produced.toString(Qt::ISODate)},
        {QStringLiteral("suppression_threshold"), r.suppressing() ? r.threshold() : 0},
        {QStringLiteral("method"),
         QJsonObject{{QStringLiteral("iha_working_days"), p.ihaWorkingDays},
                     {QStringLiteral("iha_request_working_days"), p.ihaRequestWorkingDays},
                     {QStringLiteral("rha_tolerance_days"), p.rhaToleranceDays},
                     {QStringLiteral("calendar"), divisionKey(p.division)}}},
        {QStringLiteral("targets"),
         QJsonObject{{QStringLiteral("iha_in_time_percent"), rep.settings.ihaTargetPercent},
                     {QStringLiteral("rha_in_time_percent"), rep.settings.rhaTargetPercent}}},
        {QStringLiteral("months"), months},
        {QStringLiteral("period"), indicators(r, r.periodColumn())},
        {QStringLiteral("placement_groups"), groups},
        {QStringLiteral("late_by_owner"), owners},
        {QStringLiteral("late_by_reason"), reasons},
        {QStringLiteral("sections"), sectionArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace lac
