// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Health passports on a database (SQLite, and PostgreSQL as the _postgresql twin): from "due"
// to "delivered" and a reissue under each role's permissions, every step and export audited;
// the pre-fill; an item not to be shared in no copy (checked in the PDF with pdftotext); bad
// dates refused with nothing written; the worklist piles; the paper's counts; the models.
#include "WorkspaceFixture.h"

#include "data/SettingsStore.h"
#include "passport/core/PassportReport.h"
#include "passport/core/PassportService.h"
#include "passport/models/PassportDocument.h"
#include "passport/models/PassportItemModel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace lac;
using namespace lac::test;

namespace {

/// The same database as \a f, signed in with another role.
struct OtherRole
{
    OtherRole(WorkspaceFixture& f, UserRole role)
        : audit(f.database.db(), UserContext{QStringLiteral("nurse.jo"), role})
        , context{f.database.db(), audit, f.dueDates, AssessmentPolicy{}, f.context.today()}
        , settings(f.database.db())
        , service(context, settings)
    {}
    AuditLog audit;
    CaseContext context;
    SettingsStore settings;
    PassportService service;
};

/// Writes the copy's text to a file, or refuses (to check nothing is audited then).
class TextRenderer : public PassportRenderer
{
public:
    explicit TextRenderer(bool fail = false)
        : m_fail(fail)
    {}
    Status write(const PassportCopy& copy, const QString& path) const override
    {
        if (m_fail)
            return Failure{QStringLiteral("disk full"), path};
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return Failure{f.errorString(), path};
        f.write(QJsonDocument(copy.toJson()).toJson());
        return {};
    }

private:
    bool m_fail;
};

PassportItem item(PassportSection section, const QString& label, const QString& text,
                  bool shared = true)
{
    PassportItem i;
    i.section = section;
    i.label = label;
    i.text = text;
    i.shared = shared;
    return i;
}

PassportStepInput on(QDate date)
{
    PassportStepInput in;
    in.date = date;
    return in;
}

const QString secret = QStringLiteral("Huntington's disease in the birth father's family");

} // namespace

class TestPassport : public QObject
{
    Q_OBJECT

    int audits(WorkspaceFixture& f, const QString& action)
    {
        return f.database
            .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
            .toInt();
    }

    /// A 17-year-old in care with a dental check and two vaccinations on record.
    qint64 youngPerson(WorkspaceFixture& f, const QString& caseId = QStringLiteral("P1"))
    {
        const qint64 id = f.childInCare(caseId, QDate(2008, 9, 1), QDate(2019, 4, 1));
        f.database.exec(QStringLiteral("INSERT INTO nhs_numbers (child_id, nhs_number, "
                                       "valid_from, recorded_at) VALUES (?, '9434765919', "
                                       "'2019-04-01', '2019-04-01')"),
                        {id});
        f.database.exec(QStringLiteral("INSERT INTO dental_checks (child_id, check_date, dentist, "
                                       "created_at, updated_at) VALUES (?, '2025-10-02', "
                                       "'Smile Dental, Mill Lane', 'x', 'x')"),
                        {id});
        for (const auto& [vaccine, on] :
             {std::pair{"MMR", "2009-10-01"}, std::pair{"MenACWY", "2023-01-12"}})
            f.database.exec(QStringLiteral("INSERT INTO immunisations (child_id, vaccine, "
                                           "given_on, source, created_at, updated_at) VALUES "
                                           "(?, ?, ?, 'gp_record', 'x', 'x')"),
                            {id, QString::fromLatin1(vaccine), QString::fromLatin1(on)});
        return id;
    }

private Q_SLOTS:
    void fromDueToDeliveredAndReissued()
    {
        WorkspaceFixture f; // a health admin, today 16/03/2026
        const SettingsStore settings(f.database.db());
        const PassportService admin(f.context, settings);
        OtherRole nurse(f, UserRole::DesignatedNurse);
        const qint64 child = youngPerson(f);
        const int before = f.auditCount();

        // Pre-filled from the tracker: the dentist of the last check seen.
        QVERIFY(ok(admin.start(child)));
        auto file = admin.file(child).value();
        QVERIFY(file.has_value());
        QCOMPARE(file->items.size(), 1);
        QCOMPARE(file->items.first().section, PassportSection::Contacts);
        QVERIFY(file->items.first().text.startsWith(QStringLiteral("Smile Dental, Mill Lane")));
        QVERIFY(!admin.start(child)); // one passport per young person

        PassportStepInput ask = on(QDate(2026, 1, 5));
        QVERIFY(!admin.takeStep(child, PassportStep::RequestRecords, ask)); // from whom?
        ask.recordsFrom = QStringLiteral("GP and birth hospital");
        QVERIFY(ok(admin.takeStep(child, PassportStep::RequestRecords, ask)));
        const PassportWorklistPile waiting(admin, PassportWorklistPile::Kind::WaitingForRecords);
        QCOMPARE(waiting.count(f.context.today()).value(), 1);
        QVERIFY(ok(admin.takeStep(child, PassportStep::RecordsReceived, on(QDate(2026, 1, 20)))));
        QCOMPARE(waiting.count(f.context.today()).value(), 0);
        QVERIFY(ok(admin.addItem(child, item(PassportSection::FamilyHistory,
                                             QStringLiteral("Birth mother"),
                                             QStringLiteral("Type 2 diabetes")))));
        QVERIFY(ok(admin.addItem(child, item(PassportSection::FamilyHistory,
                                             QStringLiteral("Birth father"), secret, false))));
        QVERIFY(ok(admin.addItem(child, item(PassportSection::Conditions, QStringLiteral("Asthma"),
                                             QStringLiteral("Mild, since age 7")))));
        QVERIFY(ok(admin.takeStep(child, PassportStep::Draft, on(QDate(2026, 2, 2)))));

        // Only the nurse signs off; a refusal writes nothing.
        const int beforeSignOff = f.auditCount();
        QVERIFY(!admin.takeStep(child, PassportStep::SignOff, on(QDate(2026, 2, 9))));
        QCOMPARE(f.auditCount(), beforeSignOff);
        QVERIFY(ok(nurse.service.takeStep(child, PassportStep::SignOff, on(QDate(2026, 2, 9)))));
        file = admin.file(child).value();
        QCOMPARE(file->versions.size(), 1);
        QCOMPARE(file->versions.first().signedOffBy, QStringLiteral("nurse.jo"));
        QVERIFY(!file->versions.first().content.contains(secret));
        QVERIFY(file->versions.first().content.contains(QStringLiteral("Type 2 diabetes")));

        QVERIFY(ok(admin.takeStep(child, PassportStep::Offer, on(QDate(2026, 2, 10)))));
        PassportStepInput answer = on(QDate(2026, 2, 12));
        answer.answer = PassportAnswer::Accepted;
        auto noFormat = admin.takeStep(child, PassportStep::Answer, answer);
        QVERIFY(!noFormat);
        QCOMPARE(noFormat.failure().where, QStringLiteral("Format"));
        answer.format = PassportFormat::PrintedAndPdf;
        QVERIFY(ok(admin.takeStep(child, PassportStep::Answer, answer)));
        QVERIFY(ok(admin.takeStep(child, PassportStep::Deliver, on(QDate(2026, 2, 20)))));
        QCOMPARE(PassportRules::stage(*admin.file(child).value()), PassportStage::Delivered);

        // Export: its own audited action, naming the version, the young person and the file.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("copy.json"));
        QVERIFY(!admin.exportCopy(child, path, TextRenderer(true)));
        QCOMPARE(audits(f, QStringLiteral("export")), 0); // not written: not audited
        QVERIFY(!admin.exportCopy(child, QStringLiteral("relative.pdf"), TextRenderer()));
        QVERIFY(ok(admin.exportCopy(child, path, TextRenderer())));
        QCOMPARE(audits(f, QStringLiteral("export")), 1);
        const QString summary =
            f.database
                .scalar(QStringLiteral("SELECT summary FROM audit_log WHERE action = 'export'"))
                .toString();
        QVERIFY2(summary.contains(QStringLiteral("version 1")) &&
                     summary.contains(QStringLiteral("P1")) && summary.contains(path),
                 qPrintable(summary));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains(secret.toUtf8()));

        // A new copy on request: drafted again, signed off again, the change said.
        PassportStepInput again = on(QDate(2026, 3, 2));
        again.reason = QStringLiteral("moved to a new GP");
        QVERIFY(ok(admin.takeStep(child, PassportStep::RequestReissue, again)));
        file = admin.file(child).value();
        PassportItem asthma = file->items.last();
        asthma.text = QStringLiteral("Moderate: uses a preventer inhaler");
        QVERIFY(ok(admin.updateItem(child, asthma)));
        QVERIFY(!admin.updateItem(child, asthma)); // the copy read before the save is stale
        QVERIFY(ok(admin.takeStep(child, PassportStep::Draft, on(QDate(2026, 3, 3)))));
        QVERIFY(ok(nurse.service.takeStep(child, PassportStep::SignOff, on(QDate(2026, 3, 4)))));
        const PassportCopy second = admin.latestCopy(child).value();
        QCOMPARE(second.number, 2);
        QCOMPARE(second.changes,
                 QStringList{QStringLiteral("Updated: Health conditions and disabilities – "
                                            "Asthma.")});
        file = admin.file(child).value();
        QCOMPARE(file->versions.size(), 2);
        QVERIFY(file->versions.first().content.contains(QStringLiteral("Mild, since age 7")));
        // Every step above is in the audit trail.
        QCOMPARE(f.auditCount(), before + 17);
    }

    void theBookletHoldsTheRecordAndNotTheUnsharedItem()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        WorkspaceFixture f(UserRole::DesignatedNurse);
        const SettingsStore settings(f.database.db());
        const PassportService nurse(f.context, settings);
        const qint64 child = youngPerson(f);
        QVERIFY(ok(nurse.start(child)));
        QVERIFY(ok(nurse.addItem(child, item(PassportSection::BirthHistory, {},
                                             QStringLiteral("Born at 39 weeks, 3.2 kg")))));
        QVERIFY(ok(nurse.addItem(
            child, item(PassportSection::FamilyHistory, QStringLiteral("Father"), secret, false))));
        QVERIFY(ok(nurse.takeStep(child, PassportStep::Draft, on(QDate(2026, 3, 2)))));
        QVERIFY(ok(nurse.takeStep(child, PassportStep::SignOff, on(QDate(2026, 3, 3)))));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("passport.pdf"));
        QVERIFY(ok(nurse.exportCopy(child, pdf, PassportDocument())));
        QFile raw(pdf);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().contains("/MediaBox [0 0 420.000000 595.000000]")); // A5
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput()).simplified();
        for (const QString& expected :
             {QStringLiteral("My health passport"), QStringLiteral("Amy P1"),
              QStringLiteral("1 September 2008"), QStringLiteral("943 476 5919"),
              QStringLiteral("When you were born"), QStringLiteral("Born at 39 weeks, 3.2 kg"),
              QStringLiteral("Smile Dental, Mill Lane"), QStringLiteral("MMR"),
              QStringLiteral("12 January 2023"), QStringLiteral("Registering with a GP")})
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral(" in: ") + text));
        QVERIFY(!text.contains(QStringLiteral("Huntington")));
        QVERIFY(!text.contains(QStringLiteral("Your family's health"))); // nothing shared there
    }

    void theWebPageIsAccessibleAndHoldsTheSameCopy()
    {
        WorkspaceFixture f(UserRole::DesignatedNurse);
        const SettingsStore settings(f.database.db());
        const PassportService nurse(f.context, settings);
        const qint64 child = youngPerson(f);
        QVERIFY(ok(nurse.start(child)));
        QVERIFY(ok(nurse.addItem(child, item(PassportSection::BirthHistory, {},
                                             QStringLiteral("Born at 39 weeks, 3.2 kg")))));
        QVERIFY(ok(nurse.addItem(
            child, item(PassportSection::FamilyHistory, QStringLiteral("Father"), secret, false))));
        QVERIFY(ok(nurse.takeStep(child, PassportStep::Draft, on(QDate(2026, 3, 2)))));
        QVERIFY(ok(nurse.takeStep(child, PassportStep::SignOff, on(QDate(2026, 3, 3)))));
        QTemporaryDir dir;
        const QString page = dir.filePath(QStringLiteral("passport.html"));
        const int audits = f.auditCount();
        QVERIFY(ok(nurse.exportCopy(child, page, *PassportDocument::forPath(page))));
        QCOMPARE(f.auditCount(), audits + 1); // its own export, audited like the booklet
        QFile file(page);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        // What a screen reader needs: the language, one h1, a heading per section, table
        // headers, and a title; nothing fetched from elsewhere.
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"en-GB\">")));
        QVERIFY(html.contains(QStringLiteral("<title>Health passport: Amy P1</title>")));
        QCOMPARE(html.count(QStringLiteral("<h1>")), 1);
        QVERIFY(html.contains(QStringLiteral("<h2>When you were born</h2>")));
        QVERIFY(html.contains(QStringLiteral("<h2>Your vaccinations</h2>")));
        QVERIFY(html.contains(QStringLiteral("<th scope=\"row\">NHS number</th><td>943 476 5919")));
        QVERIFY(html.contains(QStringLiteral("<th scope=\"col\">Vaccine</th>")));
        QVERIFY(html.contains(QStringLiteral("Born at 39 weeks, 3.2 kg")));
        QVERIFY(!html.contains(QStringLiteral("http")));
        QVERIFY(!html.contains(QStringLiteral("Huntington"))); // not to be shared: left out
        // The booklet is still the PDF.
        const QString pdf = dir.filePath(QStringLiteral("passport.PDF"));
        QVERIFY(ok(nurse.exportCopy(child, pdf, *PassportDocument::forPath(pdf))));
        QFile raw(pdf);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.read(5) == "%PDF-");
    }

    void badDatesAndStepsOutOfTurnAreRefused()
    {
        WorkspaceFixture f;
        const SettingsStore settings(f.database.db());
        const PassportService admin(f.context, settings);
        const qint64 child = youngPerson(f);
        const qint64 young =
            f.childInCare(QStringLiteral("Y15"), QDate(2011, 1, 1), QDate(2020, 1, 1));
        QVERIFY(!admin.start(young)); // 15: not yet eligible
        QVERIFY(!admin.takeStep(child, PassportStep::Draft, on(QDate(2026, 3, 1)))); // not started
        QVERIFY(ok(admin.start(child)));
        const int before = f.auditCount();
        auto future = admin.takeStep(child, PassportStep::Draft, on(QDate(2026, 3, 17)));
        QVERIFY(!future);
        QCOMPARE(future.failure().where, QStringLiteral("Date"));
        QVERIFY(future.failure().message.contains(QStringLiteral("future")));
        auto under16 = admin.takeStep(child, PassportStep::Draft, on(QDate(2024, 8, 31)));
        QVERIFY(!under16);
        QVERIFY(under16.failure().message.contains(QStringLiteral("16th birthday")));
        QVERIFY(!admin.takeStep(child, PassportStep::Draft, on(QDate())));
        auto outOfTurn = admin.takeStep(child, PassportStep::Deliver, on(QDate(2026, 3, 1)));
        QVERIFY(!outOfTurn);
        QCOMPARE(outOfTurn.failure().where, QStringLiteral("Step"));
        QVERIFY(ok(admin.takeStep(child, PassportStep::Draft, on(QDate(2026, 3, 1)))));
        OtherRole nurse(f, UserRole::DesignatedNurse);
        auto early = nurse.service.takeStep(child, PassportStep::SignOff, on(QDate(2026, 2, 1)));
        QVERIFY(!early); // before the step before it
        QVERIFY(!admin.addItem(child, item(PassportSection::Allergies, {}, QStringLiteral(" "))));
        QCOMPARE(f.auditCount(), before + 1);
        QVERIFY(!admin.latestCopy(child)); // nothing signed off yet
        QVERIFY(!admin.exportCopy(child, QDir::temp().filePath(QStringLiteral("x.pdf")),
                                  TextRenderer()));
        // A signed-off copy can never be changed, even behind the program's back.
        QVERIFY(ok(nurse.service.takeStep(child, PassportStep::SignOff, on(QDate(2026, 3, 2)))));
        QSqlQuery q(f.database.sql());
        QVERIFY(!q.exec(QStringLiteral("UPDATE passport_versions SET content = 'x'")));
    }

    void aViewerSeesNoPassport()
    {
        WorkspaceFixture f;
        const qint64 child = youngPerson(f);
        OtherRole viewer(f, UserRole::Viewer);
        QVERIFY(!viewer.service.file(child));
        QVERIFY(!viewer.service.start(child));
        QVERIFY(!viewer.service.latestCopy(child));
        QVERIFY(ok(viewer.service.youngPeople(f.context.today()))); // names and dates only
        QVERIFY(!viewer.service.setHowTo(QStringLiteral("x")));
        OtherRole administrator(f, UserRole::Administrator);
        QVERIFY(ok(administrator.service.setHowTo(QStringLiteral("Our own words\nAsk us."))));
        QCOMPARE(viewer.service.howTo(), QStringLiteral("Our own words\nAsk us."));
    }

    void thePilesSayWhoIsDueOverdueAndWaiting()
    {
        WorkspaceFixture f; // today 16/03/2026; due six months before 18 unless an RHA first
        const SettingsStore settings(f.database.db());
        f.database.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                       "('passport.due_at_rha', '0')"));
        const PassportService admin(f.context, settings);
        f.childInCare(QStringLiteral("A15"), QDate(2010, 6, 1), QDate(2020, 1, 1));  // 15
        f.childInCare(QStringLiteral("B16"), QDate(2009, 12, 1), QDate(2020, 1, 1)); // due 06/2027
        f.childInCare(QStringLiteral("C17"), QDate(2008, 12, 1), QDate(2020, 1, 1)); // 01/06/2026
        f.childInCare(QStringLiteral("D17"), QDate(2008, 7, 1), QDate(2020, 1, 1));  // 01/01/2026
        const qint64 e = f.childInCare(QStringLiteral("E17"), QDate(2008, 6, 1), QDate(2020, 1, 1));
        const QDate today = f.context.today();
        const auto keys = [&](PassportWorklistPile::Kind kind) {
            QStringList out;
            const auto rows = PassportWorklistPile(admin, kind).rows(today);
            for (const WorklistRow& r : rows.value())
                out << r.caseId;
            return out;
        };
        QCOMPARE(keys(PassportWorklistPile::Kind::Due), QStringList{QStringLiteral("C17")});
        QCOMPARE(keys(PassportWorklistPile::Kind::Overdue),
                 (QStringList{QStringLiteral("E17"), QStringLiteral("D17")}));
        QVERIFY(ok(admin.start(e)));
        PassportStepInput ask = on(QDate(2026, 3, 1));
        ask.recordsFrom = QStringLiteral("GP");
        QVERIFY(ok(admin.takeStep(e, PassportStep::RequestRecords, ask)));
        QCOMPARE(keys(PassportWorklistPile::Kind::WaitingForRecords),
                 QStringList{QStringLiteral("E17")});
        const PassportWorklistPile overdue(admin, PassportWorklistPile::Kind::Overdue);
        QCOMPARE(overdue.count(today).value(), 2); // waiting is still overdue
        QCOMPARE(overdue.key(), QStringLiteral("passport_overdue"));
        QCOMPARE(admin.dueBy(e).value(), QDate(2025, 12, 1));
    }

    void thePilesTakeTheFirstRhaFromTheSixteenthBirthday()
    {
        WorkspaceFixture f; // today 16/03/2026; due at the first RHA from 16 (the default)
        const SettingsStore settings(f.database.db());
        const PassportService admin(f.context, settings);
        // 16 on 01/12/2025: an RHA done before, one not required after, one done after.
        const qint64 b =
            f.childInCare(QStringLiteral("B16"), QDate(2009, 12, 1), QDate(2020, 1, 1));
        // 16 on 01/11/2024: only an RHA done before it, so due six months before 18.
        const qint64 c =
            f.childInCare(QStringLiteral("C17"), QDate(2008, 11, 1), QDate(2020, 1, 1));
        const auto rha = [&](qint64 child, const char* due, const char* status, const char* done) {
            f.database.exec(
                QStringLiteral(
                    "INSERT INTO assessments (child_id, kind, clock_start, created_at, updated_at, "
                    "due_date, status, completed_date) VALUES (%1, 'RHA', '2024-01-01', "
                    "'2024-01-01', "
                    "'2024-01-01', '%2', '%3', %4)")
                    .arg(child)
                    .arg(QLatin1String(due), QLatin1String(status),
                         done ? QStringLiteral("'%1'").arg(QLatin1String(done))
                              : QStringLiteral("NULL")));
        };
        rha(b, "2025-05-01", "completed", "2025-06-01");
        rha(b, "2025-12-15", "not_required", nullptr);
        rha(b, "2026-01-05", "completed", "2026-01-10");
        rha(c, "2024-09-20", "completed", "2024-10-01");
        const QDate today = f.context.today();
        QHash<QString, QDate> due;
        for (auto kind : {PassportWorklistPile::Kind::Due, PassportWorklistPile::Kind::Overdue}) {
            const auto rows = PassportWorklistPile(admin, kind).rows(today);
            QVERIFY(rows);
            for (const WorklistRow& r : rows.value())
                due.insert(r.caseId, r.due);
        }
        QCOMPARE(due.value(QStringLiteral("B16")), QDate(2026, 1, 10));
        QCOMPARE(due.value(QStringLiteral("C17")), QDate(2026, 5, 1));
        // The piles and one child's own page agree.
        QCOMPARE(admin.dueBy(b).value(), QDate(2026, 1, 10));
        QCOMPARE(admin.dueBy(c).value(), QDate(2026, 5, 1));
    }

    void thePaperCountsOlderYoungPeopleWithAPassportDelivered()
    {
        WorkspaceFixture f(UserRole::Administrator);
        const SettingsStore settings(f.database.db());
        const PassportService admin(f.context, settings);
        const qint64 a = youngPerson(f, QStringLiteral("P1"));                     // 17½ on 01/03
        f.childInCare(QStringLiteral("P2"), QDate(2008, 8, 1), QDate(2019, 1, 1)); // 17½ 01/02
        f.childInCare(QStringLiteral("P3"), QDate(2009, 1, 1), QDate(2019, 1, 1)); // 17
        QVERIFY(ok(admin.start(a)));
        QVERIFY(ok(admin.takeStep(a, PassportStep::Draft, on(QDate(2026, 1, 5)))));
        QVERIFY(ok(admin.takeStep(a, PassportStep::SignOff, on(QDate(2026, 1, 6)))));
        QVERIFY(ok(admin.takeStep(a, PassportStep::Offer, on(QDate(2026, 1, 7)))));
        PassportStepInput yes = on(QDate(2026, 1, 8));
        yes.answer = PassportAnswer::Accepted;
        yes.format = PassportFormat::Printed;
        QVERIFY(ok(admin.takeStep(a, PassportStep::Answer, yes)));
        QVERIFY(ok(admin.takeStep(a, PassportStep::Deliver, on(QDate(2026, 3, 10)))));
        const PassportReport report(f.database.db());
        auto months = report.figures(QDate(2026, 1, 1), QDate(2026, 3, 1), QDate(2026, 3, 16),
                                     f.audit.user());
        QVERIFY(ok(months));
        QCOMPARE(months.value().size(), 3);
        QCOMPARE(months.value().at(0).olderYoungPeople, 0); // 31 January: nobody 17½ yet
        QCOMPARE(months.value().at(1).olderYoungPeople, 1); // 28 February: P2
        QCOMPARE(months.value().at(1).delivered, 0);
        QCOMPARE(months.value().at(2).olderYoungPeople, 2); // 16 March: P1 and P2
        QCOMPARE(months.value().at(2).delivered, 1);
    }

    void theModelsPassTheTester()
    {
        PassportItemModel items;
        QAbstractItemModelTester t1(&items, QAbstractItemModelTester::FailureReportingMode::QtTest);
        PassportItem i =
            item(PassportSection::FamilyHistory, QStringLiteral("Father"), secret, false);
        i.id = 4;
        items.setRows({i, item(PassportSection::Allergies, {}, QStringLiteral("None known"))});
        QCOMPARE(items.rowCount(), 2);
        QCOMPARE(items.index(0, PassportItemModel::SharedColumn).data().toString(),
                 QStringLiteral("Not to be shared"));
        QCOMPARE(items.index(0, PassportItemModel::SectionColumn).data().toString(),
                 QStringLiteral("Your family's health"));
        PassportVersionModel versions;
        QAbstractItemModelTester t2(&versions,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        PassportVersion v;
        v.number = 1;
        v.signedOff = QDate(2026, 2, 9);
        v.signedOffBy = QStringLiteral("nurse.jo");
        v.answer = PassportAnswer::Accepted;
        v.answered = QDate(2026, 2, 12);
        v.format = PassportFormat::Pdf;
        versions.setRows({v});
        QCOMPARE(versions.index(0, PassportVersionModel::AnswerColumn).data().toString(),
                 QStringLiteral("accepted 12/02/2026, PDF"));
    }
};

QTEST_MAIN(TestPassport)
#include "tst_passport.moc"
