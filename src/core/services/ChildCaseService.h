// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/CarePeriodRecord.h"
#include "domain/ChildRecord.h"
#include "domain/PlacementRecord.h"
#include "services/CaseContext.h"
#include "services/DueDateChanges.h"

#include <QCoreApplication>

#include <functional>

namespace lac {

/// A child's own details and their care: adding and editing a child (NHS number checked and
/// its history kept), starting and ending a period of care, recording a placement move.
/// Each call checks the role, validates everything before writing, writes in one transaction
/// with an audit entry, recomputes the due dates and says what changed. Saves carry the
/// version the user opened; if someone else saved since, nothing is written.
class ChildCaseService
{
    Q_DECLARE_TR_FUNCTIONS(lac::ChildCaseService)

public:
    /// Where and how a child is placed: the start of care or a move.
    struct Placement
    {
        QDate date;
        QString legalStatus; ///< SSDA903 LS; for a move, empty keeps the current one
        QString placementType;
        QString location = QStringLiteral("UNKNOWN"); ///< IN, OUT, UNKNOWN
        qint64 hostAuthorityId = 0;                   ///< required when OUT
        QString provider;
        QString postcode;
        QString reason; ///< reason for the move (SSDA903 REASON_PLACE_CHANGE), optional
    };

    explicit ChildCaseService(const CaseContext& context);

    Result<ChildRecord> child(qint64 id) const;
    Result<QList<CarePeriodRecord>> periods(qint64 childId) const;
    Result<QList<PlacementRecord>> placements(qint64 childId) const;
    Result<QList<NhsNumberEntry>> nhsNumbers(qint64 childId) const;

    /// Adds a child; returns the new id.
    Result<qint64> addChild(const ChildRecord& draft) const;
    /// Saves edited details (draft.version is the one opened).
    Status updateChild(const ChildRecord& draft) const;
    Status setClinicalNeed(qint64 childId, int version, bool need) const;

    Result<DueDateChanges> startCarePeriod(qint64 childId, int childVersion,
                                           const Placement& start) const;
    Result<DueDateChanges> endCarePeriod(qint64 childId, int childVersion, QDate end,
                                         const QString& reason) const;
    Result<DueDateChanges> recordPlacementMove(qint64 childId, int childVersion,
                                               const Placement& move) const;

    /// The checks addChild/updateChild make, for inline messages before saving.
    Status validate(const ChildRecord& draft) const;

private:
    Status validatePlacement(const Placement& p, bool isStart) const;
    /// A change to the child's care in one transaction: the child's version is checked,
    /// \a write writes and returns its audit entry, the due dates are recomputed and the entry
    /// appended; returns how the due dates moved.
    Result<DueDateChanges> changeCare(qint64 childId, int childVersion,
                                      const std::function<Result<AuditEntry>()>& write) const;
    const CaseContext& m_ctx;
};

} // namespace lac
