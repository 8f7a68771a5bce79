// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFixture.h"

using namespace lac;
using namespace lac::test;

class TestPaperworkService : public QObject
{
    Q_OBJECT

    static PaperworkIssueRecord issueFor(const AssessmentRecord& a, const QString& problem,
                                         QDate found)
    {
        PaperworkIssueRecord i;
        i.assessmentId = a.id;
        i.problem = problem;
        i.foundDate = found;
        return i;
    }

private Q_SLOTS:
    void issueHoldsTheRequestUntilPutRight()
    {
        WorkspaceFixture f;
        const qint64 child =
            f.childInCare(QStringLiteral("P1"), QDate(2015, 1, 1), QDate(2026, 2, 16));
        AssessmentRecord a = f.iha(child);
        QVERIFY(ok(f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 2, 17))));
        a = f.reload(a);
        auto consent = f.paperwork.logIssue(
            a.version, issueFor(a, QStringLiteral("consent_unsigned"), QDate(2026, 2, 18)));
        QVERIFY(ok(consent));
        a = f.reload(a);
        QCOMPARE(a.paperworkStatus, PaperworkStatus::Incomplete);
        auto partA = f.paperwork.logIssue(
            a.version, issueFor(a, QStringLiteral("part_a_incomplete"), QDate(2026, 2, 18)));
        QVERIFY(ok(partA));
        a = f.reload(a);

        // Nothing can be booked or accepted while paperwork is wrong.
        QVERIFY(!f.assessments.book(a.id, a.version,
                                    f.booking(QDateTime(QDate(2026, 3, 12), QTime(9, 0)))));
        auto accept = f.assessments.acceptPaperwork(a.id, a.version, QDate(2026, 2, 20));
        QVERIFY(!accept);
        QVERIFY(accept.failure().message.contains(QStringLiteral("2 paperwork issue")));

        auto first = f.paperwork.issue(consent.value()).value();
        QVERIFY(ok(f.paperwork.markReturned(first.id, first.version, QDate(2026, 2, 18))));
        first = f.paperwork.issue(first.id).value();
        QCOMPARE(first.returnedDate, QDate(2026, 2, 18));
        auto movedOn = f.paperwork.putRight(first.id, first.version, QDate(2026, 2, 25));
        QVERIFY(ok(movedOn));
        QVERIFY(!movedOn.value()); // Part A is still wrong
        QCOMPARE(f.reload(a).paperworkStatus, PaperworkStatus::Incomplete);

        const auto second = f.paperwork.issue(partA.value()).value();
        movedOn = f.paperwork.putRight(second.id, second.version, QDate(2026, 2, 27));
        QVERIFY(ok(movedOn));
        QVERIFY(movedOn.value());
        a = f.reload(a);
        QCOMPARE(a.paperworkStatus, PaperworkStatus::Complete);
        QCOMPARE(a.paperworkCompleteDate, QDate(2026, 2, 27));
        QVERIFY(ok(f.assessments.book(a.id, a.version,
                                      f.booking(QDateTime(QDate(2026, 3, 12), QTime(9, 0))))));
        const QString summary =
            f.database
                .scalar(QStringLiteral("SELECT summary FROM audit_log WHERE entity = "
                                       "'paperwork_issues' ORDER BY id DESC LIMIT 1"))
                .toString();
        QVERIFY2(summary.contains(QStringLiteral("moved on")), qPrintable(summary));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("problem");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QDate>("found");
        QTest::addColumn<QDate>("returned");
        QTest::addColumn<QString>("complaint");
        QTest::newRow("unknown problem") << "lost"
                                         << "" << QDate(2026, 2, 18) << QDate() << "what was wrong";
        QTest::newRow("other without words")
            << "other"
            << " " << QDate(2026, 2, 18) << QDate() << "description";
        QTest::newRow("found in the future") << "consent_missing"
                                             << "" << QDate(2026, 3, 17) << QDate() << "future";
        QTest::newRow("found before the request")
            << "consent_missing"
            << "" << QDate(2026, 2, 16) << QDate() << "before the request";
        QTest::newRow("returned before found")
            << "consent_missing"
            << "" << QDate(2026, 2, 18) << QDate(2026, 2, 17) << "before the problem";
        QTest::newRow("no date found") << "consent_missing"
                                       << "" << QDate() << QDate() << "date found";
    }
    void refusals()
    {
        QFETCH(QString, problem);
        QFETCH(QString, detail);
        QFETCH(QDate, found);
        QFETCH(QDate, returned);
        QFETCH(QString, complaint);
        WorkspaceFixture f;
        const qint64 child =
            f.childInCare(QStringLiteral("P2"), QDate(2015, 1, 1), QDate(2026, 2, 16));
        AssessmentRecord a = f.iha(child);
        QVERIFY(ok(f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 2, 17))));
        a = f.reload(a);
        PaperworkIssueRecord i = issueFor(a, problem, found);
        i.detail = detail;
        i.returnedDate = returned;
        auto r = f.paperwork.logIssue(a.version, i);
        QVERIFY(!r);
        QVERIFY2(r.failure().message.contains(complaint), qPrintable(r.failure().message));
        QCOMPARE(f.database.scalar(QStringLiteral("SELECT count(*) FROM paperwork_issues")).toInt(),
                 0);
        QCOMPARE(f.reload(a).paperworkStatus, PaperworkStatus::Awaited);
    }

    void issueNeedsARequest()
    {
        WorkspaceFixture f;
        const qint64 child =
            f.childInCare(QStringLiteral("P3"), QDate(2015, 1, 1), QDate(2026, 2, 16));
        const AssessmentRecord a = f.iha(child);
        auto r = f.paperwork.logIssue(
            a.version, issueFor(a, QStringLiteral("consent_missing"), QDate(2026, 2, 18)));
        QVERIFY(!r);
        QVERIFY(r.failure().message.contains(QStringLiteral("request was sent")));
    }

    void staleIssueIsRefused()
    {
        WorkspaceFixture f;
        const qint64 child =
            f.childInCare(QStringLiteral("P4"), QDate(2015, 1, 1), QDate(2026, 2, 16));
        AssessmentRecord a = f.iha(child);
        QVERIFY(ok(f.assessments.recordRequestSent(a.id, a.version, QDate(2026, 2, 17))));
        a = f.reload(a);
        const qint64 id = f.paperwork
                              .logIssue(a.version, issueFor(a, QStringLiteral("referral_missing"),
                                                            QDate(2026, 2, 18)))
                              .value();
        const auto opened = f.paperwork.issue(id).value();
        QVERIFY(ok(f.paperwork.markReturned(id, opened.version, QDate(2026, 2, 19))));
        auto r = f.paperwork.putRight(id, opened.version, QDate(2026, 2, 20));
        QVERIFY(!r);
        QVERIFY(r.failure().message.contains(QStringLiteral("changed by someone else")));
        QVERIFY(f.paperwork.issue(id).value().isOpen());
        QCOMPARE(f.reload(a).paperworkStatus, PaperworkStatus::Incomplete);
    }
};

QTEST_GUILESS_MAIN(TestPaperworkService)
#include "tst_paperworkservice.moc"
