// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/ui/DentalFeature.h"

#include "dental/core/DentalCheckService.h"
#include "dental/ui/DentalTab.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

namespace lac {

void DentalFeature::install(AppServices& services, CaseWork& work)
{
    const DentalCheckService& service = services.keep(
        std::make_unique<DentalCheckService>(services.caseContext(), services.settings()));
    services.worklist().addPile(services.keep(std::make_unique<DentalWorklistPile>(service)));
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new DentalTab(service, frame, parent);
    });
}

} // namespace lac
