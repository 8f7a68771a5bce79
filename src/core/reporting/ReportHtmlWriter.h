// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PublishedReport.h"

#include "reporting/ReportSection.h"
#include <QByteArray>

#include <QCoreApplication>

namespace lac {

/// The board paper's tables as one accessible HTML page (the companion to the PDF for screen
/// readers and the council's website): real table headers with scope, captions, the summary,
/// the exceptions, each kind of record's section and the method box. Small numbers are
/// suppressed as in the PDF.
class ReportHtmlWriter
{
    Q_DECLARE_TR_FUNCTIONS(lac::ReportHtmlWriter)

public:
    static QByteArray write(const PublishedReport& report,
                            const QList<ReportSection>& sections = {});
};

} // namespace lac
