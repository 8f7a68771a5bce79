// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/ui/PassportFeature.h"

#include "passport/core/PassportService.h"
#include "passport/ui/PassportTab.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

namespace lac {

namespace {

const PassportService& serviceOn(AppServices& services)
{
    return services.keep(
        std::make_unique<PassportService>(services.caseContext(), services.settings()));
}

const WorklistPile& pileOn(AppServices& services, const PassportService& service,
                           PassportWorklistPile::Kind kind)
{
    return services.keep(std::make_unique<PassportWorklistPile>(service, kind));
}

} // namespace

void PassportFeature::install(AppServices& services, CaseWork& work)
{
    const PassportService& service = serviceOn(services);
    for (auto kind : {PassportWorklistPile::Kind::Overdue, PassportWorklistPile::Kind::Due,
                      PassportWorklistPile::Kind::WaitingForRecords})
        services.worklist().addPile(pileOn(services, service, kind),
                                    [kind](AppServices& there) -> const WorklistPile& {
                                        return pileOn(there, serviceOn(there), kind);
                                    });
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new PassportTab(service, frame, parent);
    });
}

} // namespace lac
