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
    SettingsService& settings = services.settingsService();
    settings.addFeatureSetting(
        {QStringLiteral("passport.due_at_rha"),
         PassportTab::tr("Health passport due at the first RHA after 16"),
         PassportTab::tr("Ticked: due at the young person's first review health assessment after "
                         "their 16th birthday (and never later than the months before 18 below)"),
         FeatureSetting::Kind::YesNo, 0, 1, 1});
    settings.addFeatureSetting(
        {QStringLiteral("passport.months_before_18"),
         PassportTab::tr("Health passport due at the latest (months before 18)"),
         PassportTab::tr("The passport is due this many months before the 18th birthday at the "
                         "latest"),
         FeatureSetting::Kind::Number, 0, 24, 6});
    settings.addFeatureSetting(
        {QStringLiteral("passport.lead_days"),
         PassportTab::tr("Health passport on the worklist (days before due)"),
         PassportTab::tr("A passport joins the \"due\" pile this many days before it is due"),
         FeatureSetting::Kind::Number, 0, 365, 90});
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
