// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "oc2/core/Oc2Rules.h"

#include <QCoreApplication>

namespace lac {

class AuditLog;
class Database;

/// One year's OC2 return as the tracker would send it: the cohort's rows and what they lack.
struct Oc2Return
{
    Oc2Year year;
    int childrenOfYear = 0; ///< children with care at some time in the year
    QList<qint64> cohort;   ///< the children with a row, in case ID order
    QList<Oc2Row> rows;
    QList<Oc2Gap> gaps;
};

/// The year-end OC2 return, for the command line and the window alike: prepare() reads the
/// tracker and applies Oc2Rules (immunisations and development reviews judged on 31 March);
/// write() puts oc2.csv in the DfE's 12 columns, with header.csv and episodes.csv for the same
/// children, into a folder the user names. The files hold personal data: writing needs the
/// ExportCaseData permission, is audited, and is refused while gaps remain unless the user
/// says to write them anyway (then gaps.csv lists them beside the return).
class Oc2ReturnService
{
    Q_DECLARE_TR_FUNCTIONS(lac::Oc2ReturnService)

public:
    Oc2ReturnService(const Database& db, const AuditLog& audit);

    Result<Oc2Return> prepare(Oc2Year year) const;
    /// The cohort's rows over any 12 months (\a span), judged on its last day, with no
    /// permission check: for callers that check their own (the health outcomes section of
    /// the report needs RunReports and prints only counts). prepare() is this for a year.
    static Result<Oc2Return> evaluate(const Database& db, Oc2Span span);
    /// The paths written.
    Result<QStringList> write(const Oc2Return& oc2, const QString& folder, bool allowGaps) const;

    /// The cells of \a row as the DfE reads them: DD/MM/YYYY, 0/1, SDQ1-SDQ5, blank for none.
    static QStringList cells(const Oc2Row& row);
    static QStringList columns();

private:
    const Database& m_db;
    const AuditLog& m_audit;
};

} // namespace lac
