// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "incoming/core/IncomingFigures.h"
#include "incoming/core/IncomingService.h"

#include <QCoreApplication>
#include <QStringList>

namespace lac {

/// What one requesting authority may be sent about the children it placed here (issue 16):
/// the turnaround of its requests by month against our target (aggregates), and each of its
/// own requests with its children's details, which only that authority may see. Never another
/// authority's child, and never published: it is personal data, so writing it needs
/// ExportCaseData as well as ReadHostRequests, names its folder in full and is audited.
struct AuthorityStatement
{
    Q_DECLARE_TR_FUNCTIONS(lac::AuthorityStatement)

public:
    QString authorityCode;
    QString authorityName;
    QDate asOf;
    IncomingFigures figures;      ///< that authority's requests only, by month and the period
    QList<IncomingLine> requests; ///< every request of theirs received by asOf, oldest first

    /// The statement for \a code over the months \a first to \a last (any day of each), as
    /// of \a asOf.
    static Result<AuthorityStatement> read(const IncomingService& service, const QString& code,
                                           QDate first, QDate last, QDate asOf);
    /// Writes `<code>-turnaround.csv` and `<code>-requests.csv` into \a folder (which must be
    /// named in full), with one audit entry; returns the two paths. Nothing is left behind
    /// when either cannot be written.
    Result<QStringList> write(const IncomingService& service, const QString& folder) const;

    /// The two files' contents, as written.
    QString turnaroundCsv() const;
    QString requestsCsv() const;
};

} // namespace lac
