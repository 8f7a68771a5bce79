// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace lac {

class ImportContext;

/// Imports past assessments from a spreadsheet saved as CSV: required columns
/// child_id,type,completed_date; optional requested_date,appointment_date,outcome,
/// delay_reason,notes (docs/import.md). A completed IHA or RHA completes the expected row for
/// that period of care when there is one, else is added; one already recorded (same child,
/// type and completion date) is updated, never duplicated. The children must already exist
/// (import the SSDA903 files first).
class AssessmentImport
{
    Q_DECLARE_TR_FUNCTIONS(lac::AssessmentImport)

public:
    explicit AssessmentImport(ImportContext& context);

    Status run();

    /// The appointment outcome code for a spreadsheet value ("Was not brought" →
    /// was_not_brought), empty when it is not one.
    static QString outcomeCode(const QString& text);

private:
    Status stage();
    Status importPage(const QString& after, const QString& last);

    ImportContext& m_context;
    QString m_file;
    QSet<QString> m_lateReasons;
};

} // namespace lac
