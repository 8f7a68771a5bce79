// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The demo county's carers' medicals: enough of them, some waiting at the GP for months,
// every one keeping the rules a medical entered by hand keeps, and renewals due.
#include "WorkspaceFixture.h"

#include "carers/core/CarerMedicalClock.h"
#include "carers/core/CarerMedicalDemo.h"
#include "carers/core/CarerMedicalService.h"
#include "data/SettingsStore.h"

using namespace lac;
using namespace lac::test;

class TestCarerMedicalDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDemoCountyHasMedicalsWaitingForMonths()
    {
        WorkspaceFixture f(UserRole::Administrator);
        SettingsStore settings(f.database.db());
        const CarerMedicalService service(f.context, settings);
        DemoOptions options;
        options.today = f.context.today();
        auto written = CarerMedicalDemo::fill(f.database.db(), options);
        QVERIFY(ok(written));
        QVERIFY2(written.value() >= 60 && written.value() <= 400,
                 qPrintable(QString::number(written.value())));
        const auto waits = service.waiting(options.today).value();
        QVERIFY(waits.size() >= 5);
        int atGpOverTwoMonths = 0;
        for (const CarerMedicalLine& l : waits)
            atGpOverTwoMonths += l.stage == CarerMedicalStage::Gp && l.daysWaited > 60;
        QVERIFY(atGpOverTwoMonths >= 1);
        const auto all = service.all().value();
        for (const CarerMedicalRow& r : all)
            QVERIFY(ok(CarerMedicalClock::check(r.medical, options.today)));
        QVERIFY(!service.renewalsDue(options.today).value().isEmpty());
    }
};

QTEST_MAIN(TestCarerMedicalDemo)
#include "tst_carermedicaldemo.moc"
