// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/core/ImmunisationStatus.h"

#include <QSet>

#include <algorithm>

namespace lac {
namespace {

QDate later(QDate a, QDate b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

/// Walks one series: the recorded doses count in date order, each for the next dose of the
/// series it is valid for (resume, never restart); the rest are planned an interval apart.
void walkSeries(const QList<ScheduledDose>& series, const QList<ImmunisationDose>& given, QDate dob,
                QDate reference, int interval, ImmunisationStatus& status)
{
    QStringList accepted;
    for (const ScheduledDose& d : series)
        accepted << d.accepts;
    qsizetype next = 0;
    QDate last;
    for (const ImmunisationDose& r : given) {
        if (!accepted.contains(r.vaccine))
            continue;
        if (next >= series.size()) {
            continue; // more doses than the schedule asks for do no harm
        }
        const ScheduledDose& d = series.at(next);
        UncountedDose::Why why = UncountedDose::Why::NotInSchedule;
        bool counts = d.accepts.contains(r.vaccine);
        // Too soon first: a dose entered twice, or a second dose days after the first, is
        // "too soon" even when the next dose of the series has a higher minimum age.
        if (counts && last.isValid() && r.date < last.addDays(interval)) {
            counts = false;
            why = UncountedDose::Why::TooSoon;
        } else if (counts && r.date < d.minimumAge.on(dob)) {
            counts = false;
            why = UncountedDose::Why::TooYoung;
        } else if (counts && d.notFrom && r.date >= d.notFrom->on(dob)) {
            counts = false;
            why = UncountedDose::Why::TooOld;
        }
        if (!counts) {
            status.uncounted << UncountedDose{r, why};
            continue;
        }
        DoseStanding s{d, DoseStanding::State::Given, d.due.on(dob), r.date, r.id, {}};
        status.doses << s;
        last = r.date;
        ++next;
    }
    QDate previous = last;
    for (; next < series.size(); ++next) {
        const ScheduledDose& d = series.at(next);
        DoseStanding s{d, DoseStanding::State::NotYetDue, d.due.on(dob), {}, 0, {}};
        s.plannedOn = later(s.dueOn, d.minimumAge.on(dob));
        if (previous.isValid())
            s.plannedOn = later(s.plannedOn, previous.addDays(interval));
        if (s.dueOn <= reference) {
            s.state = DoseStanding::State::Overdue;
            s.plannedOn = later(s.plannedOn, reference);
        }
        if (d.notFrom && (reference >= d.notFrom->on(dob) || s.plannedOn >= d.notFrom->on(dob))) {
            s.state = DoseStanding::State::NoLongerNeeded;
            s.plannedOn = QDate();
        } else {
            previous = s.plannedOn;
        }
        status.doses << s;
    }
}

} // namespace

QList<DoseStanding> ImmunisationStatus::overdue() const
{
    QList<DoseStanding> late;
    std::copy_if(doses.begin(), doses.end(), std::back_inserter(late),
                 [](const DoseStanding& s) { return s.state == DoseStanding::State::Overdue; });
    return late;
}

QList<DoseStanding> ImmunisationStatus::nextDue() const
{
    QDate first;
    for (const DoseStanding& s : doses) {
        if (s.plannedOn.isValid() && (!first.isValid() || s.plannedOn < first))
            first = s.plannedOn;
    }
    QList<DoseStanding> next;
    for (const DoseStanding& s : doses) {
        if (first.isValid() && s.plannedOn == first)
            next << s;
    }
    return next;
}

Result<ImmunisationStatus> ImmunisationStatus::compute(const ImmunisationScheduleBook& book,
                                                       QDate dateOfBirth,
                                                       const QList<ImmunisationDose>& given,
                                                       QDate reference)
{
    const ImmunisationSchedule* schedule = book.forBirth(dateOfBirth);
    if (!dateOfBirth.isValid() || !schedule)
        return Failure{ImmunisationScheduleBook::tr("no immunisation schedule covers children "
                                                    "born on %1")
                           .arg(dateOfBirth.toString(QStringLiteral("dd/MM/yyyy"))),
                       ImmunisationScheduleBook::tr("Date of birth")};
    ImmunisationStatus status;
    status.schedule = schedule;
    status.referenceDate = reference;

    QList<ImmunisationDose> sorted;
    std::copy_if(given.begin(), given.end(), std::back_inserter(sorted),
                 [reference](const ImmunisationDose& d) { return d.date <= reference; });
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const ImmunisationDose& a, const ImmunisationDose& b) { return a.date < b.date; });

    QStringList seriesOrder;
    QSet<QString> inSchedule;
    QHash<QString, QList<ScheduledDose>> bySeries;
    for (const ScheduledDose& d : schedule->doses) {
        if (!d.appliesTo(dateOfBirth))
            continue;
        if (!bySeries.contains(d.series))
            seriesOrder << d.series;
        bySeries[d.series] << d;
        for (const QString& v : d.accepts)
            inSchedule << v;
    }
    for (const QString& name : std::as_const(seriesOrder)) {
        QList<ScheduledDose>& series = bySeries[name];
        std::stable_sort(
            series.begin(), series.end(),
            [](const ScheduledDose& a, const ScheduledDose& b) { return a.number < b.number; });
        walkSeries(series, sorted, dateOfBirth, reference, book.minimumIntervalDays(), status);
    }
    for (const ImmunisationDose& d : std::as_const(sorted)) {
        if (!inSchedule.contains(d.vaccine))
            status.uncounted << UncountedDose{d, UncountedDose::Why::NotInSchedule};
    }
    std::stable_sort(
        status.doses.begin(), status.doses.end(),
        [](const DoseStanding& a, const DoseStanding& b) { return a.dueOn < b.dueOn; });
    return status;
}

} // namespace lac
