// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The demo county's immunisation histories: about the national share of children in care
// up to date, every recorded dose one the schedule counts, the same seed the same doses.
#include "data/Database.h"
#include "demo/DemoDatabaseBuilder.h"
#include "immunisations/core/ImmunisationDemo.h"
#include "immunisations/core/ImmunisationStatus.h"
#include "immunisations/data/ImmunisationStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace lac;

class TestImmunisationDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static DemoOptions options(quint32 seed)
    {
        DemoOptions o;
        o.children = 900;
        o.seed = seed;
        o.today = QDate(2026, 3, 16);
        return o;
    }

    std::unique_ptr<Database> build(const QString& name, quint32 seed)
    {
        const QString path = m_dir.filePath(name);
        auto built =
            DemoDatabaseBuilder::build(path, options(seed), false,
                                       UserContext{QStringLiteral("demo"), UserRole::Administrator},
                                       {&ImmunisationDemo::fill});
        if (!built)
            qWarning("%s", qPrintable(built.failure().text()));
        if (!built || built.value().featureRecords == 0)
            return nullptr;
        auto db = Database::open(path);
        return db ? std::move(db.value()) : nullptr;
    }

private Q_SLOTS:
    void aboutTheNationalShareIsUpToDate()
    {
        auto db = build(QStringLiteral("demo.sqlite"), 11);
        QVERIFY(db);
        const ImmunisationStore store(*db);
        const auto book = ImmunisationScheduleBook::bundled().value();
        const auto children = store.childrenInCare().value();
        const auto doses = store.dosesOfChildrenInCare().value();
        QVERIFY(children.size() > 200);
        int upToDate = 0;
        int none = 0;
        for (const ImmunisationChild& c : children) {
            const auto given = doses.value(c.childId);
            auto s = ImmunisationStatus::compute(book, c.dateOfBirth, given, options(11).today);
            QVERIFY(s.ok());
            // Built by the schedule's own rules: no recorded dose fails to count.
            QVERIFY2(s.value().uncounted.isEmpty(), qPrintable(c.caseId));
            upToDate += s.value().upToDate() ? 1 : 0;
            none += given.isEmpty() ? 1 : 0;
        }
        const double share = double(upToDate) / double(children.size());
        qInfo("%d of %lld children in care up to date (%.1f%%), %d with nothing recorded", upToDate,
              qlonglong(children.size()), 100.0 * share, none);
        QVERIFY2(share >= 0.75 && share <= 0.85, qPrintable(QString::number(share)));
        QVERIFY(none > 0); // some histories are unknown, as in life
    }

    void theSameSeedGivesTheSameDoses()
    {
        auto a = build(QStringLiteral("a.sqlite"), 5);
        auto b = build(QStringLiteral("b.sqlite"), 5);
        QVERIFY(a && b);
        const auto doses = [](const Database& db) {
            QStringList all;
            const auto byChild = ImmunisationStore(db).dosesOfChildrenInCare().value();
            for (auto it = byChild.begin(); it != byChild.end(); ++it)
                for (const ImmunisationDose& d : it.value())
                    all << QStringLiteral("%1 %2 %3")
                               .arg(d.childId)
                               .arg(d.vaccine, d.date.toString());
            all.sort();
            return all;
        };
        QCOMPARE(doses(*a), doses(*b));
    }
};

QTEST_GUILESS_MAIN(TestImmunisationDemo)
#include "tst_immunisationdemo.moc"
