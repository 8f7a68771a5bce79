// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace lac {

/// Things a role may or may not do. Services check these before they write or export, so a
/// hidden button is never the only protection.
enum class Permission
{
    ReadCaseData,         ///< see children, assessments, logs
    EditCaseData,         ///< case work: children, care, requests, bookings, outcomes, logs
    SetClinicalNeed,      ///< the backlog clinical-need flag
    SignOffDoctorReview,  ///< doctor review of a nurse-led IHA
    RunReports,           ///< charts, board papers, report exports
    ExportCaseData,       ///< CSV exports that contain identifiable case data
    ImportData,           ///< SSDA903 and assessment imports
    ManageSettings,       ///< installation settings, bank holidays, targets
    ManageReferenceLists, ///< late reasons, providers, authorities
    ManageUsers,          ///< the users table and roles
    ViewAuditTrail,       ///< the audit trail and its export
    BackupAndRestore,     ///< backups, restore, integrity check
    ReviewRetention,      ///< the report of records kept past the retention rule
    // Prospective carers' and adopters' medicals: adults' records, kept apart from children's.
    ReadCarerMedicals,   ///< see applicants, their medicals and chases
    EditCarerMedicals,   ///< add applicants, request medicals, record GP steps and chases
    ReviewCarerMedicals, ///< the medical adviser's review, outcome and summary
    // Care leavers' health passports: personal documents, written by the health team.
    PreparePassport, ///< read and edit a passport's items and take its steps
    SignOffPassport, ///< the nurse's check and sign-off of a version
    ExportPassport,  ///< write the young person's copy to a file (audited)
    // Children placed in our area by other authorities and their requests to the host team.
    ReadHostRequests, ///< see the children placed here, their requests, issues and chases
    EditHostRequests, ///< receive requests, record their steps, paperwork issues and chases
};

} // namespace lac
