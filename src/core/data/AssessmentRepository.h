// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/AppointmentRecord.h"
#include "domain/AssessmentRecord.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lac {

/// Assessments and their booking attempts. The lifecycle fields are written here with an
/// optimistic lock; due dates and exemptions belong to the due-date service and are not.
class AssessmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::AssessmentRepository)

public:
    explicit AssessmentRepository(const Database& db);

    Result<AssessmentRecord> find(qint64 id) const;
    /// Every assessment of a child that is not closed, by due date.
    Result<QList<AssessmentRecord>> forChild(qint64 childId) const;
    /// Saves the lifecycle fields if the stored version is still a.version; bumps it.
    Status update(const AssessmentRecord& a) const;

    Result<AppointmentRecord> findAppointment(qint64 id) const;
    /// Every booking attempt of an assessment, oldest first.
    Result<QList<AppointmentRecord>> appointments(qint64 assessmentId) const;
    /// The attempt still waiting for an outcome, if any.
    Result<std::optional<AppointmentRecord>> openBooking(qint64 assessmentId) const;
    Result<qint64> insertAppointment(const AppointmentRecord& a) const;
    /// Clinicians, venues and interpreter languages of earlier bookings, most used first
    /// (at most \a limit of each).
    Result<BookingSuggestions> bookingSuggestions(int limit = 300) const;
    /// Saves outcome, outcome date and notes if the stored version is still a.version.
    Status updateAppointmentOutcome(const AppointmentRecord& a) const;

    /// Whether a late reason code exists and is active.
    Result<bool> lateReasonExists(const QString& code) const;
    /// Whether a provider exists and is active.
    Result<bool> providerExists(qint64 id) const;

private:
    const Database& m_db;
};

} // namespace lac
