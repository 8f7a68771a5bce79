// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "development/core/DevelopmentCheck.h"
#include "development/core/DevelopmentStatus.h"
#include "domain/Worklist.h"

#include <QCoreApplication>

namespace lac {

struct CaseContext;

/// A child's development reviews: read them (role-checked), record one, correct one, and say
/// whether the child is up to date on a date. Every change is audited in the same transaction
/// and takes the child's row lock; a stale edit is refused.
class DevelopmentCheckService
{
    Q_DECLARE_TR_FUNCTIONS(lac::DevelopmentCheckService)

public:
    explicit DevelopmentCheckService(const CaseContext& ctx);

    Result<QList<DevelopmentCheckRecord>> forChild(qint64 childId) const;
    Result<qint64> record(const DevelopmentCheckRecord& check) const;
    Status correct(const DevelopmentCheckRecord& check) const;
    /// Where \a childId stands on \a on.
    Result<DevelopmentStatus> status(qint64 childId, QDate on) const;
    /// Children in care under 5 on \a today with a review due by then and not done (or
    /// nothing recorded at all), the longest overdue first: the worklist's pile.
    Result<QList<WorklistRow>> overdue(QDate today) const;
    /// "6-8 week review": a review's name in the words of the worklist.
    static QString reviewName(DevelopmentReview review);

private:
    Status check(const DevelopmentCheckRecord& c) const;

    const CaseContext& m_ctx;
};

/// "Development reviews overdue" on the home screen.
class DevelopmentWorklistPile final : public WorklistPile
{
public:
    explicit DevelopmentWorklistPile(const DevelopmentCheckService& service)
        : m_service(service)
    {}
    QString key() const override { return QStringLiteral("development_overdue"); }
    QString title() const override;
    Result<int> count(QDate today) const override;
    Result<QList<WorklistRow>> rows(QDate today) const override { return m_service.overdue(today); }

private:
    const DevelopmentCheckService& m_service;
};

} // namespace lac
