// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "incoming/ui/IncomingFeature.h"

#include "MainWindow.h"
#include "incoming/core/IncomingClock.h"
#include "incoming/core/IncomingImport.h"
#include "incoming/core/IncomingService.h"
#include "incoming/core/IncomingWorklist.h"
#include "incoming/ui/CaseloadOverviewPage.h"
#include "incoming/ui/IncomingView.h"
#include "report/DesignatedNurseDashboard.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"
#include "services/OwnConnection.h"
#include "workspace/CaseWork.h"

#include <QStatusBar>

namespace lac {

const IncomingService* IncomingFeature::install(AppServices& services, MainWindow& window)
{
    services.settingsService().addFeatureSetting(
        {QStringLiteral("incoming.turnaround_working_days"),
         IncomingView::tr("Other authorities' requests done within (working days)"),
         IncomingView::tr("Our own target for a request placed here, counted from the day the "
                          "request is complete"),
         FeatureSetting::Kind::Number, 1, 120, IncomingClock::defaultTurnaroundDays});
    auto authorities = RequestingAuthorities::bundled();
    if (!authorities) { // a damaged build: say so rather than offer an empty list
        window.statusBar()->showMessage(authorities.failure().text());
        return nullptr;
    }
    const auto serviceOn = [list = authorities.value()](AppServices& s) -> const IncomingService& {
        return s.keep(
            std::make_unique<IncomingService>(s.caseContext(), s.settings(), s.calendar(), list));
    };
    const IncomingService& service = serviceOn(services);
    if (!AccessPolicy::allows(services.user().role, Permission::ReadHostRequests))
        return &service;
    using Pile = IncomingWorklistPile::Pile;
    for (Pile p : {Pile::WaitingOnRequester, Pile::DueOrOverdue, Pile::ReportNotSent})
        services.worklist().addPile(
            services.keep(std::make_unique<IncomingWorklistPile>(service, p)),
            [serviceOn, p](AppServices& there) -> const WorklistPile& {
                return there.keep(std::make_unique<IncomingWorklistPile>(serviceOn(there), p));
            });
    return &service;
}

void IncomingFeature::addTab(const IncomingService& service, AppServices& services,
                             MainWindow& window, CaseWork& work)
{
    if (!AccessPolicy::allows(services.user().role, Permission::ReadHostRequests))
        return;
    auto* view = new IncomingView(service, work, &window);
    // Read on a worker over a connection of its own (every request and every child of ours).
    if (const QString location = services.databaseLocation(); !location.isEmpty())
        view->readElsewhere([location, user = services.user(),
                             list = service.authorities()](QDate on) -> Result<IncomingOverview> {
            auto there = OwnConnection::open(location, user, OwnConnection::Access::ReadOnly);
            if (!there)
                return there.failure();
            const AppServices& s = *there.value();
            return IncomingService(s.caseContext(), s.settings(), s.calendar(), list).overview(on);
        });
    QObject::connect(view, &IncomingView::statusMessage, window.statusBar(),
                     [&window](const QString& text) { window.statusBar()->showMessage(text); });
    window.addWorkspace(view, IncomingView::tr("Placed here"), QStringLiteral("incoming"));
    const RequestingAuthorities list = service.authorities();
    work.recordImports() << RecordImportKind{
        QStringLiteral("incoming"), IncomingView::tr("Requests from other authorities"),
        IncomingView::tr("authority (GSS code or name), their_case_id, date_of_birth, "
                         "placed_from, kind (RHA, IHA), received (DD/MM/YYYY), then optionally "
                         "nhs_number, names, complete, requester_due, booked, done, "
                         "report_sent, invoice dates… (docs/import.md)"),
        [](int n) { return IncomingView::tr("%n request(s)", nullptr, n); },
        [list](const AppServices& there, const QString& path, bool dryRun) {
            const IncomingService here(there.caseContext(), there.settings(), there.calendar(),
                                       list);
            return RecordImportOutcome::of(IncomingImport(here).run(path, dryRun));
        }};
}

void IncomingFeature::addOverviewPage(const IncomingService& service, const AppServices& services,
                                      DesignatedNurseDashboard& overview)
{
    if (!AccessPolicy::allows(services.user().role, Permission::ReadHostRequests))
        return;
    overview.addPage(new CaseloadOverviewPage(service, &overview),
                     CaseloadOverviewPage::tr("Caseload split"));
}

} // namespace lac
