// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/AssessmentRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace lac {

/// What a change to a child's care or assessments did to their due dates, in sentences the
/// user is shown after saving ("IHA now due 22/01/2026", "RHA no longer expected", ...).
class DueDateChanges
{
    Q_DECLARE_TR_FUNCTIONS(lac::DueDateChanges)

public:
    DueDateChanges() = default;
    /// Compares a child's assessments before and after a recompute.
    static DueDateChanges compare(const QList<AssessmentRecord>& before,
                                  const QList<AssessmentRecord>& after);

    bool isEmpty() const { return m_lines.isEmpty(); }
    const QStringList& lines() const { return m_lines; }
    QString text() const { return m_lines.join(QLatin1Char('\n')); }

private:
    QStringList m_lines;
};

} // namespace lac
