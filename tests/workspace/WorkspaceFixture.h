// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test helper for the admin workspace: a test database with reference data (a provider and
// two authorities), the case-work services on a fixed "today", and shortcuts that walk an
// assessment through its lifecycle.

#include "support/TestDatabase.h"

#include "data/AuditLog.h"
#include "rules/WorkingDayCalendar.h"
#include "services/AssessmentService.h"
#include "services/CaseContext.h"
#include "services/ChildCaseService.h"
#include "services/DueDateService.h"
#include "services/OutOfAreaService.h"
#include "services/PaperworkService.h"

#include <QTest>

namespace lac::test {

inline bool ok(const Status& s)
{
    if (!s)
        qWarning("unexpected failure: %s", qPrintable(s.failure().text()));
    return s.ok();
}
template <typename T>
bool ok(const Result<T>& r)
{
    if (!r)
        qWarning("unexpected failure: %s", qPrintable(r.failure().text()));
    return r.ok();
}

class WorkspaceFixture
{
public:
    explicit WorkspaceFixture(UserRole role = UserRole::HealthAdmin,
                              QDate today = QDate(2026, 3, 16))
        : audit(database.db(), UserContext{QStringLiteral("tester"), role})
        , dueDates(database.db(), calendar, AssessmentPolicy{})
        , context{database.db(), audit, dueDates, AssessmentPolicy{}, today}
        , children(context)
        , assessments(context)
        , paperwork(context)
        , outOfArea(context)
    {
        database.exec(QStringLiteral("INSERT INTO authorities (id, name, code) VALUES "
                                     "(1, 'Northshire', 'N01'), (2, 'Westshire', 'W02')"));
        database.exec(QStringLiteral("INSERT INTO providers (id, name, authority_id) VALUES "
                                     "(1, 'Community Paediatrics', NULL), "
                                     "(2, 'Northshire LAC Health', 1)"));
    }

    /// A child who came into care on \a start (in area unless \a location), with the due dates
    /// computed. Returns the child's id.
    qint64 childInCare(const QString& caseId, QDate dob, QDate start,
                       const QString& location = QStringLiteral("IN"))
    {
        const qint64 id = database.addChild(caseId, QStringLiteral("Amy"), caseId, dob, start,
                                            QStringLiteral("U4"), location);
        if (!ok(dueDates.recompute({id}, context.today())))
            qFatal("recompute failed");
        return id;
    }

    AssessmentRecord iha(qint64 childId)
    {
        const qint64 id = database
                              .scalar(QStringLiteral("SELECT id FROM assessments WHERE child_id = "
                                                     "? AND kind = 'IHA' AND closed_at IS NULL"),
                                      {childId})
                              .toLongLong();
        return assessments.assessment(id).value();
    }
    AssessmentRecord reload(const AssessmentRecord& a)
    {
        return assessments.assessment(a.id).value();
    }

    /// Request sent and paperwork accepted on the given days.
    AssessmentRecord readyToBook(qint64 childId, QDate sent, QDate checked)
    {
        AssessmentRecord a = iha(childId);
        QVERIFY_RESULT(assessments.recordRequestSent(a.id, a.version, sent));
        a = reload(a);
        QVERIFY_RESULT(assessments.acceptPaperwork(a.id, a.version, checked));
        return reload(a);
    }

    AppointmentRecord booking(QDateTime when) const
    {
        AppointmentRecord b;
        b.providerId = 1;
        b.clinician = QStringLiteral("Dr Patel");
        b.venue = QStringLiteral("Riverside Clinic");
        b.scheduledAt = when;
        b.mode = QStringLiteral("face_to_face");
        return b;
    }

    int auditCount()
    {
        return database.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    }

    TestDatabase database;
    WorkingDayCalendar calendar;
    AuditLog audit;
    DueDateService dueDates;
    CaseContext context;
    ChildCaseService children;
    AssessmentService assessments;
    PaperworkService paperwork;
    OutOfAreaService outOfArea;

private:
    static void QVERIFY_RESULT(const Status& s)
    {
        if (!s)
            qFatal("fixture step failed: %s", qPrintable(s.failure().text()));
    }
};

} // namespace lac::test
