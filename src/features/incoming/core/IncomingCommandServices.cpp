// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/core/IncomingCommandServices.h"

#include "data/BankHolidayRepository.h"
#include "data/SettingsStore.h"
#include "incoming/core/IncomingService.h"
#include "services/CaseContext.h"

namespace lac {

struct IncomingCommandServices::Parts
{
    Parts(const Database& db, const AuditLog& audit, WorkingDayCalendar cal,
          RequestingAuthorities authorities)
        : settings(db)
        , policy(settings.assessmentPolicy())
        , calendar(std::move(cal))
        , dueDates(db, calendar, policy)
        , context{db, audit, dueDates, policy, {}}
        , service(context, settings, calendar, std::move(authorities))
    {}
    SettingsStore settings;
    AssessmentPolicy policy;
    WorkingDayCalendar calendar;
    DueDateService dueDates;
    CaseContext context;
    IncomingService service;
};

Result<WorkingDayCalendar> installationCalendar(const Database& db, const SettingsStore& settings)
{
    const CalendarDivision division = settings.assessmentPolicy().division;
    auto overrides = BankHolidayRepository(db).overrides(division);
    if (!overrides)
        return overrides.failure();
    return WorkingDayCalendar(division, GovUkBankHolidayList::bundled(), overrides.value());
}

Result<std::unique_ptr<IncomingCommandServices>>
IncomingCommandServices::open(const Database& db, const AuditLog& audit)
{
    auto authorities = RequestingAuthorities::bundled();
    if (!authorities)
        return authorities.failure();
    auto calendar = installationCalendar(db, SettingsStore(db));
    if (!calendar)
        return calendar.failure();
    std::unique_ptr<IncomingCommandServices> made(new IncomingCommandServices);
    made->m_parts =
        std::make_unique<Parts>(db, audit, std::move(calendar).value(), authorities.value());
    return made;
}

IncomingCommandServices::~IncomingCommandServices() = default;

const IncomingService& IncomingCommandServices::service() const
{
    return m_parts->service;
}

} // namespace lac
