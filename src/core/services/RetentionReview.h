// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/AuditLog.h"
#include "data/RetentionRepository.h"

#include <QCoreApplication>

namespace lac {

/// The administrator's list of case records kept past the retention rule. Nothing is deleted
/// by the program; the review is what the council's records officer acts on. Producing the
/// list is audited like any other report.
class RetentionReview
{
    Q_DECLARE_TR_FUNCTIONS(lac::RetentionReview)

public:
    RetentionReview(const Database& db, const AuditLog& audit);

    static constexpr int maxRows = 10000;
    Result<QList<RetentionCase>> pastRetention(QDate today) const;

private:
    RetentionRepository m_repository;
    const AuditLog& m_audit;
};

} // namespace lac
