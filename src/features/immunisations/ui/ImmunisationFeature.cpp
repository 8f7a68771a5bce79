// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/ui/ImmunisationFeature.h"

#include "immunisations/core/ImmunisationService.h"
#include "immunisations/ui/ImmunisationsTab.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

namespace lac {

void ImmunisationFeature::install(AppServices& services, CaseWork& work)
{
    const ImmunisationService& service = services.keep(std::make_unique<ImmunisationService>(
        services.caseContext(), ImmunisationScheduleBook::bundled()));
    services.worklist().addPile(services.keep(std::make_unique<ImmunisationWorklistPile>(service)));
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new ImmunisationsTab(service, frame, parent);
    });
}

} // namespace lac
