// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uasc/ui/UascFeature.h"

#include "services/AppServices.h"
#include "uasc/core/UascService.h"
#include "uasc/ui/UascTab.h"
#include "workspace/CaseWork.h"

namespace lac {

void UascFeature::install(AppServices& services, CaseWork& work)
{
    const UascService& service = services.keep(std::make_unique<UascService>(
        services.caseContext(), services.settings(), services.calendar()));
    services.worklist().addPile(services.keep(std::make_unique<UascWorklistPile>(service)));
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new UascTab(service, frame, parent);
    });
}

} // namespace lac
