// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FeatureReports.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/SettingsStore.h"
#include "domain/UserContext.h"
#include "reporting/ReportSection.h"
#include "reporting/TimelinessReportService.h"
#include "rules/AssessmentPolicy.h"
#include "rules/WorkingDayCalendar.h"
#include "security/UserAdministration.h"
#include "services/AssessmentService.h"
#include "services/AuditTrailService.h"
#include "services/BankHolidayService.h"
#include "services/CaseContext.h"
#include "services/CaseListService.h"
#include "services/ChildCaseService.h"
#include "services/DailyBackup.h"
#include "services/DueDateService.h"
#include "services/OutOfAreaService.h"
#include "services/PaperworkService.h"
#include "services/RetentionReview.h"
#include "services/SettingsService.h"
#include "services/WorklistService.h"

#include <memory>
#include <vector>

namespace lac {

/// Everything the program's features need, built once by the composition root (app) for one
/// open database and handed down by reference. Not a singleton: tests build their own.
/// Add a service as a member here and construct it in the constructor.
class AppServices
{
public:
    AppServices(std::unique_ptr<Database> database, UserContext user);
    ~AppServices();
    AppServices(const AppServices&) = delete;
    AppServices& operator=(const AppServices&) = delete;

    /// For the composition root and for tests; screens ask for what they need below.
    const Database& database() const { return *m_database; }
    /// Where the data lives, for a window title or a worker that opens its own connection:
    /// a file path, or the team database's connection text (never with a password).
    QString databaseLocation() const;
    /// True when the data is on a team database server rather than in a file on this PC.
    bool onTeamServer() const;
    /// The council or trust named in Settings, for titles and papers.
    QString authorityName() const;
    const UserContext& user() const { return m_user; }
    const SettingsStore& settings() const { return m_settings; }
    const AuditLog& auditLog() const { return m_auditLog; }
    const AssessmentPolicy& policy() const { return m_policy; }
    const WorkingDayCalendar& calendar() const { return *m_calendar; }
    const DueDateService& dueDates() const { return *m_dueDates; }
    /// Every list a screen reads (children, worklist, logs, reference lists), role-checked.
    const CaseListService& caseLists() const { return m_caseLists; }
    /// The one timeliness report service, for the overview, the charts and the board paper.
    const TimelinessReportService& reports() const { return m_reports; }
    /// What each kind of record adds to the report (its table, charts and CSV rows): the
    /// same list `lachealth report` uses.
    const ReportSections& reportSections() const { return m_featureReports.sections(); }
    const BankHolidayService& bankHolidays() const { return *m_bankHolidays; }
    const SettingsService& settingsService() const { return *m_settingsService; }
    /// For the composition root, to add each kind of record's own settings.
    SettingsService& settingsService() { return *m_settingsService; }
    // The admin workspace's case work (issue 3).
    const CaseContext& caseContext() const { return *m_caseContext; }
    const ChildCaseService& childCases() const { return *m_childCases; }
    const AssessmentService& assessments() const { return *m_assessments; }
    const PaperworkService& paperwork() const { return *m_paperwork; }
    const OutOfAreaService& outOfArea() const { return *m_outOfArea; }
    const WorklistService& worklist() const { return *m_worklist; }
    /// For the composition root, to add the piles of each kind of record.
    WorklistService& worklist() { return *m_worklist; }

    /// Rebuilds the calendar from the bundled list and the administrator's table, in place, so
    /// that every service holding a reference to it sees the change.
    Status reloadCalendar();
    /// Re-reads the rule numbers and calendar division from the settings table, rebuilds the
    /// calendar and recomputes every due date (inside the caller's transaction).
    Status reloadRules();

    const UserAdministration& userAdministration() const { return m_userAdministration; }
    const AuditTrailService& auditTrail() const { return m_auditTrail; }
    const DailyBackup& dailyBackup() const { return m_dailyBackup; }
    const RetentionReview& retentionReview() const { return m_retentionReview; }

    /// Keeps a kind of record's own service for as long as these services live (a feature
    /// folder builds its service from caseContext() and hands it over here).
    template <typename Service>
    Service& keep(std::unique_ptr<Service> service)
    {
        Service& kept = *service;
        m_kept.push_back(std::shared_ptr<void>(std::move(service)));
        return kept;
    }

private:
    std::unique_ptr<Database> m_database;
    UserContext m_user;
    SettingsStore m_settings;
    AuditLog m_auditLog;
    AssessmentPolicy m_policy;
    std::unique_ptr<WorkingDayCalendar> m_calendar;
    std::unique_ptr<DueDateService> m_dueDates;
    CaseListService m_caseLists;
    TimelinessReportService m_reports;
    FeatureReports m_featureReports;
    std::unique_ptr<BankHolidayService> m_bankHolidays;
    UserAdministration m_userAdministration;
    AuditTrailService m_auditTrail;
    DailyBackup m_dailyBackup;
    RetentionReview m_retentionReview;
    std::unique_ptr<SettingsService> m_settingsService;
    std::unique_ptr<CaseContext> m_caseContext;
    std::unique_ptr<ChildCaseService> m_childCases;
    std::unique_ptr<AssessmentService> m_assessments;
    std::unique_ptr<PaperworkService> m_paperwork;
    std::unique_ptr<OutOfAreaService> m_outOfArea;
    std::unique_ptr<WorklistService> m_worklist;
    std::vector<std::shared_ptr<void>> m_kept; ///< last: gone before what they use
};

} // namespace lac
