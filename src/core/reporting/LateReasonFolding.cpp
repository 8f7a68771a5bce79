// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/LateReasonFolding.h"

#include "reporting/PlacementGroupFolding.h"
#include "reporting/TimelinessReport.h"

#include <QHash>

namespace lac {

LateReasonFolding::Rows LateReasonFolding::fold(const QList<LateReasonCount>& reasons,
                                                int threshold)
{
    const QList<QPair<QString, int>> owners = TimelinessReport::byOwner(reasons);
    const auto ownerCount = [&](const QList<int>& members) {
        int n = 0;
        for (int o : members)
            n += owners.at(o).second;
        return n;
    };
    const auto reasonCount = [&](const QList<int>& members) {
        int n = 0;
        for (int r : members)
            n += reasons.at(r).count;
        return n;
    };
    QList<QList<int>> ownerRows;
    if (threshold > 1)
        ownerRows = PlacementGroupFolding::fold(
            int(owners.size()),
            [&](const QList<int>& members) {
                const int n = ownerCount(members);
                return n >= 1 && n < threshold;
            },
            [&](int o) { return owners.at(o).second; });
    else
        for (int o = 0; o < owners.size(); ++o)
            ownerRows << QList<int>{o};

    Rows rows;
    QHash<QString, int> rowOfOwner;
    for (const QList<int>& row : std::as_const(ownerRows)) {
        QStringList codes;
        for (int o : row) {
            codes << owners.at(o).first;
            rowOfOwner.insert(owners.at(o).first, int(rows.owners.size()));
        }
        rows.owners << codes;
    }
    // Within each owner row, its reasons; zeros count as small (they are shown as "<N").
    QList<QList<int>> combined(rows.owners.size());
    QList<bool> alone(reasons.size(), true);
    for (int o = 0; o < rows.owners.size() && threshold > 1; ++o) {
        QList<int> own;
        for (int r = 0; r < reasons.size(); ++r)
            if (rowOfOwner.value(reasons.at(r).owner, -1) == o)
                own << r;
        const QList<QList<int>> folded = PlacementGroupFolding::fold(
            int(own.size()),
            [&](const QList<int>& members) {
                QList<int> global;
                for (int k : members)
                    global << own.at(k);
                return reasonCount(global) < threshold;
            },
            [&](int k) { return reasons.at(own.at(k)).count; });
        if (folded.isEmpty() || folded.last().size() < 2)
            continue;
        for (int k : folded.last()) {
            combined[o] << own.at(k);
            alone[own.at(k)] = false;
        }
    }
    for (int r = 0; r < reasons.size(); ++r) {
        if (!alone.at(r))
            continue;
        rows.reasons << QList<int>{r};
        rows.reasonOwner << rowOfOwner.value(reasons.at(r).owner, -1);
    }
    for (int o = 0; o < combined.size(); ++o) {
        if (combined.at(o).isEmpty())
            continue;
        rows.reasons << combined.at(o);
        rows.reasonOwner << o;
    }
    return rows;
}

} // namespace lac
