// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoDice.h"
#include "domain/CaseCodes.h"

#include <QString>

namespace lac {

/// A child's made-up identity: SSDA903 ethnicity code and a name that fits it.
struct DemoIdentity
{
    QString ethnicity;
    QString givenName;
    QString familyName;
    QString interpreterLanguage; ///< the language a young person may need, "" if English
};

/// Plausible names for an English county's children in care: mostly English, with Irish and
/// Traveller, Polish and other European, South Asian, African, Caribbean, Chinese and Arabic
/// names in Latin script, and the names of unaccompanied asylum-seeking young people. Includes
/// apostrophes, hyphens and accents on purpose, so that search and sorting meet them.
class DemoNamePool
{
public:
    /// A child of the county.
    static DemoIdentity child(DemoDice& dice, Sex sex);
    /// An unaccompanied asylum-seeking young person.
    static DemoIdentity asylumSeeker(DemoDice& dice, Sex sex);
    /// A name for a member of staff or a clinician ("Given Family").
    static QString staffName(DemoDice& dice);
};

} // namespace lac
