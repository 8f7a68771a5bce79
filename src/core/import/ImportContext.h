// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "data/ImportRepository.h"
#include "data/ImportStaging.h"
#include "import/CsvColumns.h"
#include "import/ImportReport.h"
#include "import/ImportRequest.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>
#include <type_traits>

namespace lac {

/// The shared state of one import run: scratch tables, repository, the report being built,
/// and the rule that decides whether rows are written. The SSDA903 and assessment importers
/// both work through it, so problems, rejections, previews, progress and cancel behave the
/// same for both.
class ImportContext
{
    Q_DECLARE_TR_FUNCTIONS(lac::ImportContext)

public:
    ImportContext(const Database& db, const ImportStaging& staging, const ImportRequest& request,
                  ImportReport& report);

    const ImportRequest& request() const { return m_request; }
    ImportReport& report() { return m_report; }
    const ImportStaging& staging() const { return m_staging; }
    const ImportRepository& repository() const { return m_repository; }

    /// Rows are written unless this is a dry run, or an invalid row has been seen and the
    /// import is all-or-nothing (everything is rolled back then anyway).
    bool writing() const;

    /// Records a problem and rejects its row.
    Status problem(const QString& file, qint64 line, qint64 offset, const QString& column,
                   const QString& value, const QString& reason);
    /// A problem with a file as a whole: nothing can be imported from it.
    Status fatal(const QString& file, qint64 line, const QString& column, const QString& value,
                 const QString& reason);
    /// Rejects a row because of a problem recorded elsewhere (e.g. another row of the child).
    Status reject(const QString& file, qint64 line, qint64 offset, const QString& reason);
    /// Adds a line to the preview (the list is capped, the count is not). \a detail is a
    /// QString, or a callable returning one so that nothing is formatted past the cap.
    template <typename Detail>
    void change(ImportChange::Kind kind, const QString& record, const QString& caseId,
                Detail&& detail, const QString& file, qint64 line)
    {
        ++m_report.changeCount;
        if (m_report.changes.size() >= ImportReport::maxListed)
            return;
        if constexpr (std::is_invocable_v<Detail>)
            addChange(kind, record, caseId, detail(), file, line);
        else
            addChange(kind, record, caseId, detail, file, line);
    }
    Status touch(qint64 childId) const { return m_staging.touch(childId); }

    /// A Failure when the user asked to stop; checked between pages and every few rows.
    Status checkCancelled() const;
    void progress(double fraction, const QString& what) const;

    /// Streams a CSV file into a staging table: opens it, checks the required columns and
    /// calls \a row for each record. Structural problems (missing file or column, bad quote,
    /// not a CSV) are recorded as fatal. \a progressFrom..progressTo is this file's share of
    /// the progress bar.
    Status readFile(const QString& path, const QStringList& required,
                    const std::function<Status(const CsvColumns&, const QStringList&, qint64 line,
                                               qint64 offset)>& row,
                    double progressFrom, double progressTo);

private:
    void addChange(ImportChange::Kind kind, const QString& record, const QString& caseId,
                   const QString& detail, const QString& file, qint64 line);

    const ImportRequest& m_request;
    ImportReport& m_report;
    const ImportStaging& m_staging;
    ImportRepository m_repository;
    qint64 m_problems = 0;
};

} // namespace lac
