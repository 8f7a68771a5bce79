// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportCounts.h"

#include <QCoreApplication>

namespace lac {

QJsonObject ImportCounts::toJson() const
{
    return QJsonObject{
        {QStringLiteral("children_added"), childrenAdded},
        {QStringLiteral("children_updated"), childrenUpdated},
        {QStringLiteral("children_unchanged"), childrenUnchanged},
        {QStringLiteral("care_periods_added"), periodsAdded},
        {QStringLiteral("care_periods_updated"), periodsUpdated},
        {QStringLiteral("episodes_added"), episodesAdded},
        {QStringLiteral("episodes_updated"), episodesUpdated},
        {QStringLiteral("episodes_unchanged"), episodesUnchanged},
        {QStringLiteral("assessments_added"), assessmentsAdded},
        {QStringLiteral("assessments_updated"), assessmentsUpdated},
        {QStringLiteral("assessments_unchanged"), assessmentsUnchanged},
        {QStringLiteral("rejected"), rejected},
    };
}

QString ImportCounts::summary() const
{
    return tr("children: %1 added, %2 updated, %3 unchanged; episodes: %4 added, %5 updated, "
              "%6 unchanged; assessments: %7 added, %8 updated, %9 unchanged; %10 rows rejected")
        .arg(childrenAdded)
        .arg(childrenUpdated)
        .arg(childrenUnchanged)
        .arg(episodesAdded)
        .arg(episodesUpdated)
        .arg(episodesUnchanged)
        .arg(assessmentsAdded)
        .arg(assessmentsUpdated)
        .arg(assessmentsUnchanged)
        .arg(rejected);
}

bool ImportCounts::nothingChanged() const
{
    return childrenAdded == 0 && childrenUpdated == 0 && periodsAdded == 0 && periodsUpdated == 0 &&
           episodesAdded == 0 && episodesUpdated == 0 && assessmentsAdded == 0 &&
           assessmentsUpdated == 0;
}

} // namespace lac
