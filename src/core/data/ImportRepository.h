// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/Database.h"
#include "domain/CaseCodes.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace lac {

/// A child's details as an SSDA903 header row gives them (names are not in SSDA903).
struct ImportedChild
{
    QString caseId;
    QString sex; ///< M, F, U
    QDate dateOfBirth;
    QString ethnicity;
    QString upn;
    bool uasc = false;

    bool operator==(const ImportedChild&) const = default;
};

/// A children row as stored.
struct StoredChild
{
    qint64 id = 0;
    qint64 version = 0;
    ImportedChild details;
};

/// The values of an episodes row the import sets.
struct EpisodeValues
{
    QDate start;
    QDate end;
    QString rne;
    QString legalStatus;
    QString cin;
    QString placementType;
    QString provider;
    QString location; ///< IN, OUT, UNKNOWN
    QString postcode;
    QString reasonEnd;
    QString reasonPlaceChange;
    QString urn;

    bool operator==(const EpisodeValues&) const = default;
};

struct StoredEpisode
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 carePeriodId = 0;
    bool closed = false;
    EpisodeValues values;
};

/// The values of a care_periods row the import sets.
struct PeriodValues
{
    QDate start;
    QDate end;
    bool startedInWindow = true;
    QString endReason;

    bool operator==(const PeriodValues&) const = default;
};

struct StoredPeriod
{
    qint64 id = 0;
    qint64 version = 0;
    bool closed = false;
    PeriodValues values;
};

/// The values of an assessments row that an imported past assessment sets.
struct AssessmentValues
{
    QString kind; ///< IHA or RHA
    QDate completed;
    QDate requested;
    QString lateReason; ///< late_reasons code or empty
    QString notes;

    bool operator==(const AssessmentValues&) const = default;
};

struct StoredAssessment
{
    qint64 id = 0;
    qint64 version = 0;
    qint64 carePeriodId = 0;
    AssessmentStatus status = AssessmentStatus::Open;
    AssessmentValues values;
};

/// Reads and writes what an import touches in the case tables, with statements prepared
/// once and reused (a million-row import runs each a million times). Reads are per page of
/// children, by case ID range, so that memory stays bounded. Every write names the version it
/// read; call everything inside the import's SqlTransaction.
///
/// On a server, new children, periods and episodes are not inserted one round trip at a time:
/// their ids are taken from the sequences in blocks and the rows streamed with COPY
/// (data/CopyIn), sent before any read or update here and by flush(). Updates, which name a
/// version and must say whether they found it, still go one by one (a repeated import
/// updates only what changed).
class ImportRepository
{
    Q_DECLARE_TR_FUNCTIONS(lac::ImportRepository)

public:
    explicit ImportRepository(const Database& db);
    ~ImportRepository();
    ImportRepository(const ImportRepository&) = delete;
    ImportRepository& operator=(const ImportRepository&) = delete;

    /// Codes of a reference list: "placement_types", "legal_statuses" or "late_reasons".
    Result<QSet<QString>> referenceCodes(const QString& list) const;

    /// Children whose case ID is in (after, last], by case ID.
    Result<QHash<QString, StoredChild>> children(const QString& after, const QString& last) const;
    Result<qint64> insertChild(const ImportedChild& child) const;
    Status updateChild(const StoredChild& stored, const ImportedChild& child) const;

    /// Periods and episodes (closed ones included) of the children in (after, last], by
    /// child id.
    Result<QHash<qint64, QList<StoredPeriod>>> periods(const QString& after,
                                                       const QString& last) const;
    Result<QHash<qint64, QList<StoredEpisode>>> episodes(const QString& after,
                                                         const QString& last) const;
    Result<qint64> insertPeriod(qint64 childId, const PeriodValues& values) const;
    /// Updates the values and reopens the period if it had been closed.
    Status updatePeriod(const StoredPeriod& stored, const PeriodValues& values) const;
    /// Closes a period the episodes no longer support (never deleted).
    Status closePeriod(const StoredPeriod& stored, const QString& reason) const;
    Result<qint64> insertEpisode(qint64 childId, qint64 periodId,
                                 const EpisodeValues& values) const;
    Status updateEpisode(const StoredEpisode& stored, qint64 periodId,
                         const EpisodeValues& values) const;

    /// Open assessments rows of the children in (after, last], by child id.
    Result<QHash<qint64, QList<StoredAssessment>>> assessments(const QString& after,
                                                               const QString& last) const;
    /// A completed past assessment; due date and clock start are placeholders that the
    /// DueDateService recomputes in the same transaction.
    Result<qint64> insertAssessment(qint64 childId, qint64 periodId,
                                    const AssessmentValues& values) const;
    /// Records the completion on an existing (expected or completed) row.
    Status completeAssessment(const StoredAssessment& stored, const AssessmentValues& values) const;
    /// An attended (or other outcome) appointment on \a date, kept as the booking history.
    Status addAppointment(qint64 assessmentId, QDate date, const QString& outcome) const;
    /// Whether the assessment already has an appointment on \a date.
    Result<bool> hasAppointment(qint64 assessmentId, QDate date) const;

    /// Sends the new rows still waiting (on a server; nothing to do on SQLite). Call before
    /// anything else reads the case tables.
    Status flush() const;

private:
    struct Statements;
    const Database& m_db;
    std::unique_ptr<Statements> m_statements;
    std::unique_ptr<class ImportServerWrites> m_server;
};

} // namespace lac
