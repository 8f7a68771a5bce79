// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "outcomes/core/OutcomesReport.h"

#include "oc2/core/Oc2ReturnService.h"
#include "reporting/PublishedReport.h"
#include "reporting/ReportSectionParts.h"
#include "reporting/SmallNumberSuppression.h"
#include "security/AccessPolicy.h"

#include <QHash>
#include <QLocale>

#include <cmath>

namespace lac {
namespace {

/// The measures of the table, in order: a count of the children that have it (and its
/// percentage of its group), or a group of children itself.
enum Measure
{
    Children,
    HealthAssessment,
    Immunisations,
    TeethChecked,
    UnderFive,
    Development,
    FiveToSixteen,
    SdqReceived,
    SdqConcern,
    MeasureCount
};

/// The group a measure is a share of (itself for the groups).
Measure groupOf(Measure m)
{
    switch (m) {
    case Development:
        return UnderFive;
    case SdqReceived:
        return FiveToSixteen;
    case SdqConcern:
        return SdqReceived;
    case UnderFive:
    case FiveToSixteen:
    case Children:
        return m;
    default:
        return Children;
    }
}

int valueOf(const OutcomeCounts& c, Measure m)
{
    switch (m) {
    case Children:
        return c.children;
    case HealthAssessment:
        return c.healthAssessment;
    case Immunisations:
        return c.immunisations;
    case TeethChecked:
        return c.teethChecked;
    case UnderFive:
        return c.underFive;
    case Development:
        return c.development;
    case FiveToSixteen:
        return c.fiveToSixteen;
    case SdqReceived:
        return c.sdqReceived;
    case SdqConcern:
        return c.sdqConcern;
    case MeasureCount:
        break;
    }
    return 0;
}

bool isGroup(Measure m)
{
    return groupOf(m) == m;
}

QString number(double v, int decimals)
{
    return QLocale::c().toString(v, 'f', decimals);
}

} // namespace

OutcomesReport::OutcomesReport(const Database& db, QString englandFile)
    : m_db(db)
    , m_englandFile(std::move(englandFile))
{}

Result<OutcomeCounts> OutcomesReport::count(const Database& db, Oc2Span span)
{
    auto cohort = Oc2ReturnService::evaluate(db, span);
    if (!cohort)
        return cohort.failure();
    return OutcomeCounts::count(cohort.value().rows, span);
}

Result<std::optional<ReportSection>> OutcomesReport::section(const PublishedReport& report,
                                                             const UserContext& user) const
{
    if (auto s = AccessPolicy::require(user, Permission::RunReports); !s)
        return s.failure();
    const QDate asOf = report.report().asOf;
    auto year = count(m_db, Oc2Year::lastEnded(asOf));
    if (!year)
        return year.failure();
    auto today = count(m_db, Oc2Span::endingOn(asOf));
    if (!today)
        return today.failure();
    return std::optional<ReportSection>(section(
        year.value(), today.value(), EnglandOutcomes::load(m_englandFile), report.threshold()));
}

ReportSection OutcomesReport::section(const OutcomeCounts& year, const OutcomeCounts& today,
                                      const EnglandOutcomesLoaded& england, int threshold)
{
    SmallNumberSuppression s(threshold);
    const QList<const OutcomeCounts*> ours{&year, &today};
    QList<QList<int>> cells(ours.size()); // [column][measure]
    QHash<int, QString> about;            // cell → what it counts, for the audit
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    const QStringList measureNames{tr("children looked after for 12 months"),
                                   tr("children who had their annual health assessment"),
                                   tr("children with immunisations up to date"),
                                   tr("children whose teeth were checked"),
                                   tr("children under 5"),
                                   tr("children under 5 with development checks up to date"),
                                   tr("children aged 5 to 16"),
                                   tr("children aged 5 to 16 with an SDQ score"),
                                   tr("SDQ scores of 17 or more")};
    for (int col = 0; col < ours.size(); ++col) {
        const OutcomeCounts& c = *ours.at(col);
        const QString when =
            tr("12 months to %1").arg(uk.toString(c.asAt, QStringLiteral("d MMMM yyyy")));
        for (int m = 0; m < MeasureCount; ++m) {
            cells[col] << s.addCell(valueOf(c, Measure(m)));
            about.insert(cells[col].last(), tr("%1, %2").arg(measureNames.at(m), when));
        }
        const auto cell = [&](Measure m) { return cells[col].at(m); };
        // Those with a measure and those without (not printed, but a reader has it) make
        // their group; the age groups and the rest make the cohort.
        for (int m = 0; m < MeasureCount; ++m) {
            if (isGroup(Measure(m)))
                continue;
            const Measure group = groupOf(Measure(m));
            const int rest = s.addCell(valueOf(c, group) - valueOf(c, Measure(m)), false);
            about.insert(rest, tr("%1 less %2, %3 (not printed)")
                                   .arg(measureNames.at(group), measureNames.at(m), when));
            s.addSumRule(cell(group), {cell(Measure(m)), rest});
        }
        const int otherAges = s.addCell(c.children - c.underFive - c.fiveToSixteen, false);
        about.insert(otherAges, tr("children aged 17 or over, %1 (not printed)").arg(when));
        s.addSumRule(cell(Children), {cell(UnderFive), cell(FiveToSixteen), otherAges});
    }
    if (s.enabled())
        s.apply();

    const auto shown = [&s](int c) { return !s.isHidden(c); };
    const auto percent = [&](int col, Measure m) {
        const int part = cells[col].at(m);
        const int whole = cells[col].at(groupOf(m));
        if (s.value(whole) == 0)
            return QStringLiteral("–");
        if (!shown(part) || !shown(whole))
            return SmallNumberSuppression::secondaryText();
        return number(100.0 * s.value(part) / s.value(whole), 1);
    };
    const auto average = [&](int col) {
        const int scores = cells[col].at(SdqReceived);
        const std::optional<double> a = ours.at(col)->sdqAverage();
        if (!a)
            return QStringLiteral("–");
        // An average of fewer scores than the threshold is near enough a child's own.
        if (!shown(scores) || (s.enabled() && s.value(scores) < s.threshold()))
            return SmallNumberSuppression::secondaryText();
        return number(*a, 1);
    };
    const std::optional<EnglandOutcomes>& e = england.figures;
    const auto englandText = [&e](double EnglandOutcomes::*field, bool whole = true) {
        if (!e)
            return QStringLiteral("–");
        const double v = (*e).*field;
        return number(v, whole && v == std::round(v) ? 0 : 1);
    };

    ReportSectionTable table;
    table.caption = tr("Health outcomes of children looked after for 12 months");
    table.columns << tr("Year to %1").arg(uk.toString(year.asAt, QStringLiteral("d MMM yyyy")))
                  // The 12 months to the day, named short enough for a column of the paper; the
                  // paragraph above the table says what each column is.
                  << tr("Year to %1").arg(uk.toString(today.asAt, QStringLiteral("d MMM yyyy")))
                  << (e ? tr("England %1").arg(e->year) : tr("England"));
    table.columnKeys << QStringLiteral("%1/%2").arg(
                            year.asAt.addYears(-1).addDays(1).toString(QStringLiteral("yyyy-MM")),
                            year.asAt.toString(QStringLiteral("yyyy-MM")))
                     << today.asAt.toString(Qt::ISODate) << QString();
    struct Line
    {
        const char* code;
        QString label;
        std::optional<Measure> count; ///< a count row
        std::optional<Measure> share; ///< a percentage row
        QString englandCell;
    };
    const QList<Line> lines{
        {"outcomes_children",
         tr("Children looked after for 12 months"),
         Children,
         {},
         e ? QString::number(e->cohort) : QStringLiteral("–")},
        {"outcomes_health_assessment",
         tr("Had their annual health assessment"),
         HealthAssessment,
         {},
         QStringLiteral("–")},
        {"outcomes_health_assessment_pct",
         tr("  % of children"),
         {},
         HealthAssessment,
         englandText(&EnglandOutcomes::healthAssessmentPct)},
        {"outcomes_immunisations",
         tr("Immunisations up to date"),
         Immunisations,
         {},
         QStringLiteral("–")},
        {"outcomes_immunisations_pct",
         tr("  % of children"),
         {},
         Immunisations,
         englandText(&EnglandOutcomes::immunisationsPct)},
        {"outcomes_teeth_checked",
         tr("Teeth checked by a dentist"),
         TeethChecked,
         {},
         QStringLiteral("–")},
        {"outcomes_teeth_checked_pct",
         tr("  % of children"),
         {},
         TeethChecked,
         englandText(&EnglandOutcomes::teethCheckedPct)},
        {"outcomes_under5", tr("Children under 5"), UnderFive, {}, QStringLiteral("–")},
        {"outcomes_development",
         tr("Development checks up to date"),
         Development,
         {},
         QStringLiteral("–")},
        {"outcomes_development_pct",
         tr("  % of under 5s"),
         {},
         Development,
         englandText(&EnglandOutcomes::developmentPct)},
        {"outcomes_age5to16", tr("Children aged 5 to 16"), FiveToSixteen, {}, QStringLiteral("–")},
        {"outcomes_sdq_received", tr("SDQ score received"), SdqReceived, {}, QStringLiteral("–")},
        {"outcomes_sdq_received_pct",
         tr("  % of 5 to 16s"),
         {},
         SdqReceived,
         englandText(&EnglandOutcomes::sdqReceivedPct)},
        {"outcomes_sdq_average",
         tr("Average SDQ score (0–40)"),
         {},
         {},
         englandText(&EnglandOutcomes::sdqAverage, false)},
        {"outcomes_sdq_concern",
         tr("SDQ 17 or more (cause for concern)"),
         SdqConcern,
         {},
         QStringLiteral("–")},
        {"outcomes_sdq_concern_pct",
         tr("  % of scores"),
         {},
         SdqConcern,
         englandText(&EnglandOutcomes::sdqConcernPct)},
    };
    for (const Line& l : lines) {
        ReportSectionRow row{QLatin1StringView(l.code), l.label, {}};
        for (int col = 0; col < ours.size(); ++col) {
            if (l.count)
                row.cells << s.text(cells[col].at(*l.count));
            else if (l.share)
                row.cells << percent(col, *l.share);
            else
                row.cells << average(col);
        }
        row.cells << l.englandCell;
        table.rows << row;
    }

    ReportSection section;
    section.title = tr("Health outcomes");
    section.paragraphs
        << tr("The children counted are those the year-end OC2 return to the DfE counts: looked "
              "after "
              "continuously for at least 12 months, leaving out agreed series of short breaks. The "
              "first column is the last collection year, to 31 March, child for child the "
              "return's; "
              "the second applies the same rules to the 12 months to %1, so that the board sees "
              "where "
              "the current year is heading. A measure with nothing on record counts as not done. "
              "Development checks are for children under 5, SDQs for those aged 5 to 16; a score "
              "of "
              "17 or more is a cause for concern.")
               .arg(uk.toString(today.asAt, QStringLiteral("d MMMM yyyy")));
    const auto sentence = [&](int col, const OutcomeCounts& c) {
        return tr("In the %1, %2 of %3 children had their annual health assessment (%4%), %5 "
                  "had immunisations up to date (%6%) and %7 had their teeth checked (%8%).")
            .arg(
                col == 0
                    ? tr("year to %1").arg(uk.toString(c.asAt, QStringLiteral("d MMMM yyyy")))
                    : tr("12 months to %1").arg(uk.toString(c.asAt, QStringLiteral("d MMMM yyyy"))),
                s.text(cells[col].at(HealthAssessment)), s.text(cells[col].at(Children)),
                percent(col, HealthAssessment), s.text(cells[col].at(Immunisations)),
                percent(col, Immunisations), s.text(cells[col].at(TeethChecked)),
                percent(col, TeethChecked));
    };
    if (year.children > 0)
        section.paragraphs << sentence(0, year);
    if (e)
        section.paragraphs << tr("England's figures are the latest published: %1, %2, as at %3 "
                                 "(%4 children).")
                                  .arg(e->source, e->publication,
                                       uk.toString(e->asAt, QStringLiteral("d MMMM yyyy")),
                                       uk.toString(e->cohort));
    if (!england.problem.isEmpty())
        section.paragraphs << tr("England's figures: %1.").arg(england.problem);
    section.tables << table;

    // The chart: the shares side by side, ours and England's.
    ReportChartSpec chart;
    chart.kind = ReportChartSpec::Kind::Section;
    chart.title = tr("Health outcomes beside England");
    chart.valueTitle = tr("% of children");
    chart.bars = true;
    chart.percent = true;
    const QList<std::pair<int, QString>> shares{{2, tr("Annual health assessment")},
                                                {4, tr("Immunisations up to date")},
                                                {6, tr("Teeth checked")},
                                                {9, tr("Development checks (under 5)")},
                                                {12, tr("SDQ received (5 to 16)")},
                                                {15, tr("SDQ 17 or more (of scores)")}};
    for (const auto& [row, name] : shares)
        chart.categories << name;
    for (int col = 0; col < table.columns.size(); ++col) {
        ReportChartSpec::Series series{table.columns.at(col), {}};
        for (const auto& [row, name] : shares) {
            const QString text = table.rows.at(row).cells.value(col);
            series.points << ReportChartSpec::Point{
                ReportSectionParts::number(text),
                tr("%1, %2: %3%").arg(table.columns.at(col), name, text),
                ReportSectionParts::isHidden(text)};
        }
        chart.series << series;
    }
    section.charts << chart;

    ReportSectionParts::addAudit(section, s, [&about](int c) {
        return about.value(c, tr("a health outcome figure the paper implies"));
    });
    return section;
}

} // namespace lac
