// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

namespace lac {

/// An age as the schedule states it ("8w", "3y4m", "18m"): a child reaches it on the day
/// \c on() returns, counting years and months on the calendar and weeks as 7 days.
struct ScheduleAge
{
    int years = 0;
    int months = 0;
    int weeks = 0;

    QDate on(QDate dateOfBirth) const
    {
        return dateOfBirth.addYears(years).addMonths(months).addDays(7 * qint64(weeks));
    }
    /// "8w", "3y4m"; nullopt for text that is not an age.
    static std::optional<ScheduleAge> parse(const QString& text);
    QString text() const;
};

/// One dose of the routine schedule: which vaccine, its place in a series (doses of a series
/// must be 4 weeks apart), when it is due, the youngest age it counts at and (for some) the
/// age from which it is no longer given. A dose may apply to a narrower birth cohort than its
/// schedule (MMR or MMRV at one year).
struct ScheduledDose
{
    QString vaccine; ///< a code from the file's vaccine list
    QString series;  ///< doses sharing a series are given in order, an interval apart
    int number = 1;  ///< place in the series, from 1
    ScheduleAge due;
    ScheduleAge minimumAge;
    std::optional<ScheduleAge> notFrom; ///< no longer given from this age
    QStringList accepts;                ///< vaccines that count for this dose (at least vaccine)
    QDate bornFrom;                     ///< cohort limits, invalid when open
    QDate bornBefore;
    QString note;

    bool appliesTo(QDate dateOfBirth) const
    {
        return (!bornFrom.isValid() || dateOfBirth >= bornFrom) &&
               (!bornBefore.isValid() || dateOfBirth < bornBefore);
    }
};

/// One edition of the UKHSA routine schedule with where it came from, and the birth cohort
/// it applies to (a child keeps the schedule of their cohort when a new one is published).
struct ImmunisationSchedule
{
    QString id;
    QString title;
    QString sourceTitle;
    QString sourceUrl;
    QDate sourceDate;
    QDate bornFrom;   ///< invalid when open
    QDate bornBefore; ///< invalid when open
    QString note;
    QList<ScheduledDose> doses;

    bool appliesTo(QDate dateOfBirth) const
    {
        return (!bornFrom.isValid() || dateOfBirth >= bornFrom) &&
               (!bornBefore.isValid() || dateOfBirth < bornBefore);
    }
};

/// Every schedule edition the program knows, read from a data file a clinician owns (the
/// schedule changes by publication, not by release). load() refuses a malformed file and
/// says where: "file:line:column" for broken JSON, "file: schedules[0].doses[3].due" for a
/// wrong value.
class ImmunisationScheduleBook
{
    Q_DECLARE_TR_FUNCTIONS(lac::ImmunisationScheduleBook)

public:
    struct Vaccine
    {
        QString code;
        QString name;
    };

    static Result<ImmunisationScheduleBook> load(const QByteArray& json, const QString& fileName);
    /// The file bundled with the program (:/immunisations/routine-schedule.json).
    static Result<ImmunisationScheduleBook> bundled();

    /// The schedule for a child born on \a dateOfBirth, or nullptr when none covers it.
    const ImmunisationSchedule* forBirth(QDate dateOfBirth) const;
    bool knowsVaccine(const QString& code) const;
    /// The vaccine's name for people ("MMR", "6-in-1 (DTaP/IPV/Hib/HepB)"), or the code.
    QString vaccineName(const QString& code) const;

    const QList<Vaccine>& vaccines() const { return m_vaccines; }
    const QList<ImmunisationSchedule>& schedules() const { return m_schedules; }
    int minimumIntervalDays() const { return m_minimumIntervalDays; }
    QString fileVersion() const { return m_fileVersion; }

private:
    QList<Vaccine> m_vaccines;
    QList<ImmunisationSchedule> m_schedules;
    int m_minimumIntervalDays = 28;
    QString m_fileVersion;
};

} // namespace lac
