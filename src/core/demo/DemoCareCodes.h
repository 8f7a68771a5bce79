// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SSDA903 values a demo child's care is drawn from (placement types, providers, reasons for
// a move or an end of care), by age, date and path through care, in the proportions the DfE's
// published tables show. Internal to src/core/demo (CareHistoryGenerator).

#include "demo/DemoDice.h"
#include "domain/Ssda903Vocabulary.h"

#include <QDate>

#include <initializer_list>

namespace lac::democare {

extern const QDate registeredSupportedFrom; ///< K3 arrives in 2024-25
extern const QDate semiIndependentUntil;    ///< H5 and P2 go after 2024-25

/// How a child's time in care runs, which decides how it ends.
enum class Path
{
    Standard,
    Adoption,
    ShortBreak,
    YouthJustice,
};

/// One of \a options, chosen with the relative \a weights (the two lists in step).
template <typename T>
T pick(DemoDice& dice, std::initializer_list<T> options, std::initializer_list<double> weights)
{
    return std::data(options)[dice.weighted(weights)];
}

int ageOn(QDate dateOfBirth, QDate on);
/// Supported or independent accommodation of the kind that existed on \a on.
PlacementType supportedAccommodation(DemoDice& dice, QDate on);
PlacementType placementType(DemoDice& dice, int age, QDate on, LegalStatus legalStatus, bool uasc);
PlacementProvider providerFor(DemoDice& dice, PlacementType type);
double outOfAreaChance(PlacementType type, PlacementProvider provider);
PlaceChangeReason placeChangeReason(DemoDice& dice);
CategoryOfNeed categoryOfNeed(DemoDice& dice, bool uasc);
EpisodeEndReason endReasonFor(DemoDice& dice, Path path, int ageAtEnd, bool atEighteen, bool uasc,
                              LegalStatus legalStatus);

} // namespace lac::democare
