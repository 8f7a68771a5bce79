// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "import/Ssda903RowChecks.h"

#include <QCoreApplication>
#include <QString>

namespace lac {

class ImportContext;

/// Imports an SSDA903 folder: header.csv (children), episodes.csv (placements, from which
/// the periods of care are derived) and, when present, uasc.csv (unaccompanied asylum-seeking
/// children). Rows are streamed into scratch tables, checked one by one, then one page of
/// children at a time against each other and the database: duplicates, unknown children,
/// dates of birth after entering care, overlapping episodes. Writing (when the context
/// allows it) upserts children by case ID and episodes by (child, DECOM), so importing the
/// same or a newer export again updates and never duplicates. docs/import.md has the rules.
class Ssda903Import
{
    Q_DECLARE_TR_FUNCTIONS(lac::Ssda903Import)

public:
    Ssda903Import(ImportContext& context, const QStringList& ownPostcodeDistricts);

    Status run();

private:
    Status checkUasc();
    Status importChildren();
    Status importEpisodes();

    QString path(const QString& name) const;

    ImportContext& m_context;
    Ssda903RowChecks m_rows;
    QString m_headerFile;
    QString m_episodesFile;
    QString m_uascFile;
    bool m_hasUasc = false;
};

} // namespace lac
