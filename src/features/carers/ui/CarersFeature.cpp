// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "carers/ui/CarersFeature.h"

#include "MainWindow.h"
#include "carers/core/CarerMedicalClock.h"
#include "carers/core/CarerMedicalImport.h"
#include "carers/core/CarerMedicalService.h"
#include "carers/ui/CarerMedicalsView.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

#include <QStatusBar>

namespace lac {

void CarersFeature::install(AppServices& services, MainWindow& window, CaseWork& work)
{
    const CarerMedicalService& service = services.keep(
        std::make_unique<CarerMedicalService>(services.caseContext(), services.settings()));
    services.settingsService().addFeatureSetting(
        {QStringLiteral("carers.renewal_years"),
         CarerMedicalsView::tr("Carer's medical renewed after (years)"),
         CarerMedicalsView::tr("A signed-off medical is due for renewal this many years later"),
         FeatureSetting::Kind::Number, 1, 10, CarerMedicalClock::defaultRenewalYears});
    if (!AccessPolicy::allows(services.user().role, Permission::ReadCarerMedicals))
        return;
    auto* view = new CarerMedicalsView(service, work, &window);
    QObject::connect(view, &CarerMedicalsView::statusMessage, window.statusBar(),
                     [&window](const QString& text) { window.statusBar()->showMessage(text); });
    window.addWorkspace(view, CarerMedicalsView::tr("Carers' medicals"),
                        QStringLiteral("carer-medicals"));
    work.recordImports() << RecordImportKind{
        QStringLiteral("carer-medicals"), CarerMedicalsView::tr("Carers' medicals"),
        CarerMedicalsView::tr("applicant, household, application (fostering, adoption), form "
                              "(AH, AH2), requested (DD/MM/YYYY), then optionally the later "
                              "steps: gp_practice, received, reviewed, outcome, summary_sent, "
                              "approved… (docs/import.md)"),
        [](int n) { return CarerMedicalsView::tr("%n medical(s)", nullptr, n); },
        [](const AppServices& there, const QString& path, bool dryRun) {
            return RecordImportOutcome::of(
                CarerMedicalImport(there.caseContext()).run(path, dryRun));
        }};
}

} // namespace lac
