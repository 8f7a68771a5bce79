// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "oc2/core/Oc2Rules.h"
#include "oc2/core/Oc2YearFacts.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace lac {

class Database;

/// The oc2_year_facts table, and what the OC2 return reads from the rest of the tracker: the
/// children with care in a collection year and their episodes, assessments, dental visits,
/// development reviews, SDQs and year facts, a query per table rather than per child. The
/// SSDA903 codes the cohort rule needs (RNE S, REC X1, short-break legal statuses) are read
/// here and handed on as flags.
class Oc2Store
{
    Q_DECLARE_TR_FUNCTIONS(lac::Oc2Store)

public:
    explicit Oc2Store(const Database& db);

    Result<QList<Oc2YearFacts>> factsForChild(qint64 childId) const;
    Result<Oc2YearFacts> findFacts(qint64 id) const;
    Result<qint64> insertFacts(const Oc2YearFacts& facts) const;
    /// Saves \a facts if nobody changed them since they were read (their version).
    Status updateFacts(const Oc2YearFacts& facts) const;
    Result<QDate> dateOfBirth(qint64 childId) const;

    /// Every open child with an episode in \a span, with every record the row is made from
    /// (immunisation and development statuses are left for the caller to compute) and the
    /// facts of the collection year the span ends in.
    Result<QList<Oc2Child>> childrenOfYear(Oc2Span span) const;
    /// Their development reviews, by child.
    Result<QHash<qint64, QList<DevelopmentCheckRecord>>> developmentChecks() const;

    /// The SSDA903 header rows (CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB) of \a childIds as the
    /// tracker holds them, in case ID order.
    Result<QList<QStringList>> headerRows(const QList<qint64>& childIds) const;
    /// Their SSDA903 episode rows (CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,
    /// REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN) open at some time in \a year.
    Result<QList<QStringList>> episodeRows(const QList<qint64>& childIds, Oc2Year year) const;

private:
    const Database& m_db;
};

} // namespace lac
