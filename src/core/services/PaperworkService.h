// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/PaperworkIssueRecord.h"
#include "services/CaseContext.h"

#include <QCoreApplication>

namespace lac {

/// The paperwork issues log: logging what was wrong with a request's paperwork, when it went
/// back to social care and when it came back right. Logging an issue holds the request
/// (paperwork "returned to social care"); putting the last open issue right moves the request
/// on (paperwork complete, ready to book).
class PaperworkService
{
    Q_DECLARE_TR_FUNCTIONS(lac::PaperworkService)

public:
    explicit PaperworkService(const CaseContext& context);

    Result<PaperworkIssueRecord> issue(qint64 id) const;
    /// Logs an issue against a requested assessment (\a assessmentVersion as opened).
    Result<qint64> logIssue(int assessmentVersion, const PaperworkIssueRecord& draft) const;
    /// Saves edited details of an issue (problem, detail, dates, notes). Putting it right this
    /// way moves the request on just as putRight() does.
    Result<bool> updateIssue(const PaperworkIssueRecord& edited) const;
    Status markReturned(qint64 issueId, int version, QDate returned) const;
    /// Records that the paperwork came back right; true if that was the last open issue and
    /// the request moved on.
    Result<bool> putRight(qint64 issueId, int version, QDate resolved) const;

    /// The checks logIssue/updateIssue make, for inline messages.
    Status validate(const PaperworkIssueRecord& issue) const;

private:
    const CaseContext& m_ctx;
};

} // namespace lac
