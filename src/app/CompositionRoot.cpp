// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompositionRoot.h"

#include "BankHolidaysDialog.h"
#include "ChildrenView.h"
#include "MainWindow.h"
#include "SettingsDialog.h"
#include "security/AccessPolicy.h"
#include "services/AppServices.h"

#include <QMenu>
#include <QStatusBar>

namespace lac {

void CompositionRoot::populate(MainWindow& window, AppServices& services)
{
    // Each feature adds itself here, in tab order.
    auto* children = new ChildrenView(services.children(), &window);
    QObject::connect(children, &ChildrenView::statusMessage, window.statusBar(),
                     [&window](const QString& text) { window.statusBar()->showMessage(text); });
    window.addWorkspace(children, QObject::tr("Children"), QStringLiteral("children"));

    if (AccessPolicy::allows(services.user().role, Permission::ManageSettings)) {
        window.toolsMenu()->addAction(
            QObject::tr("&Bank holidays…"), &window, [&window, &services, children] {
                BankHolidaysDialog dialog(services.calendar(), services.bankHolidays(), &window);
                dialog.exec();
                children->refresh();
            });
        window.toolsMenu()->addAction(
            QObject::tr("&Settings…"), &window, [&window, &services, children] {
                SettingsDialog dialog(services.settingsService(), &window);
                if (dialog.exec() == QDialog::Accepted)
                    children->refresh();
            });
    }
}

} // namespace lac
