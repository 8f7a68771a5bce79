// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/AppServices.h"

#include "data/BankHolidayRepository.h"

namespace lac {

AppServices::AppServices(std::unique_ptr<Database> database, UserContext user)
    : m_database(std::move(database))
    , m_user(std::move(user))
    , m_settings(*m_database)
    , m_auditLog(*m_database, m_user)
    , m_policy(m_settings.assessmentPolicy())
    , m_calendar(std::make_unique<WorkingDayCalendar>(m_policy.division))
    , m_dueDates(std::make_unique<DueDateService>(*m_database, *m_calendar, m_policy))
    , m_caseLists(*m_database, m_user)
    , m_reports(*m_database, m_settings)
    , m_featureReports(*m_database, m_settings)
    , m_bankHolidays(std::make_unique<BankHolidayService>(
          *m_database, m_auditLog, m_policy, *m_calendar, [this] { return reloadCalendar(); }))
    , m_userAdministration(*m_database, m_auditLog)
    , m_auditTrail(*m_database, m_auditLog)
    , m_dailyBackup(*m_database, m_settings, m_auditLog)
    , m_retentionReview(*m_database, m_auditLog)
    , m_settingsService(std::make_unique<SettingsService>(*m_database, m_auditLog,
                                                          [this] { return reloadRules(); }))
    , m_caseContext(std::make_unique<CaseContext>(
          CaseContext{*m_database, m_auditLog, *m_dueDates, m_policy, {}}))
    , m_childCases(std::make_unique<ChildCaseService>(*m_caseContext))
    , m_assessments(std::make_unique<AssessmentService>(*m_caseContext))
    , m_paperwork(std::make_unique<PaperworkService>(*m_caseContext))
    , m_outOfArea(std::make_unique<OutOfAreaService>(*m_caseContext))
    , m_worklist(std::make_unique<WorklistService>(*m_database, m_settings, m_user,
                                                   m_caseLists.worklist()))
{
    // A table that cannot be read leaves the bundled calendar in place; the start-up check
    // reports a damaged database separately.
    (void)reloadCalendar();
}

Status AppServices::reloadCalendar()
{
    auto overrides = BankHolidayRepository(*m_database).overrides(m_policy.division);
    if (!overrides)
        return overrides.failure();
    *m_calendar =
        WorkingDayCalendar(m_policy.division, GovUkBankHolidayList::bundled(), overrides.value());
    return {};
}

AppServices::~AppServices() = default;

QString AppServices::databaseLocation() const
{
    return m_database->path();
}

bool AppServices::onTeamServer() const
{
    return m_database->isServer();
}

QString AppServices::authorityName() const
{
    return m_settings.authorityName();
}

Status AppServices::reloadRules()
{
    m_policy = m_settings.assessmentPolicy();
    m_dueDates->setPolicy(m_policy);
    m_caseContext->policy = m_policy;
    if (auto s = reloadCalendar(); !s)
        return s;
    return m_dueDates->recomputeAll();
}

} // namespace lac
