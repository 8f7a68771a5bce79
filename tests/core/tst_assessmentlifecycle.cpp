// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The assessment lifecycle as worked examples: for an assessment at each stage, which steps
// are allowed and, for some refused ones, the words the person reads. The service refuses and
// the child window enables by this one table.
#include "rules/AssessmentLifecycle.h"

#include <QTest>

using namespace lac;

namespace {

AssessmentRecord at(const char* status, const char* paperwork = "awaited")
{
    AssessmentRecord a;
    a.kind = AssessmentKind::Review;
    a.due = QDate(2026, 3, 10);
    a.status = assessmentStatusFromCode(QString::fromLatin1(status));
    a.paperworkStatus = paperworkStatusFromCode(QString::fromLatin1(paperwork));
    Q_ASSERT(a.status != AssessmentStatus::Other && a.paperworkStatus != PaperworkStatus::Other);
    if (a.status == AssessmentStatus::Completed)
        a.completedDate = QDate(2026, 3, 9);
    return a;
}

using Steps = QList<AssessmentStep>;
const Steps everyStep{AssessmentStep::RecordRequest,
                      AssessmentStep::AcceptPaperwork,
                      AssessmentStep::LogPaperworkIssue,
                      AssessmentStep::PutPaperworkRight,
                      AssessmentStep::Book,
                      AssessmentStep::RecordOutcome,
                      AssessmentStep::MoveAppointment,
                      AssessmentStep::RecordReport,
                      AssessmentStep::SignOffDoctorReview,
                      AssessmentStep::GiveLateReason,
                      AssessmentStep::ReferOutOfArea};

} // namespace

Q_DECLARE_METATYPE(lac::AssessmentRecord)
Q_DECLARE_METATYPE(lac::PlacementLocation)

class TestAssessmentLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allowedSteps_data()
    {
        QTest::addColumn<AssessmentRecord>("assessment");
        QTest::addColumn<PlacementLocation>("location");
        QTest::addColumn<Steps>("allowed");
        const auto out = PlacementLocation::OutOfArea;
        const auto in = PlacementLocation::InArea;
        QTest::newRow("not yet requested, placed out of area")
            << at("open") << out
            << Steps{AssessmentStep::RecordRequest, AssessmentStep::ReferOutOfArea};
        QTest::newRow("not yet requested, placed in area")
            << at("open") << in << Steps{AssessmentStep::RecordRequest};
        QTest::newRow("requested, paperwork awaited")
            << at("requested") << in
            << Steps{AssessmentStep::AcceptPaperwork, AssessmentStep::LogPaperworkIssue};
        QTest::newRow("requested, paperwork sent back")
            << at("requested", "incomplete") << in
            << Steps{AssessmentStep::LogPaperworkIssue, AssessmentStep::PutPaperworkRight};
        QTest::newRow("requested, paperwork complete")
            << at("requested", "complete") << in
            << Steps{AssessmentStep::LogPaperworkIssue, AssessmentStep::Book};
        QTest::newRow("booked") << at("booked", "complete") << in
                                << Steps{AssessmentStep::RecordOutcome,
                                         AssessmentStep::MoveAppointment};
        AssessmentRecord onTime = at("completed", "complete");
        QTest::newRow("completed on time, report awaited")
            << onTime << in << Steps{AssessmentStep::RecordReport};
        AssessmentRecord late = onTime;
        late.completedDate = QDate(2026, 4, 20);
        late.reportReceivedDate = QDate(2026, 4, 30);
        QTest::newRow("completed late, report in")
            << late << in << Steps{AssessmentStep::GiveLateReason};
        AssessmentRecord nurseLed = onTime;
        nurseLed.kind = AssessmentKind::Initial;
        nurseLed.doctorReview = DoctorReview::Pending;
        QTest::newRow("nurse-led IHA waiting for the doctor")
            << nurseLed << in
            << Steps{AssessmentStep::RecordReport, AssessmentStep::SignOffDoctorReview};
        QTest::newRow("not required: nothing") << at("not_required") << out << Steps{};
    }
    void allowedSteps()
    {
        QFETCH(AssessmentRecord, assessment);
        QFETCH(PlacementLocation, location);
        QFETCH(Steps, allowed);
        AssessmentSituation situation;
        situation.childLocation = location;
        for (AssessmentStep step : everyStep) {
            const QString why = AssessmentLifecycle::whyNot(step, assessment, situation);
            QVERIFY2(why.isEmpty() == allowed.contains(step),
                     qPrintable(QStringLiteral("step %1: %2")
                                    .arg(int(step))
                                    .arg(why.isEmpty() ? QStringLiteral("allowed") : why)));
        }
    }

    void refusalsSayWhy()
    {
        AssessmentSituation twoIssues;
        twoIssues.openPaperworkIssues = 2;
        QCOMPARE(AssessmentLifecycle::whyNot(AssessmentStep::AcceptPaperwork,
                                             at("requested", "incomplete"), twoIssues),
                 QStringLiteral("2 paperwork issue(s) are still open: put them right in the "
                                "paperwork log first"));
        QCOMPARE(AssessmentLifecycle::whyNot(AssessmentStep::Book, at("open")),
                 QStringLiteral("record that the request was sent before booking"));
        QCOMPARE(AssessmentLifecycle::whyNot(AssessmentStep::RecordReport, at("booked")),
                 QStringLiteral("the report comes after the assessment: record the outcome "
                                "first"));
    }

    void anRhaWithinItsToleranceIsNotLate()
    {
        AssessmentRecord a = at("completed", "complete");
        a.completedDate = a.due.addDays(3);
        AssessmentSituation situation;
        situation.policy.rhaToleranceDays = 5;
        QVERIFY(!AssessmentLifecycle::allows(AssessmentStep::GiveLateReason, a, situation));
        situation.policy.rhaToleranceDays = 0;
        QVERIFY(AssessmentLifecycle::allows(AssessmentStep::GiveLateReason, a, situation));
    }
};

QTEST_GUILESS_MAIN(TestAssessmentLifecycle)
#include "tst_assessmentlifecycle.moc"
