// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "incoming/core/IncomingRequest.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lac {

class Database;

/// The incoming requests' tables (host children, requests, paperwork issues, chases) and the
/// reads of our own children the caseload needs: the only SQL of the feature and the only place
/// its text codes exist. Updates name the version they read and are refused when someone else
/// saved since.
class IncomingStore
{
    Q_DECLARE_TR_FUNCTIONS(lac::IncomingStore)

public:
    explicit IncomingStore(const Database& db);

    Result<QList<HostChild>> children() const;
    Result<HostChild> findChild(qint64 id) const;
    /// The host child the requester knows by \a authorityCode and \a theirCaseId, if any.
    Result<std::optional<HostChild>> findChild(const QString& authorityCode,
                                               const QString& theirCaseId) const;
    Result<qint64> insertChild(const HostChild& c) const;
    Status updateChild(const HostChild& c) const;

    /// Every request with its child, issues and chases counted, oldest received first.
    Result<QList<IncomingRequestRow>> rows() const;
    Result<IncomingRequest> findRequest(qint64 id) const;
    Result<qint64> insertRequest(const IncomingRequest& r) const;
    Status updateRequest(const IncomingRequest& r) const;

    Result<QList<IncomingPaperworkIssue>> issues(qint64 requestId) const;
    Result<qint64> insertIssue(const IncomingPaperworkIssue& i) const;
    Status resolveIssue(qint64 id, QDate resolved) const;
    Result<QList<IncomingChase>> chases(qint64 requestId) const;
    Result<qint64> insertChase(const IncomingChase& c) const;

    /// Our own children in care at the end of \a on (a period of care begun by then and not
    /// ended by then).
    Result<QList<OwnChildInCare>> ownChildrenInCare(QDate on) const;
    /// The id of our own child whose current NHS number is \a nhsNumber, or 0.
    Result<qint64> ownChildByNhsNumber(const QString& nhsNumber) const;
    /// Our own child \a id as a host child would hold them (names, date of birth, NHS number),
    /// with the start of their latest period of care as placedTo: what the demo's children known
    /// both ways are made from.
    Result<HostChild> ownChildAsHosted(qint64 id) const;

    static QString kindCode(IncomingKind k);
    static std::optional<IncomingKind> kindFromCode(const QString& code);

private:
    const Database& m_db;
};

} // namespace lac
