// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Today.h"

#include "reporting/PublishedReport.h"
#include "reporting/ReportSection.h"
#include "reporting/TimelinessReportService.h"

#include <QCoreApplication>

class QWidget;

namespace lac {

/// File → Export board paper: asks for the months (the last complete quarter by default)
/// and the suppression threshold (the installation's, 5 by default), the author, purpose and
/// recommendations every committee template has, writes the PDF and its
/// accessible HTML companion beside it, and records the export in the audit trail.
class BoardPaperExport
{
    Q_DECLARE_TR_FUNCTIONS(lac::BoardPaperExport)

public:
    /// \a reports builds the report; \a settings gives the threshold and targets offered;
    /// \a sections, what the kinds of record add to the paper.
    static void run(QWidget* parent, const TimelinessReportService& reports,
                    const SettingsStore& settings, const AuditLog& audit, const Today& today,
                    const ReportSections* sections = nullptr);

    /// The cover as typed: the author's name tidied, recommendations one per non-empty line
    /// (a number or bullet the author typed is dropped: the paper numbers them).
    static BoardPaperCover coverFrom(const QString& author, const QString& purpose,
                                     const QString& recommendations);
};

} // namespace lac
