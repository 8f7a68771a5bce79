// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkdaysCommand.h"

#include "CliOutput.h"
#include "rules/WorkingDayCalendar.h"

namespace lac {

QString WorkdaysCommand::summary() const
{
    return tr("workdays START N [--division D]   the date N working days after START (YYYY-MM-DD)");
}

int WorkdaysCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the date N working days after START. START is day 0; "
           "working days are Monday to Friday that are not bank holidays."));
    const QCommandLineOption divisionOption(
        QStringLiteral("division"),
        tr("Bank-holiday calendar: england-and-wales (default), scotland or northern-ireland."),
        QStringLiteral("division"), QStringLiteral("england-and-wales"));
    parser.addOption(divisionOption);
    parser.addPositionalArgument(QStringLiteral("START"), tr("Start date, YYYY-MM-DD."));
    parser.addPositionalArgument(QStringLiteral("N"),
                                 tr("Number of working days (may be negative)."));
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;

    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return CliOutput::error(
            tr("workdays needs START and N, e.g. 'lachealth workdays 2025-12-22 20'"),
            ExitUsageError);
    const auto division = divisionFromKey(parser.value(divisionOption));
    if (!division)
        return CliOutput::error(
            tr("--division: '%1' is not england-and-wales, scotland or northern-ireland")
                .arg(parser.value(divisionOption)),
            ExitUsageError);
    const QDate start = QDate::fromString(args.at(0), QStringLiteral("yyyy-MM-dd"));
    if (!start.isValid())
        return CliOutput::error(tr("START: '%1' is not a valid date (YYYY-MM-DD)").arg(args.at(0)),
                                ExitUsageError);
    bool ok = false;
    const int n = args.at(1).toInt(&ok);
    if (!ok || n < -100000 || n > 100000)
        return CliOutput::error(tr("N: '%1' is not a whole number of working days").arg(args.at(1)),
                                ExitUsageError);

    const WorkingDayCalendar calendar(*division);
    CliOutput::out(calendar.addWorkingDays(start, n).toString(Qt::ISODate));
    return ExitSuccess;
}

} // namespace lac
