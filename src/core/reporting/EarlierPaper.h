// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/TimelinessReport.h"

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace lac {

/// A public paper this database published before, as its audit entry keeps it: a reader may
/// hold it beside a new one (a quarter and the year around it), so the new paper's audit
/// attacks them together. Only aggregates are kept: the text of each cell of the main table.
struct EarlierPaper
{
    QDate firstMonth;
    QDate lastMonth;
    QDate asOf;
    int threshold = 0;
    bool zerosAreSmall = false;
    QString publishedAt; ///< when it was exported (the audit entry's time)
    /// "yyyy-MM" (or "period") → indicator code → [in area, out of area or not known, all].
    QJsonObject columns;
    /// Its figures counted again today as of \a asOf (TimelinessReportService fills them):
    /// what the hidden cells really are, as far as this database still says.
    TimelinessReport figures;

    /// The "published" part of an export's audit entry (PublishedReport::publishedCells()),
    /// or nothing if the entry has none (an unsuppressed export) or is not readable.
    static std::optional<EarlierPaper> fromAuditEntry(const QJsonObject& after, const QString& at);
};

} // namespace lac
