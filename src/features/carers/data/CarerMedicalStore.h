// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "carers/core/CarerMedical.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace lac {

class Database;

/// The carers' medicals tables (applicants, medicals, chases): the only SQL of the feature
/// and the only place its text codes exist. Updates name the version they read and are
/// refused when someone else saved since.
class CarerMedicalStore
{
    Q_DECLARE_TR_FUNCTIONS(lac::CarerMedicalStore)

public:
    explicit CarerMedicalStore(const Database& db);

    Result<QList<CarerApplicant>> applicants() const;
    Result<CarerApplicant> findApplicant(qint64 id) const;
    Result<qint64> insertApplicant(const CarerApplicant& a) const;
    Status updateApplicant(const CarerApplicant& a) const;

    /// Every medical with its applicant and its chases counted, oldest request first.
    Result<QList<CarerMedicalRow>> rows() const;
    /// Every medical without who it is about: what the report counts.
    Result<QList<CarerMedical>> medicals() const;
    /// The day each applicant's assessment was finished but for the medical, by applicant.
    Result<QHash<qint64, QDate>> assessmentReadyByApplicant() const;
    Result<CarerMedical> findMedical(qint64 id) const;
    Result<qint64> insertMedical(const CarerMedical& m) const;
    Status updateMedical(const CarerMedical& m) const;

    Result<QList<CarerMedicalChase>> chases(qint64 medicalId) const;
    Result<qint64> insertChase(const CarerMedicalChase& c) const;

    static QString applicationCode(CarerApplication a);
    static std::optional<CarerApplication> applicationFromCode(const QString& code);
    static QString formCode(CarerMedicalForm f);
    static std::optional<CarerMedicalForm> formFromCode(const QString& code);
    static QString feePayerCode(CarerFeePayer p);
    static std::optional<CarerFeePayer> feePayerFromCode(const QString& code);
    static QString escalationCode(CarerGpEscalation e);
    static std::optional<CarerGpEscalation> escalationFromCode(const QString& code);
    static QString outcomeCode(CarerAdviserOutcome o);
    static std::optional<CarerAdviserOutcome> outcomeFromCode(const QString& code);

private:
    const Database& m_db;
};

} // namespace lac
