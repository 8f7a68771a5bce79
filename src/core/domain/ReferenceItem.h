// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace lac {

/// One entry of an editable reference list (late reasons, providers, authorities, placement
/// types, legal statuses) as a picker shows it.
struct ReferenceItem
{
    QString code;  ///< the stored code, or the id as text for providers and authorities
    QString label; ///< what a person reads
    QString extra; ///< late reason: owner; placement type: reporting group; provider: authority id
};

} // namespace lac
