// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AppServices.h"

namespace lac {

AppServices::AppServices(std::unique_ptr<Database> database, UserContext user)
    : m_database(std::move(database))
    , m_user(std::move(user))
    , m_settings(*m_database)
    , m_auditLog(*m_database, m_user)
    , m_policy(m_settings.assessmentPolicy())
    , m_calendar(std::make_unique<WorkingDayCalendar>(m_policy.division))
    , m_dueDates(std::make_unique<DueDateService>(*m_database, *m_calendar, m_policy))
    , m_children(*m_database)
{}

AppServices::~AppServices() = default;

} // namespace lac
