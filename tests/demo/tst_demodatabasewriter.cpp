// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The bulk writer skips row-by-row constraint checks for speed, so it must still refuse
// data that breaks the schema when it finishes, and leave nothing behind.
#include "DemoTestSupport.h"

#include "data/DemoDatabaseWriter.h"

#include <QTemporaryDir>

using namespace lac;
using namespace demotest;

class TestDemoDatabaseWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir dir;

    static DemoChild child(qint64 id)
    {
        DemoChild c;
        c.id = id;
        c.caseId = QStringLiteral("C%1").arg(id);
        c.givenName = QStringLiteral("Siobhán");
        c.familyName = QStringLiteral("O'Neill");
        c.dateOfBirth = QDate(2015, 3, 1);
        c.sex = Sex::Female;
        c.createdOn = QDate(2025, 1, 6);
        DemoCarePeriod p;
        p.id = id;
        p.start = QDate(2025, 1, 6);
        c.periods << p;
        DemoEpisode e;
        e.id = id;
        e.carePeriodId = id;
        e.start = p.start;
        e.rne = EpisodeReason::StartedCare;
        e.legalStatus = LegalStatus::InterimCareOrder;
        e.placementType = PlacementType::FosterOther;
        e.location = PlacementLocation::InArea;
        c.episodes << e;
        return c;
    }

    Status write(const QString& name, const DemoChild& c)
    {
        auto db = Database::open(dir.filePath(name));
        if (!db)
            return db.failure();
        DemoDatabaseWriter writer(*db.value());
        if (auto s = writer.start(); !s)
            return s;
        if (auto s = writer.writeChild(c); !s)
            return s;
        AuditEntry entry;
        entry.action = QStringLiteral("create");
        entry.entity = QStringLiteral("demo");
        entry.summary = QStringLiteral("test");
        return writer.finish(AuditLog(*db.value(), testUser()), entry);
    }

    double children(const QString& name)
    {
        auto db = Database::open(dir.filePath(name));
        return db ? number(*db.value(), QStringLiteral("SELECT count(*) FROM children")) : -1;
    }

private Q_SLOTS:
    void writesAValidChild()
    {
        const Status s = write(QStringLiteral("ok.sqlite"), child(1));
        QVERIFY2(s, qPrintable(s.failure().text()));
        QCOMPARE(children(QStringLiteral("ok.sqlite")), 1.0);
        auto db = Database::open(dir.filePath(QStringLiteral("ok.sqlite")));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT family_name FROM children")).toString(),
                 QStringLiteral("O'Neill"));
        QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        // The indexes dropped for the load are back.
        QVERIFY(number(*db.value(),
                       QStringLiteral("SELECT count(*) FROM sqlite_master WHERE "
                                      "type = 'index' AND name = 'children_next_due'")) == 1);
    }

    void refusesABrokenCheckConstraint()
    {
        DemoChild c = child(1);
        c.episodes.first().end = c.episodes.first().start.addDays(-1); // ends before it starts
        const Status s = write(QStringLiteral("check.sqlite"), c);
        QVERIFY(!s);
        QVERIFY2(s.failure().message.contains(QStringLiteral("rule of the schema")),
                 qPrintable(s.failure().message));
        QCOMPARE(children(QStringLiteral("check.sqlite")), 0.0);
    }

    void refusesAMissingReference()
    {
        DemoChild c = child(1);
        c.episodes.first().carePeriodId = 99;
        const Status s = write(QStringLiteral("fk.sqlite"), c);
        QVERIFY(!s);
        QVERIFY2(s.failure().message.contains(QStringLiteral("episodes")),
                 qPrintable(s.failure().message));
        QCOMPARE(children(QStringLiteral("fk.sqlite")), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestDemoDatabaseWriter)
#include "tst_demodatabasewriter.moc"
