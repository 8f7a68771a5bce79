// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uasc/ui/UascFeature.h"

#include "services/AppServices.h"
#include "uasc/core/UascImport.h"
#include "uasc/core/UascService.h"
#include "uasc/ui/UascTab.h"
#include "workspace/CaseWork.h"

namespace lac {
namespace {

const UascService& serviceOn(AppServices& services)
{
    return services.keep(std::make_unique<UascService>(services.caseContext(), services.settings(),
                                                       services.calendar()));
}

const WorklistPile& pileOn(AppServices& services, const UascService& service)
{
    return services.keep(std::make_unique<UascWorklistPile>(service));
}

} // namespace

void UascFeature::install(AppServices& services, CaseWork& work)
{
    const UascService& service = serviceOn(services);
    services.worklist().addPile(
        pileOn(services, service),
        [](AppServices& there) -> const WorklistPile& { return pileOn(there, serviceOn(there)); });
    services.settingsService().addFeatureSetting(
        {QStringLiteral("uasc.screening_working_days"),
         UascTab::tr("UASC initial screening due within (working days)"),
         UascTab::tr("TB, hepatitis B and C and HIV screening is chased this many working days "
                     "after arrival or the start of care, whichever is later"),
         FeatureSetting::Kind::Number, 1, 120, 20});
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new UascTab(service, frame, parent);
    });
    work.recordImports() << RecordImportKind{
        QStringLiteral("uasc-screenings"), UascTab::tr("UASC screenings"),
        UascTab::tr("child_id (case ID), screen (tb, hepatitis_b, hepatitis_c, hiv or other), "
                    "other_name, date (DD/MM/YYYY), outcome (awaited, no_further_action, "
                    "referred or declined), referral, notes"),
        [](int n) { return UascTab::tr("%n screening(s)", nullptr, n); },
        [](const AppServices& there, const QString& path, bool dryRun) {
            return RecordImportOutcome::of(UascImport(there.caseContext()).run(path, dryRun));
        }};
}

} // namespace lac
