// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/RetentionCase.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// Finds children whose records are past the retention rule (RetentionRule), oldest first.
class RetentionRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::RetentionRepository)

public:
    explicit RetentionRepository(const Database& db);
    Result<QList<RetentionCase>> pastRetention(QDate today, int limit) const;

private:
    const Database& m_db;
};

} // namespace lac
