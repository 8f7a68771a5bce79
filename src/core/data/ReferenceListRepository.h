// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/ReferenceItem.h"

#include <QCoreApplication>
#include <QList>

namespace lac {

/// Reads the reference lists the case-work dialogs choose from (active entries only).
class ReferenceListRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::ReferenceListRepository)

public:
    explicit ReferenceListRepository(const Database& db);

    Result<QList<ReferenceItem>> lateReasons() const;    ///< extra = owner
    Result<QList<ReferenceItem>> providers() const;      ///< code = id, extra = authority id
    Result<QList<ReferenceItem>> authorities() const;    ///< code = id
    Result<QList<ReferenceItem>> placementTypes() const; ///< extra = reporting group
    Result<QList<ReferenceItem>> legalStatuses() const;

private:
    Result<QList<ReferenceItem>> list(const QString& sql) const;
    const Database& m_db;
};

} // namespace lac
