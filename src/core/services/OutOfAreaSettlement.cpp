// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/OutOfAreaSettlement.h"

#include "common/DisplayDate.h"
#include "data/OutOfAreaRepository.h"

namespace lac {

Status OutOfAreaSettlement::settle(const CaseContext& ctx, qint64 childId)
{
    const OutOfAreaRepository repo(ctx.db);
    auto settled = repo.openButSettled(childId, ctx.today());
    if (!settled)
        return settled.failure();
    for (const auto& [request, on] : settled.value()) {
        OutOfAreaRequestRecord after = request;
        after.resolvedDate = on;
        if (auto s = repo.update(after); !s)
            return s;
        after.version = request.version + 1;
        if (auto s = ctx.audit.append(
                {QStringLiteral("update"), QStringLiteral("ooa_requests"), request.id, childId,
                 tr("out-of-area request resolved on %1: its assessment no longer waits")
                     .arg(displayDate(on)),
                 request.toJson(), after.toJson()});
            !s)
            return s;
    }
    return {};
}

} // namespace lac
