// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/ui/DentalFeature.h"

#include "dental/core/DentalCheckService.h"
#include "dental/core/DentalImport.h"
#include "dental/ui/DentalTab.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

namespace lac {

namespace {

const DentalCheckService& serviceOn(AppServices& services)
{
    return services.keep(
        std::make_unique<DentalCheckService>(services.caseContext(), services.settings()));
}

const WorklistPile& pileOn(AppServices& services, const DentalCheckService& service)
{
    return services.keep(std::make_unique<DentalWorklistPile>(service));
}

} // namespace

void DentalFeature::install(AppServices& services, CaseWork& work)
{
    const DentalCheckService& service = serviceOn(services);
    services.settingsService().addFeatureSetting(
        {QStringLiteral("dental.months_between_checks"),
         DentalTab::tr("Dental check due every (months)"),
         DentalTab::tr("After a check the next is due this many months later: 12 by default, or "
                       "the local standard (some areas check every 6 months)"),
         FeatureSetting::Kind::Number, 1, 24, 12});
    services.worklist().addPile(
        pileOn(services, service),
        [](AppServices& there) -> const WorklistPile& { return pileOn(there, serviceOn(there)); });
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new DentalTab(service, frame, parent);
    });
    work.recordImports() << RecordImportKind{
        QStringLiteral("dental"), DentalTab::tr("Dental checks"),
        DentalTab::tr("child_id (case ID), date (DD/MM/YYYY), dentist, not_seen (blank when the "
                      "teeth were checked; else no_nhs_dentist, refused, was_not_brought or "
                      "other), notes"),
        [](int n) { return DentalTab::tr("%n dental check(s)", nullptr, n); },
        [](const AppServices& there, const QString& path, bool dryRun) {
            return RecordImportOutcome::of(DentalImport(there.caseContext()).run(path, dryRun));
        }};
}

} // namespace lac
