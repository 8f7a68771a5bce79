// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SSDA903 codes a demo child's care is drawn from (placement types, providers, reasons for
// a move or an end of care), by age, date and path through care, in the proportions the DfE's
// published tables show. Internal to src/core/demo (CareHistoryGenerator).

#include "demo/DemoDice.h"

#include <QDate>
#include <QString>
#include <QStringList>

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

int ageOn(QDate dateOfBirth, QDate on);
QString supportedAccommodation(DemoDice& dice, QDate on);
QString pickCode(DemoDice& dice, const QStringList& codes, std::initializer_list<double> weights);
QString placementType(DemoDice& dice, int age, QDate on, const QString& legalStatus, bool uasc);
QString providerFor(DemoDice& dice, const QString& type);
double outOfAreaChance(const QString& type, const QString& provider);
QString placeChangeReason(DemoDice& dice);
QString categoryOfNeed(DemoDice& dice, bool uasc);
QString endReasonFor(DemoDice& dice, Path path, int ageAtEnd, bool atEighteen, bool uasc,
                     const QString& legalStatus);

} // namespace lac::democare
