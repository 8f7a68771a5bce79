// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/BoardPaperText.h"

#include "reporting/BoardTableRow.h"

#include <QLocale>

namespace lac {
namespace {

QString longDate(QDate d)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(d, QStringLiteral("d MMMM yyyy"));
}

// "28 (24 in area, 4 out of area)" with suppressed texts.
QString split(const PublishedReport& p, ReportIndicator ind)
{
    const int c = p.periodColumn();
    if (!p.isPrinted(c, ind, LocationColumn::InArea)) // given for all children only
        return p.count(c, ind, LocationColumn::Total);
    return BoardPaperText::tr("%1 (%2 in area, %3 out of area or not known)")
        .arg(p.count(c, ind, LocationColumn::Total), p.count(c, ind, LocationColumn::InArea),
             p.count(c, ind, LocationColumn::OutOfArea));
}

QString timeliness(const PublishedReport& p, TimelinessMeasure m, int target)
{
    const int c = p.periodColumn();
    const auto total = p.percentValue(c, m, LocationColumn::Total);
    if (!total)
        return {};
    QString s = BoardPaperText::tr("%1 against a target of %2%")
                    .arg(p.percent(c, m, LocationColumn::Total))
                    .arg(target);
    const QString in = p.percent(c, m, LocationColumn::InArea);
    const QString out = p.percent(c, m, LocationColumn::OutOfArea);
    if (in.isEmpty()) // the split is given for all children only
        return s;
    s += BoardPaperText::tr(" (in area %1, out of area or not known %2)").arg(in, out);
    return s;
}

// "\"IHAs late\" and \"RHAs late\"" from the rows' names.
QString rowNames(const QList<ReportIndicator>& rows)
{
    QStringList names;
    for (ReportIndicator ind : rows)
        names << QStringLiteral("\"%1\"").arg(indicatorLabel(ind));
    const QString last = names.takeLast();
    return names.isEmpty()
               ? last
               : BoardPaperText::tr("%1 and %2").arg(names.join(BoardPaperText::tr(", ")), last);
}

// The method box's account of a public paper's layout (BoardTableLayout): what this paper
// gives by month, split and not, and the rule that decided it.
QString layoutText(const PublishedReport& p)
{
    const BoardTableLayout& layout = p.layout();
    const int n = p.threshold() - 1;
    QString s = BoardPaperText::tr(
                    "Layout of the table: each figure is given at the level where it is not "
                    "mostly small counts, decided from the figures before any number is hidden, "
                    "so that no larger figure has to be hidden to protect a small one (national "
                    "statistics redesign a table in the same way before suppressing it). A row is "
                    "given month by month when fewer than a third of its months have a count "
                    "from 1 to %1, otherwise for the whole period only. Each row is split in area "
                    "/ out of area or not known for the whole period, unless its count in area or "
                    "out of area is from 1 to %1: then it is given for all children only (\"not "
                    "split\"), and so is the number due of the same assessment, which would give "
                    "it back. A row given month by month is split month by month too when none of "
                    "its monthly counts in area or out of area is from 1 to %1. The numbers due "
                    "and IHA requests are given for the whole period only.")
                    .arg(n);
    if (!layout.givesRequests())
        s += QLatin1Char(' ') +
             BoardPaperText::tr("IHA requests sent within the standard are not given in this "
                                "paper: those not sent within it number from 1 to %1, and would "
                                "follow from the IHAs due.")
                 .arg(n);
    if (layout.leadingMonths() > 0)
        s += QLatin1Char(' ') +
             BoardPaperText::tr("The first months of the period, in which no count is %1 or "
                                "more, are given together with the first month that has one, as "
                                "one column: in this paper %2.")
                 .arg(n + 1)
                 .arg(p.columnTitle(0));
    if (const auto rows = layout.ownLeadingRows(); !rows.isEmpty()) {
        QStringList spans; // "Jan 2017 to Dec 2023", or each row's where they differ
        for (ReportIndicator ind : rows) {
            const int column = layout.leadingMonths(ind) - layout.leadingMonths();
            spans << BoardPaperText::tr("%1 %2").arg(indicatorLabel(ind),
                                                     p.rowColumnTitle(column, ind));
        }
        s += QLatin1Char(' ') +
             BoardPaperText::tr("%1 have a count of %2 or more only from a later month, and "
                                "give their first months together with it, in its column "
                                "(marked %3: %4); their earlier columns are empty.")
                 .arg(rowNames(rows))
                 .arg(n + 1)
                 .arg(BoardTableRow::ownLeadMark(), spans.join(BoardPaperText::tr("; ")));
    }
    if (const auto rows = layout.periodOnlyRows(); !rows.isEmpty())
        s += QLatin1Char(' ') +
             BoardPaperText::tr("In this paper, %1 are given for the whole period only.")
                 .arg(rowNames(rows));
    if (const auto rows = layout.unsplitRows(); !rows.isEmpty())
        s += QLatin1Char(' ') + BoardPaperText::tr("%1 are not split.").arg(rowNames(rows));
    if (const auto rows = layout.splitByMonthRows(); !rows.isEmpty())
        s += QLatin1Char(' ') +
             BoardPaperText::tr("%1 are split month by month.").arg(rowNames(rows));
    else
        s += QLatin1Char(' ') + BoardPaperText::tr("No row is split month by month.");
    return s;
}

} // namespace

QString BoardPaperText::title()
{
    return tr("Health assessments of children in care: timeliness report");
}

QString BoardPaperText::subtitle(const PublishedReport& paper)
{
    return tr("%1 · %2").arg(paper.report().settings.authorityName, paper.periodText());
}

QString BoardPaperText::produced(const PublishedReport& paper)
{
    return tr("Produced %1, figures as at %2.")
        .arg(longDate(paper.report().produced.toLocalTime().date()), longDate(paper.report().asOf));
}

QString BoardPaperText::divisionName(CalendarDivision division)
{
    switch (division) {
    case CalendarDivision::EnglandAndWales:
        return tr("England and Wales");
    case CalendarDivision::Scotland:
        return tr("Scotland");
    case CalendarDivision::NorthernIreland:
        return tr("Northern Ireland");
    }
    return {};
}

QStringList BoardPaperText::summary(const PublishedReport& p)
{
    const ReportSettings& s = p.report().settings;
    const int c = p.periodColumn();
    QStringList lines;
    // "In July 2026, …" or "From July 2026 to September 2026, …" (never "Between … to …").
    const QString when = p.report().firstMonth == p.report().lastMonth
                             ? tr("In %1").arg(p.periodText())
                             : tr("From %1").arg(p.periodText());
    lines << tr("%1, %2 children started a period of care.")
                 .arg(when, split(p, ReportIndicator::EnteredCare));
    const QString iha = timeliness(p, TimelinessMeasure::IhaInTime, s.ihaTargetPercent);
    if (!iha.isEmpty())
        lines << tr("Of their initial health assessments that were due, %1 were completed within "
                    "%2 working days: %3.")
                     .arg(p.count(c, ReportIndicator::IhaInTime, LocationColumn::Total))
                     .arg(s.policy.ihaWorkingDays)
                     .arg(iha);
    else
        lines << tr("No initial health assessment figures can be given for the period.");
    const QString pending = p.count(c, ReportIndicator::IhaPending, LocationColumn::Total);
    // A sentence never starts with a hidden figure ("*" or "<5"): it reads as a footnote mark.
    const auto hidden = [](const QString& figure) {
        return figure.isEmpty() || !figure.front().isDigit();
    };
    if (pending != QLatin1String("0"))
        lines << (hidden(pending)
                      ? tr("Initial health assessments not yet due on %2 (%1) are not counted as "
                           "in time or late.")
                      : tr("%1 initial health assessments were not yet due on %2 and are not "
                           "counted as in time or late."))
                     .arg(pending, longDate(p.report().asOf));
    const QString rha = timeliness(p, TimelinessMeasure::RhaInTime, s.rhaTargetPercent);
    if (!rha.isEmpty()) {
        const QString due = p.count(c, ReportIndicator::RhaDue, LocationColumn::Total);
        lines << (hidden(due) ? tr("Review health assessments that fell due: %1; %2 were "
                                   "completed in time: %3.")
                              : tr("%1 review health assessments fell due; %2 were completed in "
                                   "time: %3."))
                     .arg(due, p.count(c, ReportIndicator::RhaInTime, LocationColumn::Total), rha);
    }
    const auto requests =
        p.percentValue(c, TimelinessMeasure::IhaRequestsInTime, LocationColumn::Total);
    if (requests)
        lines << tr("%1 of IHA requests were sent to health within %2 working days of the child "
                    "coming into care.")
                     .arg(PublishedReport::percentText(*requests))
                     .arg(s.policy.ihaRequestWorkingDays);
    else if (p.suppressing() && !p.layout().givesRequests())
        lines << tr("Fewer than %1 IHA requests were not sent to health within %2 working days "
                    "of the child coming into care.")
                     .arg(p.threshold())
                     .arg(s.policy.ihaRequestWorkingDays);
    return lines;
}

QStringList BoardPaperText::method(const PublishedReport& p)
{
    const ReportSettings& s = p.report().settings;
    QStringList lines;
    lines << tr("Initial health assessment (IHA): due %1 working days after the day the child "
                "started to be looked after (that day is day 0). Working days are Monday to "
                "Friday except bank holidays in %2. In time means completed on or before the due "
                "date. IHAs are counted in the month the child entered care.")
                 .arg(s.policy.ihaWorkingDays)
                 .arg(divisionName(s.policy.division));
    lines << tr("IHA request: in time when sent within %1 working days of the start of care.")
                 .arg(s.policy.ihaRequestWorkingDays);
    lines << tr("Review health assessment (RHA): due 6 months after the last assessment for a "
                "child under 5 on that date, otherwise 12 months. RHAs are counted in the month "
                "they fall due. %1")
                 .arg(s.policy.rhaToleranceDays > 0
                          ? tr("In time means completed no more than %1 days after the due date.")
                                .arg(s.policy.rhaToleranceDays)
                          : tr("In time means completed on or before the due date."));
    lines << tr("Late: completed after the due date, or not completed and the due date has "
                "passed. Not yet due: not completed and due on or after %1; these are left out "
                "of the percentages, which are in time ÷ (in time + late).")
                 .arg(longDate(p.report().asOf));
    lines << tr("Not counted: children on short-break legal statuses (V3, V4); IHAs not required "
                "because one was done in the 3 months before care, or because the child left "
                "care before the IHA was due; care that began before the data held.");
    lines << tr("In area / out of area or not known: where the child was placed on the day care "
                "started (IHA) or on the due date (RHA). Children whose placement location is not "
                "recorded are counted with those placed out of area, so that the two columns add "
                "up to the total and no small remainder has to be hidden.");
    if (QStringList combined = p.combinedGroupNames(); !combined.isEmpty()) {
        const QString last = combined.takeLast();
        const QString names =
            combined.isEmpty() ? last : tr("%1 and %2").arg(combined.join(tr(", ")), last);
        lines << tr("Placement types: %1 are counted together in the row \"%2\". A placement "
                    "type with a count from 1 to %3 over the period goes into that row, and while "
                    "the row itself still has such a count, the type with the fewest assessments "
                    "joins it too (a measure whose total over every type is itself from 1 to "
                    "%3 is left out of this rule, as it is small in any row); this is decided "
                    "before any number is hidden, so that no larger figure has to be hidden to "
                    "protect a small one.")
                     .arg(names, p.groupName(p.groupCount() - 1))
                     .arg(p.threshold() - 1);
    }
    if (const QStringList combined = p.combinedLateRows(); !combined.isEmpty())
        lines << tr("Late assessments by whose delay it was and by reason: counted together in "
                    "the rows %1. An owner of delay with a count from 1 to %2 over the period "
                    "goes into one row of owners counted together, and while that row itself "
                    "still has such a count, the owner with the fewest late assessments joins it "
                    "too; then, within each owner's row, the same for its reasons (counting "
                    "zeros, which these figures show as \"<%3\" too). This is decided before any "
                    "number is hidden, so that no larger figure has to be hidden to protect a "
                    "small one.")
                     .arg(QLatin1Char('"') + combined.join(QStringLiteral("\", \"")) +
                          QLatin1Char('"'))
                     .arg(p.threshold() - 1)
                     .arg(p.threshold());
    if (!p.monthSplits())
        lines << layoutText(p);
    if (p.suppressing()) {
        const QString labels =
            p.suppression().zerosAreSmall()
                ? tr("Small numbers: to protect the children's privacy, counts from 0 to %1 are "
                     "shown as \"<%2\" (in this paper so many counts are small that showing the "
                     "zeros would let some be worked out).")
                : tr("Small numbers: to protect the children's privacy, counts from 1 to %1 are "
                     "shown as \"<%2\"; in the late-by-reason and whose-delay figures, zeros "
                     "too.");
        lines << labels.arg(p.threshold() - 1).arg(p.threshold()) + QLatin1Char(' ') +
                     tr("Further figures, always %2 or more and never zero, are hidden (\"*\") "
                        "where a hidden number could otherwise be narrowed down from the totals; "
                        "%3 Before publishing, every hidden number was tested "
                        "as an outsider would, with every figure, total and sentence in this "
                        "paper together, knowing that counts are whole numbers (linear "
                        "programming): none can be worked out exactly, and wherever the table "
                        "allows, a reader can tell no more of a hidden small number than that it "
                        "is between 1 and %1. Percentages are not shown when they would come "
                        "from a hidden count. This paper contains no names, dates of birth, NHS "
                        "numbers or case identifiers.")
                         .arg(p.threshold() - 1)
                         .arg(p.threshold())
                         .arg(p.suppression().method() == SmallNumberSuppression::Method::Optimised
                                  ? tr("they were chosen by optimisation, as national "
                                       "statistics offices do, to hide as few and as small "
                                       "figures as possible (totals last).")
                                  : tr("they were chosen one at a time, the smallest first "
                                       "(the optimisation did not finish within its limits)."));
    } else
        lines << tr("Small numbers are not suppressed in this version: it is for internal use "
                    "only and must not be published.");
    return lines;
}

} // namespace lac
