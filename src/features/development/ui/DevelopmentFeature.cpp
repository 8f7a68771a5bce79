// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "development/ui/DevelopmentFeature.h"

#include "development/core/DevelopmentCheckService.h"
#include "development/ui/DevelopmentTab.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

namespace lac {

namespace {

const DevelopmentCheckService& serviceOn(AppServices& services)
{
    return services.keep(std::make_unique<DevelopmentCheckService>(services.caseContext()));
}

const WorklistPile& pileOn(AppServices& services, const DevelopmentCheckService& service)
{
    return services.keep(std::make_unique<DevelopmentWorklistPile>(service));
}

} // namespace

void DevelopmentFeature::install(AppServices& services, CaseWork& work)
{
    const DevelopmentCheckService& service = serviceOn(services);
    services.worklist().addPile(
        pileOn(services, service),
        [](AppServices& there) -> const WorklistPile& { return pileOn(there, serviceOn(there)); });
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new DevelopmentTab(service, frame, parent);
    });
}

} // namespace lac
