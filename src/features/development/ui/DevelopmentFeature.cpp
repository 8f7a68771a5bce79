// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "development/ui/DevelopmentFeature.h"

#include "development/core/DevelopmentCheckService.h"
#include "development/ui/DevelopmentTab.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

namespace lac {

void DevelopmentFeature::install(AppServices& services, CaseWork& work)
{
    const DevelopmentCheckService& service =
        services.keep(std::make_unique<DevelopmentCheckService>(services.caseContext()));
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new DevelopmentTab(service, frame, parent);
    });
}

} // namespace lac
