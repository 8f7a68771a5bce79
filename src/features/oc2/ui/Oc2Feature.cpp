// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oc2/ui/Oc2Feature.h"

#include "MainWindow.h"
#include "oc2/core/Oc2ReturnService.h"
#include "oc2/core/Oc2YearFactsService.h"
#include "oc2/ui/Oc2ReturnDialog.h"
#include "oc2/ui/Oc2YearFactsTab.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"

#include <QAction>
#include <QMenu>

namespace lac {

void Oc2Feature::install(AppServices& services, CaseWork& work)
{
    const Oc2YearFactsService& service =
        services.keep(std::make_unique<Oc2YearFactsService>(services.caseContext()));
    work.childTabs().add([&service](ChildWindowFrame& frame, QWidget* parent) {
        return new Oc2YearFactsTab(service, frame, parent);
    });
}

void Oc2Feature::addReturnAction(MainWindow& window, AppServices& services, CaseWork& work)
{
    if (!AccessPolicy::allows(services.user().role, Permission::ExportCaseData))
        return;
    const CaseContext& ctx = services.caseContext();
    const Oc2ReturnService& service =
        services.keep(std::make_unique<Oc2ReturnService>(ctx.db, ctx.audit));
    auto* action = new QAction(Oc2ReturnDialog::tr("Year-end &OC2 return…"), &window);
    action->setObjectName(QStringLiteral("oc2Return"));
    action->setStatusTip(Oc2ReturnDialog::tr("Check and write the SSDA903 OC2 health return"));
    QObject::connect(action, &QAction::triggered, &window, [&window, &service, &work, &ctx] {
        Oc2ReturnDialog dialog(service, work, ctx.today(), &window);
        dialog.exec();
    });
    window.fileMenu()->insertAction(window.fileMenu()->actions().value(0), action);
}

} // namespace lac
