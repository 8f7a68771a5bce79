// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdq/ui/SdqFeature.h"

#include "sdq/core/SdqService.h"
#include "sdq/ui/SdqTab.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

namespace lac {

namespace {

const SdqService& serviceOn(AppServices& services)
{
    return services.keep(std::make_unique<SdqService>(services.caseContext()));
}

const WorklistPile& pileOn(AppServices& services, const SdqService& service)
{
    return services.keep(std::make_unique<SdqWorklistPile>(service));
}

} // namespace

void SdqFeature::install(AppServices& services, CaseWork& work)
{
    const SdqService& service = serviceOn(services);
    services.worklist().addPile(
        pileOn(services, service),
        [](AppServices& there) -> const WorklistPile& { return pileOn(there, serviceOn(there)); });
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new SdqTab(service, frame, parent);
    });
}

} // namespace lac
