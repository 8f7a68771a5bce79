// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdq/ui/SdqFeature.h"

#include "sdq/core/SdqService.h"
#include "sdq/ui/SdqTab.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

namespace lac {

void SdqFeature::install(AppServices& services, CaseWork& work)
{
    const SdqService& service = services.keep(std::make_unique<SdqService>(services.caseContext()));
    services.worklist().addPile(services.keep(std::make_unique<SdqWorklistPile>(service)));
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new SdqTab(service, frame, parent);
    });
}

} // namespace lac
