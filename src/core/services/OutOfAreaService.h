// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/OutOfAreaRequestRecord.h"
#include "services/CaseContext.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// The out-of-area log: an assessment asked of a host area's provider for a child placed
/// outside the council's area, every chase (date, who, what was said), escalation and
/// resolution. Host waits can be months, so the log is sorted longest wait first.
class OutOfAreaService
{
    Q_DECLARE_TR_FUNCTIONS(lac::OutOfAreaService)

public:
    explicit OutOfAreaService(const CaseContext& context);

    Result<OutOfAreaRequestRecord> request(qint64 id) const;
    Result<QList<OutOfAreaChase>> chases(qint64 requestId) const;

    /// Records a request to the host area for an outstanding assessment; returns its id.
    Result<qint64> openRequest(const OutOfAreaRequestRecord& draft) const;
    /// Saves edited details (provider, stated wait, notes, escalation, resolution).
    Status updateRequest(const OutOfAreaRequestRecord& edited) const;
    /// Adds a chase by the signed-in user; returns its id.
    Result<qint64> addChase(qint64 requestId, QDate date, const QString& response) const;
    /// Records that the wait was escalated on \a date to \a to (required: an escalation
    /// nobody can follow up is no escalation), with what was asked or agreed.
    Status escalate(qint64 requestId, int version, QDate date, const QString& to,
                    const QString& note) const;
    Status resolve(qint64 requestId, int version, QDate resolved) const;

    Status validate(const OutOfAreaRequestRecord& request) const;

private:
    /// The stored request as opened at \a version, or the refusal \a resolvedOn (%1: the day
    /// it was resolved) naming \a field if it is no longer open.
    Result<OutOfAreaRequestRecord> stillOpen(qint64 requestId, int version,
                                             const QString& resolvedOn, const QString& field) const;

    const CaseContext& m_ctx;
};

} // namespace lac
