// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Worklist.h"

namespace lac {

class IncomingService;

/// The host caseload's piles on the home worklist, beside our own children's, so that one
/// list shows both caseloads' work: requests waiting on the requester's paperwork (oldest
/// first), requests due or overdue against the host target, and reports not yet sent back.
/// A row names the child as the requester knows them; its child id is our own child's when
/// the child is ours too (0 otherwise: the "Placed here" tab opens it).
class IncomingWorklistPile final : public WorklistPile
{
public:
    enum class Pile
    {
        WaitingOnRequester,
        DueOrOverdue,
        ReportNotSent,
    };

    IncomingWorklistPile(const IncomingService& service, Pile pile)
        : m_service(service)
        , m_pile(pile)
    {}
    QString key() const override;
    QString title() const override;
    Result<int> count(QDate today) const override;
    Result<QList<WorklistRow>> rows(QDate today) const override;

private:
    const IncomingService& m_service;
    Pile m_pile;
};

} // namespace lac
