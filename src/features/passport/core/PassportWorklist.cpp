// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DisplayDate.h"
#include "passport/core/PassportService.h"

namespace lac {

QString PassportWorklistPile::key() const
{
    switch (m_kind) {
    case Kind::Due:
        return QStringLiteral("passport_due");
    case Kind::Overdue:
        return QStringLiteral("passport_overdue");
    case Kind::WaitingForRecords:
        break;
    }
    return QStringLiteral("passport_waiting_for_records");
}

QString PassportWorklistPile::title() const
{
    switch (m_kind) {
    case Kind::Due:
        return PassportService::tr("Health passports due");
    case Kind::Overdue:
        return PassportService::tr("Health passports overdue");
    case Kind::WaitingForRecords:
        break;
    }
    return PassportService::tr("Passports waiting for records");
}

Result<QList<PassportDueRow>> PassportWorklistPile::mine(QDate today) const
{
    auto all = m_service.youngPeople(today);
    if (!all)
        return all.failure();
    QList<PassportDueRow> rows;
    for (const PassportDueRow& r : all.value()) {
        const bool in = m_kind == Kind::Due       ? r.standing == PassportStanding::Due
                        : m_kind == Kind::Overdue ? r.standing == PassportStanding::Overdue
                                                  : r.stage == PassportStage::WaitingForRecords;
        if (in)
            rows << r;
    }
    return rows;
}

Result<int> PassportWorklistPile::count(QDate today) const
{
    auto rows = mine(today);
    if (!rows)
        return rows.failure();
    return int(rows.value().size());
}

Result<QList<WorklistRow>> PassportWorklistPile::rows(QDate today) const
{
    auto mineNow = mine(today);
    if (!mineNow)
        return mineNow.failure();
    QList<WorklistRow> rows;
    for (const PassportDueRow& r : mineNow.value()) {
        WorklistRow w;
        w.childId = r.childId;
        w.caseId = r.caseId;
        w.childName = r.childName;
        w.kind = PassportService::tr("Health passport");
        w.due = r.due;
        w.status = PassportRules::stageText(r.stage);
        w.since =
            m_kind == Kind::WaitingForRecords ? r.recordsRequested : r.dateOfBirth.addYears(16);
        w.detail =
            m_kind == Kind::WaitingForRecords
                ? PassportService::tr("records asked for on %1")
                      .arg(displayDate(r.recordsRequested))
                : PassportService::tr("18 on %1").arg(displayDate(r.dateOfBirth.addYears(18)));
        rows << w;
    }
    return rows;
}

} // namespace lac
