// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompositionRoot.h"

#include "BankHolidaysDialog.h"
#include "ChildrenView.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "carers/ui/CarersFeature.h"
#include "dental/ui/DentalFeature.h"
#include "development/ui/DevelopmentFeature.h"
#include "immunisations/ui/ImmunisationFeature.h"
#include "import/ImportDialog.h"
#include "import/RecordImportDialog.h"
#include "incoming/ui/IncomingFeature.h"
#include "oc2/ui/Oc2Feature.h"
#include "passport/ui/PassportFeature.h"
#include "report/BoardPaperExport.h"
#include "report/DesignatedNurseDashboard.h"
#include "report/TimelinessChartsView.h"
#include "sdq/ui/SdqFeature.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"
#include "services/OwnConnection.h"
#include "trust/AuditTrailView.h"
#include "trust/RetentionReviewDialog.h"
#include "trust/UsersDialog.h"
#include "uasc/ui/UascFeature.h"
#include "workspace/AdminWorkspace.h"
#include "workspace/CaseWork.h"

#include <QDate>
#include <QMenu>
#include <QStatusBar>
#include <QTabWidget>

namespace lac {

void CompositionRoot::populate(MainWindow& window, AppServices& services)
{
    // Each feature adds itself here, in tab order. The worklist is the home tab.
    const Today today = [&services] { return services.caseContext().today(); };
    auto* admin = new AdminWorkspace(window, services);
    DentalFeature::install(services, admin->work());
    ImmunisationFeature::install(services, admin->work());
    DevelopmentFeature::install(services, admin->work());
    SdqFeature::install(services, admin->work());
    UascFeature::install(services, admin->work());
    Oc2Feature::install(services, admin->work());
    PassportFeature::install(services, admin->work());
    const IncomingService* incoming = IncomingFeature::install(services, window);
    admin->addHome();
    auto* children = new ChildrenView(services.caseLists().children(), today, &window);
    QObject::connect(children, &ChildrenView::statusMessage, window.statusBar(),
                     [&window](const QString& text) { window.statusBar()->showMessage(text); });
    window.addWorkspace(children, tr("Children"), QStringLiteral("children"));
    admin->addLogs(children);
    CarersFeature::install(services, window, admin->work());
    if (incoming)
        IncomingFeature::addTab(*incoming, services, window, admin->work());

    if (AccessPolicy::allows(services.user().role, Permission::ImportData)) {
        auto* import = new QAction(tr("&Import…"), &window);
        import->setStatusTip(tr("Import SSDA903 files or past assessments"));
        // After an import, a change of calendar or of settings every view reads again (the
        // worklist, the logs, the children list and the kept report alike), not one of them.
        QObject::connect(import, &QAction::triggered, &window, [&window, &services, admin] {
            ImportDialog dialog(services, &window);
            QObject::connect(&dialog, &ImportDialog::imported, &admin->work(),
                             &CaseWork::notifyChanged);
            dialog.exec();
        });
        QMenu* file = window.fileMenu();
        QAction* first = file->actions().value(0); // Import… goes above Quit
        file->insertAction(first, import);
        // Each kind of record installed above offers its own CSV.
        CaseWork& work = admin->work();
        if (!work.recordImports().isEmpty()) {
            auto* records = new QAction(tr("Import &records…"), &window);
            records->setStatusTip(tr("Import dental checks, immunisation histories and other "
                                     "records from a CSV file"));
            QObject::connect(records, &QAction::triggered, &window, [&window, &services, &work] {
                RecordImportDialog dialog(
                    work.recordImports(), services.databaseLocation(), services.user(),
                    [&services] { return services.database().writesAllowed(); }, &window);
                QObject::connect(&dialog, &RecordImportDialog::imported, &work,
                                 &CaseWork::notifyChanged);
                dialog.exec();
            });
            file->insertAction(first, records);
        }
        file->insertSeparator(first);
    }

    if (AccessPolicy::allows(services.user().role, Permission::RunReports)) {
        const auto status = [&window](const QString& text) {
            window.statusBar()->showMessage(text);
        };
        // One report for the overview and the charts, worked out when the first is shown, on
        // another thread with a read-only connection of its own: the window never waits for it.
        const TimelinessReportCache& cache =
            services.keep(std::make_unique<TimelinessReportCache>(services.reports()));
        ReportLoader::BuildElsewhere elsewhere;
        if (!services.databaseLocation().isEmpty())
            elsewhere = [location = services.databaseLocation()](
                            const ReportRequest& months,
                            const UserContext& user) -> Result<TimelinessReport> {
                auto there = OwnConnection::open(location, user, OwnConnection::Access::ReadOnly);
                if (!there)
                    return there.failure();
                return there.value()->reports().build(months, user);
            };
        auto* shared = new ReportLoader(cache, std::move(elsewhere), &window);
        // A save, an import or a change of rules makes the kept report out of date.
        QObject::connect(&admin->work(), &CaseWork::changed, shared, &ReportLoader::clear);
        auto* dashboard = new DesignatedNurseDashboard(*shared, services.auditLog(), today, &window,
                                                       &services.reportSections());
        QObject::connect(dashboard, &DesignatedNurseDashboard::statusMessage, window.statusBar(),
                         status);
        window.addWorkspace(dashboard, tr("Overview"), QStringLiteral("dashboard"));
        if (incoming)
            IncomingFeature::addOverviewPage(*incoming, services, *dashboard);
        auto* charts = new TimelinessChartsView(*shared, services.auditLog(), today, &window,
                                                &services.reportSections());
        QObject::connect(charts, &TimelinessChartsView::statusMessage, window.statusBar(), status);
        window.addWorkspace(charts, tr("Timeliness charts"), QStringLiteral("charts"));
        QAction* exportPaper = new QAction(tr("Export &board paper…"), &window);
        QObject::connect(exportPaper, &QAction::triggered, &window, [&window, &services, today] {
            BoardPaperExport::run(&window, services.reports(), services.settings(),
                                  services.auditLog(), today, &services.reportSections());
        });
        window.fileMenu()->insertAction(window.fileMenu()->actions().value(0), exportPaper);
    }
    Oc2Feature::addReturnAction(window, services, admin->work());

    if (AccessPolicy::allows(services.user().role, Permission::ManageSettings)) {
        window.toolsMenu()->addAction(
            tr("&Bank holidays…"), &window, [&window, &services, admin, today] {
                BankHolidaysDialog dialog(services.calendar(), services.bankHolidays(), today(),
                                          &window);
                dialog.exec();
                admin->work().notifyChanged();
            });
        window.toolsMenu()->addAction(tr("&Settings…"), &window, [&window, &services, admin] {
            SettingsDialog dialog(services.settingsService(), &window);
            if (dialog.exec() == QDialog::Accepted)
                admin->work().notifyChanged();
        });
    }

    // Trust: the audit trail for those who may read it; users and retention for administrators.
    const UserRole role = services.user().role;
    if (AccessPolicy::allows(role, Permission::ViewAuditTrail)) {
        auto* audit = new AuditTrailView(services.auditTrail(), today, &window);
        QObject::connect(audit, &AuditTrailView::statusMessage, window.statusBar(),
                         [&window](const QString& text) { window.statusBar()->showMessage(text); });
        window.addWorkspace(audit, tr("Audit trail"), QStringLiteral("audit"));
        QObject::connect(window.workspaces(), &QTabWidget::currentChanged, audit, [&window, audit] {
            if (window.workspaces()->currentWidget() == audit)
                audit->refresh();
        });
    }
    if (AccessPolicy::allows(role, Permission::ManageUsers)) {
        window.toolsMenu()->addAction(tr("&Users…"), &window, [&window, &services] {
            UsersDialog dialog(services.userAdministration(), &window);
            dialog.exec();
        });
    }
    if (AccessPolicy::allows(role, Permission::ReviewRetention)) {
        window.toolsMenu()->addAction(
            tr("Records past &retention…"), &window, [&window, &services, today] {
                RetentionReviewDialog dialog(services.retentionReview(), today(), &window);
                dialog.exec();
            });
    }
}

} // namespace lac
