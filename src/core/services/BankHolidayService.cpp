// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/BankHolidayService.h"

#include "common/DisplayDate.h"
#include "data/BankHolidayRepository.h"
#include "data/SqlTransaction.h"
#include "security/AccessPolicy.h"
#include "services/DueDateService.h"

#include <QJsonObject>

namespace lac {

BankHolidayService::BankHolidayService(const Database& db, const AuditLog& audit,
                                       const AssessmentPolicy& policy,
                                       const WorkingDayCalendar& calendar,
                                       std::function<Status()> calendarChanged)
    : m_db(db)
    , m_audit(audit)
    , m_policy(policy)
    , m_calendar(calendar)
    , m_calendarChanged(std::move(calendarChanged))
{}

Status BankHolidayService::addHoliday(QDate date, const QString& title) const
{
    if (!date.isValid())
        return Failure{tr("the date is not a valid date"), tr("date")};
    if (title.trimmed().isEmpty())
        return Failure{tr("give the holiday a name, e.g. 'Extra bank holiday'"), tr("name")};
    if (title.size() > 200)
        return Failure{tr("the name is longer than 200 characters"), tr("name")};
    if (date.dayOfWeek() >= Qt::Saturday)
        return Failure{
            tr("%1 is a weekend day; it is not a working day anyway").arg(displayDate(date)),
            tr("date")};
    if (m_calendar.isBankHoliday(date))
        return Failure{tr("%1 is already a bank holiday").arg(displayDate(date)), tr("date")};
    return save({date, title.trimmed(), false},
                tr("Added bank holiday %1 (%2)").arg(date.toString(Qt::ISODate), title.trimmed()));
}

Status BankHolidayService::withdrawHoliday(QDate date, const QString& reason) const
{
    if (!m_calendar.isBankHoliday(date))
        return Failure{tr("%1 is not a bank holiday").arg(displayDate(date)), tr("date")};
    return save(
        {date, reason.trimmed(), true},
        tr("Withdrew bank holiday %1 (%2)").arg(date.toString(Qt::ISODate), reason.trimmed()));
}

Status BankHolidayService::save(const WorkingDayCalendar::Override& day,
                                const QString& summary) const
{
    if (auto allowed = AccessPolicy::require(m_audit.user(), Permission::ManageSettings); !allowed)
        return allowed;
    SqlTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    if (auto s = BankHolidayRepository(m_db).save(m_policy.division, day, m_audit.user().login); !s)
        return s;
    AuditEntry entry;
    entry.action = day.removed ? QStringLiteral("withdraw") : QStringLiteral("create");
    entry.entity = QStringLiteral("bank_holidays");
    entry.summary = summary;
    entry.after = QJsonObject{{QStringLiteral("date"), day.date.toString(Qt::ISODate)},
                              {QStringLiteral("title"), day.title},
                              {QStringLiteral("removed"), day.removed},
                              {QStringLiteral("division"), divisionKey(m_policy.division)}};
    if (auto s = m_audit.append(entry); !s)
        return s;
    if (auto s = m_calendarChanged(); !s)
        return s;
    // Every due date may move: recompute them all with the new calendar.
    if (auto s = DueDateService(m_db, m_calendar, m_policy).recomputeAll(); !s)
        return s;
    return transaction.commit();
}

} // namespace lac
