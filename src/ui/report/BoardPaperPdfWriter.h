// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "reporting/PublishedReport.h"
#include "reporting/ReportSection.h"

#include <QByteArray>
#include <QCoreApplication>

namespace lac {

/// The board paper as an A4 PDF for the Corporate Parenting Board: the authority and period,
/// summary sentences, the monthly table laid out like a committee report (months as columns),
/// the exceptions, the charts as full-width vector graphics, placement types and owners of
/// delay, the definitions-and-method box, page numbers and the date produced.
///
/// It draws only what a PublishedReport shows, so whatever threshold the report was made
/// with is the suppression the paper has. Needs a QGuiApplication (fonts); the report command
/// starts one on the offscreen platform when there is no display.
class BoardPaperPdfWriter
{
    Q_DECLARE_TR_FUNCTIONS(lac::BoardPaperPdfWriter)

public:
    /// \a sections: what each kind of record adds, after the paper's own tables.
    static Result<QByteArray> write(const PublishedReport& report,
                                    const QList<ReportSection>& sections = {});
    static Status writeFile(const PublishedReport& report, const QString& path,
                            const QList<ReportSection>& sections = {});

    /// Whether a table starts a new page before row \a row of \a rowCount, with \a roomLeft
    /// points left on the page: when the row does not fit, and also when only the last row
    /// would go over, so that a table never leaves one row alone at the top of a page.
    static bool breakBeforeRow(int row, int rowCount, double roomLeft, double rowHeight);
};

} // namespace lac
