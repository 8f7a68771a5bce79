// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/ui/DentalFeature.h"

#include "dental/core/DentalCheckService.h"
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
    services.worklist().addPile(
        pileOn(services, service),
        [](AppServices& there) -> const WorklistPile& { return pileOn(there, serviceOn(there)); });
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new DentalTab(service, frame, parent);
    });
}

} // namespace lac
