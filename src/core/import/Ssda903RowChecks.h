// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/ImportStaging.h"
#include "import/PlacementLocationResolver.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace lac {

class ImportContext;

/// Streams the three SSDA903 files into the import's staging tables, checking each row on
/// its own: required values, dates, codes (old and new lists), the placement's area. A row
/// with a problem is staged marked bad, so that the checks across rows (duplicates, chains,
/// unknown children, done by Ssda903Import) still see it and reject its child as a whole.
class Ssda903RowChecks
{
    Q_DECLARE_TR_FUNCTIONS(lac::Ssda903RowChecks)

public:
    Ssda903RowChecks(ImportContext& context, const QStringList& ownPostcodeDistricts);

    /// Reads the placement type and legal status code lists the rows are checked against.
    Status loadCodes();
    Status stageHeader(const QString& file);
    Status stageUasc(const QString& file);
    Status stageEpisodes(const QString& file);

private:
    /// header.csv or uasc.csv: one row per child.
    Status stageChildren(const QString& file, ImportStaging::Table table, double progressFrom,
                         double progressTo);

    ImportContext& m_context;
    PlacementLocationResolver m_locations;
    QSet<QString> m_placementTypes;
    QSet<QString> m_legalStatuses;
};

} // namespace lac
