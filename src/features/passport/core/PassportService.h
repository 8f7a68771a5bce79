// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Worklist.h"
#include "immunisations/core/ImmunisationSchedule.h"
#include "passport/core/PassportCopy.h"
#include "passport/core/PassportRules.h"

#include <QCoreApplication>

#include <optional>

namespace lac {

struct CaseContext;
class SettingsStore;

/// What a step of the workflow records besides its date.
struct PassportStepInput
{
    QDate date;
    QString recordsFrom;                               ///< RequestRecords
    PassportAnswer answer = PassportAnswer::None;      ///< Answer
    PassportFormat format = PassportFormat::NotChosen; ///< Answer (when accepted)
    QString reason;                                    ///< RequestReissue
};

/// Writes a young person's copy to a file. Core cannot draw (it never links Qt Gui), so the
/// models layer implements this with a PDF writer and the export hands it the copy.
class PassportRenderer
{
public:
    virtual ~PassportRenderer() = default;
    virtual Status write(const PassportCopy& copy, const QString& path) const = 0;
};

/// A young person aged 16 or 17 in care, where their passport stands against the due rule.
struct PassportDueRow
{
    qint64 childId = 0;
    QString caseId;
    QString childName;
    QDate dateOfBirth;
    QDate due;
    PassportStage stage = PassportStage::NotStarted;
    PassportStanding standing = PassportStanding::NotDueYet;
    QDate recordsRequested; ///< for "waiting for records"
};

/// The care leaver's health passport: read and edit it, take its steps (the nurse signs off),
/// and export the young person's copy. Every change and every export is audited in the same
/// transaction, under the child's row lock; a stale edit, a step out of turn and a date in the
/// future (or before the 16th birthday) are refused with the field to fix, writing nothing.
class PassportService
{
    Q_DECLARE_TR_FUNCTIONS(lac::PassportService)

public:
    PassportService(const CaseContext& ctx, const SettingsStore& settings);

    /// The child with case ID \a caseId (for the command line); a failure naming it if none.
    Result<qint64> childByCaseId(const QString& caseId) const;
    /// The due rule as the settings give it.
    PassportDuePolicy policy() const;
    /// The child's passport, nullopt when none is started.
    Result<std::optional<PassportFile>> file(qint64 childId) const;
    /// Starts the passport, pre-filled from what the tracker holds (the dentist of the last
    /// check seen); identity and immunisations are read again at each sign-off.
    Result<qint64> start(qint64 childId) const;
    /// Saves the name used, the young person's own words and the consent given.
    Status saveDetails(const Passport& passport) const;
    Status takeStep(qint64 childId, PassportStep step, const PassportStepInput& input) const;
    Result<qint64> addItem(qint64 childId, const PassportItem& item) const;
    Status updateItem(qint64 childId, const PassportItem& item) const;
    Status removeItem(qint64 childId, const PassportItem& item) const;
    /// The copy a sign-off now would make (for the tab and the nurse's check).
    Result<PassportCopy> preview(qint64 childId) const;
    /// The latest signed-off copy; a failure saying why when there is none.
    Result<PassportCopy> latestCopy(qint64 childId) const;
    /// Writes the latest signed-off copy to \a path through \a renderer: its own audited
    /// action (who, when, for whom, which version, where). Nothing is audited unless the file
    /// was written, and the file is removed if the audit cannot be saved.
    Status exportCopy(qint64 childId, const QString& path, const PassportRenderer& renderer) const;
    /// The service's "how to" text (an administrator's, or the default).
    QString howTo() const;
    Status setHowTo(const QString& text) const;
    /// When the child's passport is due (invalid without a date of birth).
    Result<QDate> dueBy(qint64 childId) const;
    /// Every young person aged 16 or 17 in care on \a today, soonest due first.
    Result<QList<PassportDueRow>> youngPeople(QDate today) const;

private:
    Status checkDate(qint64 childId, QDate date, QDate after, const QString& field) const;
    /// The copy \a file would give if signed off on \a asOf (vaccinations given by then).
    Result<PassportCopy> copyNow(qint64 childId, const PassportFile& file, QDate asOf) const;
    /// Saves or takes out an item of \a childId's passport, audited.
    Status changeItem(qint64 childId, const PassportItem& item, bool remove) const;
    Status audited(const QString& action, const QString& entity, qint64 id, qint64 childId,
                   const QString& summary, const QJsonObject& before,
                   const QJsonObject& after) const;

    const CaseContext& m_ctx;
    const SettingsStore& m_settings;
    Result<ImmunisationScheduleBook> m_book;
};

/// One of the passport's worklist piles: due (within the lead days), overdue, or waiting for
/// records asked of the GP, the child health record or the birth hospital.
class PassportWorklistPile final : public WorklistPile
{
public:
    enum class Kind
    {
        Due,
        Overdue,
        WaitingForRecords,
    };
    PassportWorklistPile(const PassportService& service, Kind kind)
        : m_service(service)
        , m_kind(kind)
    {}
    QString key() const override;
    QString title() const override;
    Result<int> count(QDate today) const override;
    Result<QList<WorklistRow>> rows(QDate today) const override;

private:
    Result<QList<PassportDueRow>> mine(QDate today) const;

    const PassportService& m_service;
    Kind m_kind;
};

} // namespace lac
