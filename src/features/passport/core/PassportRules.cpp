// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/core/PassportRules.h"

#include <algorithm>

namespace lac {

QDate PassportRules::eligibleFrom(QDate dateOfBirth)
{
    return dateOfBirth.isValid() ? dateOfBirth.addYears(16) : QDate();
}

QDate PassportRules::dueBy(QDate dateOfBirth, QDate firstRhaAfter16,
                           const PassportDuePolicy& policy)
{
    if (!dateOfBirth.isValid())
        return {};
    const QDate latest = dateOfBirth.addYears(18).addMonths(-policy.monthsBefore18);
    if (policy.atFirstRhaAfter16 && firstRhaAfter16.isValid() &&
        firstRhaAfter16 >= eligibleFrom(dateOfBirth))
        return std::min(firstRhaAfter16, latest);
    return latest;
}

PassportStage PassportRules::stage(const PassportFile& file)
{
    const Passport& p = file.passport;
    if (p.reissueRequested.isValid())
        return p.drafted.isValid() ? PassportStage::Drafted : PassportStage::ReissueRequested;
    if (const PassportVersion* v = file.latest()) {
        if (v->delivered.isValid())
            return PassportStage::Delivered;
        if (v->answer == PassportAnswer::Declined)
            return PassportStage::Declined;
        if (v->answer == PassportAnswer::Accepted)
            return PassportStage::Accepted;
        return v->offered.isValid() ? PassportStage::Offered : PassportStage::SignedOff;
    }
    if (p.drafted.isValid())
        return PassportStage::Drafted;
    if (p.recordsReceived.isValid())
        return PassportStage::RecordsReceived;
    if (p.recordsRequested.isValid())
        return PassportStage::WaitingForRecords;
    return PassportStage::NotStarted;
}

PassportStanding PassportRules::standing(QDate dateOfBirth, QDate due, PassportStage stage,
                                         const PassportDuePolicy& policy, QDate today)
{
    if (!dateOfBirth.isValid() || today < eligibleFrom(dateOfBirth))
        return PassportStanding::NotYetEligible;
    switch (stage) {
    case PassportStage::Delivered:
    case PassportStage::Declined:
    case PassportStage::ReissueRequested:
        return PassportStanding::Done;
    case PassportStage::Drafted:
    case PassportStage::NotStarted:
    case PassportStage::WaitingForRecords:
    case PassportStage::RecordsReceived:
    case PassportStage::SignedOff:
    case PassportStage::Offered:
    case PassportStage::Accepted:
        break;
    }
    if (today > due)
        return PassportStanding::Overdue;
    return today >= due.addDays(-policy.leadDays) ? PassportStanding::Due
                                                  : PassportStanding::NotDueYet;
}

bool PassportRules::allows(PassportStage stage, PassportStep step)
{
    switch (step) {
    case PassportStep::RequestRecords:
        return stage == PassportStage::NotStarted;
    case PassportStep::RecordsReceived:
        return stage == PassportStage::WaitingForRecords;
    case PassportStep::Draft:
        return stage == PassportStage::NotStarted || stage == PassportStage::RecordsReceived ||
               stage == PassportStage::ReissueRequested;
    case PassportStep::SignOff:
        return stage == PassportStage::Drafted;
    case PassportStep::Offer:
        return stage == PassportStage::SignedOff;
    case PassportStep::Answer:
        return stage == PassportStage::Offered;
    case PassportStep::Deliver:
        return stage == PassportStage::Accepted;
    case PassportStep::RequestReissue:
        return stage == PassportStage::Delivered || stage == PassportStage::Declined;
    }
    return false;
}

QString PassportRules::stageText(PassportStage stage)
{
    switch (stage) {
    case PassportStage::NotStarted:
        return tr("not started");
    case PassportStage::WaitingForRecords:
        return tr("waiting for records");
    case PassportStage::RecordsReceived:
        return tr("records received");
    case PassportStage::Drafted:
        return tr("drafted, for the nurse to sign off");
    case PassportStage::SignedOff:
        return tr("signed off, to offer");
    case PassportStage::Offered:
        return tr("offered");
    case PassportStage::Accepted:
        return tr("accepted, to deliver");
    case PassportStage::Declined:
        return tr("declined by the young person");
    case PassportStage::Delivered:
        return tr("delivered");
    case PassportStage::ReissueRequested:
        break;
    }
    return tr("new copy asked for");
}

QString PassportRules::stepText(PassportStep step)
{
    switch (step) {
    case PassportStep::RequestRecords:
        return tr("Records requested");
    case PassportStep::RecordsReceived:
        return tr("Records received");
    case PassportStep::Draft:
        return tr("Drafted");
    case PassportStep::SignOff:
        return tr("Signed off");
    case PassportStep::Offer:
        return tr("Offered");
    case PassportStep::Answer:
        return tr("Answer");
    case PassportStep::Deliver:
        return tr("Delivered");
    case PassportStep::RequestReissue:
        break;
    }
    return tr("New copy asked for");
}

} // namespace lac
