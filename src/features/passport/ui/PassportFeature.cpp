// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/ui/PassportFeature.h"

#include "passport/core/PassportService.h"
#include "passport/ui/PassportTab.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

namespace lac {

void PassportFeature::install(AppServices& services, CaseWork& work)
{
    const PassportService& service = services.keep(
        std::make_unique<PassportService>(services.caseContext(), services.settings()));
    for (auto kind : {PassportWorklistPile::Kind::Overdue, PassportWorklistPile::Kind::Due,
                      PassportWorklistPile::Kind::WaitingForRecords})
        services.worklist().addPile(
            services.keep(std::make_unique<PassportWorklistPile>(service, kind)));
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new PassportTab(service, frame, parent);
    });
}

} // namespace lac
