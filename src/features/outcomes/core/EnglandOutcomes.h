// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace lac {

struct EnglandOutcomesLoaded;

/// England's latest published health outcomes of children looked after (the DfE's OC2
/// figures), which the board paper prints beside the council's own. They are a data file
/// (core/england-outcomes.csv, bundled) with their source and year rather than code, because
/// they change every autumn and a council should not wait for a release: an administrator may
/// put a newer file, england-outcomes.csv, in the program's data folder. That file is checked
/// line by line; a bad one is refused with its file:line and the bundled figures are used,
/// with the refusal said where the figures are printed, so they are never silently wrong.
struct EnglandOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(lac::EnglandOutcomes)

public:
    QString source;      ///< who publishes them: "Department for Education ..."
    QString publication; ///< the statistical release they come from
    QDate asAt;          ///< 31 March of the year measured
    QString year;        ///< "2024-25"
    int cohort = 0;      ///< children looked after for 12 months at 31 March
    double healthAssessmentPct = 0;
    double immunisationsPct = 0;
    double teethCheckedPct = 0;
    double developmentPct = 0; ///< under 5s with development checks up to date
    double sdqReceivedPct = 0; ///< aged 5 to 16 with an SDQ score
    double sdqAverage = 0;
    double sdqConcernPct = 0; ///< of scores, 17 or over ("cause for concern")
    std::optional<double> substanceMisusePct;

    /// Figures from `key,value` lines (# comments); \a file names them in errors ("file:3").
    static Result<EnglandOutcomes> parse(const QByteArray& text, const QString& file);
    /// The figures bundled with the program.
    static Result<EnglandOutcomes> bundled();
    /// Where an administrator's newer file goes: england-outcomes.csv in the data folder.
    static QString overridePath();

    /// The file at \a overridePath if there is one and it is valid, else the bundled figures.
    static EnglandOutcomesLoaded load(const QString& overridePath);
};

/// England's figures as the report prints them, and, when an administrator's file was
/// refused, why: the refusal is printed with the figures, never swallowed.
struct EnglandOutcomesLoaded
{
    std::optional<EnglandOutcomes> figures; ///< nothing only if the bundled file is bad
    QString problem; ///< "path:3: ...; England's figures bundled with the program are used"
};

} // namespace lac
