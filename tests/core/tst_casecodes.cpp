// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The code -> enum readers in domain/CaseCodes agree with the code lists the dialogs offer
// (CodeList): every listed code is read as its own enumerator, and a code nobody stores is
// read as the catch-all one, never as a real stage.
#include "domain/CaseCodes.h"
#include "domain/CodeList.h"

#include <QSet>
#include <QTest>

using namespace lac;

class TestCaseCodes : public QObject
{
    Q_OBJECT

    /// Each code of \a list read by \a read: all distinct, none \a otherwise.
    template <typename E, typename Read>
    static void everyListedCodeIsKnown(const QList<CodeLabel>& list, Read read, E otherwise)
    {
        QSet<int> seen;
        for (const CodeLabel& c : list) {
            const E value = read(c.code);
            QVERIFY2(value != otherwise, qPrintable(c.code));
            QVERIFY2(!seen.contains(int(value)), qPrintable(c.code));
            seen.insert(int(value));
        }
        QCOMPARE(read(QStringLiteral("no_such_code")), otherwise);
        QCOMPARE(read(QString()), otherwise);
    }

private Q_SLOTS:
    void listsAndEnumsAgree()
    {
        everyListedCodeIsKnown(CodeList::assessmentStatuses(), assessmentStatusFromCode,
                               AssessmentStatus::Other);
        everyListedCodeIsKnown(CodeList::paperworkStatuses(), paperworkStatusFromCode,
                               PaperworkStatus::Other);
        everyListedCodeIsKnown(CodeList::doctorReviews(), doctorReviewFromCode,
                               DoctorReview::Other);
        everyListedCodeIsKnown(CodeList::appointmentOutcomes(), appointmentOutcomeFromCode,
                               AppointmentOutcome::Other);
        everyListedCodeIsKnown(CodeList::appointmentModes(), appointmentModeFromCode,
                               AppointmentMode::Other);
    }

    void workedExamples()
    {
        QCOMPARE(assessmentStatusFromCode(QStringLiteral("not_required")),
                 AssessmentStatus::NotRequired);
        QCOMPARE(assessmentStatusFromCode(QStringLiteral("BOOKED")), AssessmentStatus::Other);
        QCOMPARE(paperworkStatusFromCode(QStringLiteral("incomplete")),
                 PaperworkStatus::Incomplete);
        QCOMPARE(appointmentOutcomeFromCode(QStringLiteral("rescheduled")),
                 AppointmentOutcome::Rescheduled);
        QCOMPARE(sexFromCode(QStringLiteral("F")), Sex::Female);
        QCOMPARE(sexFromCode(QStringLiteral("M")), Sex::Male);
        QCOMPARE(sexFromCode(QStringLiteral("U")), Sex::NotKnown);
    }
};

QTEST_GUILESS_MAIN(TestCaseCodes)
#include "tst_casecodes.moc"
