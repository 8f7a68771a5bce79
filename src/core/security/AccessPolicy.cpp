// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "security/AccessPolicy.h"

#include <QCoreApplication>

namespace lac {

bool AccessPolicy::allows(UserRole role, Permission permission)
{
    switch (role) {
    case UserRole::Administrator:
        return true;
    case UserRole::HealthAdmin:
        switch (permission) {
        case Permission::ReadCaseData:
        case Permission::EditCaseData:
        case Permission::RunReports:
        case Permission::ExportCaseData:
        case Permission::ImportData:
        case Permission::BackupAndRestore:
        case Permission::ReadCarerMedicals:
        case Permission::EditCarerMedicals:
        case Permission::PreparePassport:
        case Permission::ExportPassport:
        case Permission::ReadHostRequests:
        case Permission::EditHostRequests:
            return true;
        default:
            return false;
        }
    case UserRole::DesignatedNurse:
        switch (permission) {
        case Permission::ReadCaseData:
        case Permission::SetClinicalNeed:
        case Permission::SignOffDoctorReview:
        case Permission::RunReports:
        case Permission::ViewAuditTrail:
        case Permission::ReadCarerMedicals:
        case Permission::ReviewCarerMedicals:
        case Permission::PreparePassport:
        case Permission::SignOffPassport:
        case Permission::ExportPassport:
        case Permission::ReadHostRequests:
            return true;
        default:
            return false;
        }
    case UserRole::Viewer:
        return permission == Permission::ReadCaseData || permission == Permission::RunReports;
    }
    return false;
}

Status AccessPolicy::require(const UserContext& user, Permission permission)
{
    if (allows(user.role, permission))
        return {};
    return Failure{
        tr("your role (%1) does not allow this; ask an administrator").arg(userRoleCode(user.role)),
        user.login};
}

} // namespace lac
