// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace lac {

/// The reporting groups of SSDA903 placement types used in board papers (domain brief), in
/// the order reports list them: the codes stored in placement_types.reporting_group and the
/// names people read.
class PlacementGroup
{
    Q_DECLARE_TR_FUNCTIONS(lac::PlacementGroup)

public:
    /// Every group code in report order.
    static QList<QString> codes();
    /// "Foster with relatives or friends" for "foster_relatives", ...; the code if unknown.
    static QString displayName(const QString& code);
};

} // namespace lac
