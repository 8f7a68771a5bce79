// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/ImportService.h"

#include "data/ImportStaging.h"
#include "data/ReportCountsSuspension.h"
#include "data/SqlTransaction.h"
#include "import/AssessmentImport.h"
#include "import/ImportContext.h"
#include "import/RejectedRowsWriter.h"
#include "import/Ssda903Import.h"
#include "security/AccessPolicy.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace lac {
namespace {

constexpr int recomputeBatch = 20000; // ids held at once; DueDateService pages them itself

} // namespace

ImportService::ImportService(const Database& db, const AuditLog& audit,
                             const SettingsStore& settings, const DueDateService& dueDates)
    : m_db(db)
    , m_audit(audit)
    , m_settings(settings)
    , m_dueDates(dueDates)
{}

QString ImportService::defaultRejectedPath(const ImportRequest& request)
{
    // Rejected rows are children's personal data: they go beside the file or folder they came
    // from (where that data already is), never into whatever folder the program was started in.
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QFileInfo source(QDir::cleanPath(QFileInfo(request.path).absoluteFilePath()));
    const QString base =
        source.completeBaseName().isEmpty() ? QStringLiteral("import") : source.completeBaseName();
    const QDir beside = source.absoluteDir();
    if (request.source == ImportRequest::Source::Ssda903)
        return beside.filePath(QStringLiteral("%1-rejected-%2").arg(base, stamp));
    return beside.filePath(QStringLiteral("%1-rejected-%2.csv").arg(base, stamp));
}

Result<ImportReport> ImportService::run(const ImportRequest& request) const
{
    if (auto s = AccessPolicy::require(m_audit.user(), Permission::ImportData); !s)
        return s.failure();
    ImportStaging staging(m_db);
    if (auto s = staging.create(); !s)
        return s.failure();
    auto result = runStaged(request, staging); // the transaction has ended when it returns
    staging.drop();
    return result;
}

Result<ImportReport> ImportService::runStaged(const ImportRequest& request,
                                              const ImportStaging& staging) const
{
    ImportReport report;
    // Made before the transaction so that it ends after it: on a server its prepared
    // statements are deallocated then, not in a transaction a failure has aborted.
    ImportContext context(m_db, staging, request, report);
    SqlTransaction transaction(m_db);
    if (auto s = transaction.begun(); !s)
        return s.failure();
    if (auto s = staging.claim(); !s)
        return s.failure();
    ReportCountsSuspension counts(m_db); // a first import counts once, at the end
    if (auto s = counts.suspendIfFirstImport(); !s)
        return s.failure();

    Status ran;
    if (request.source == ImportRequest::Source::Ssda903)
        ran = Ssda903Import(context, m_settings.ownPostcodeDistricts()).run();
    else
        ran = AssessmentImport(context).run();
    if (!ran)
        return ran.failure(); // cancelled or the database failed: rolled back

    auto problems = context.staging().problems(ImportReport::maxListed);
    auto problemCount = context.staging().problemCount();
    auto rejected = context.staging().rejectedCount();
    if (!problems)
        return problems.failure();
    if (!problemCount)
        return problemCount.failure();
    if (!rejected)
        return rejected.failure();
    for (const QStringList& p : problems.value())
        report.problems << ImportProblem{p.at(0), p.at(1).toLongLong(), p.at(2), p.at(3), p.at(4)};
    report.problemCount = problemCount.value();
    report.counts.rejected = rejected.value();

    const bool refused = report.fatal || (report.problemCount > 0 && !request.skipInvalid);
    if (refused || request.dryRun) {
        transaction.rollback();
        return report;
    }

    // On a server the new rows may still be waiting to be sent (ImportRepository::flush()).
    if (auto s = context.repository().flush(); !s)
        return s.failure();
    context.progress(0.85, tr("Recomputing due dates"));
    for (qint64 after = 0;;) {
        if (auto s = context.checkCancelled(); !s)
            return s.failure();
        auto ids = context.staging().touched(after, recomputeBatch);
        if (!ids)
            return ids.failure();
        if (ids.value().isEmpty())
            break;
        if (auto s = m_dueDates.recompute(ids.value()); !s)
            return s.failure();
        after = ids.value().last();
    }
    if (auto s = counts.finish(); !s)
        return s.failure();

    QJsonObject after = report.counts.toJson();
    after.insert(QStringLiteral("source"), request.source == ImportRequest::Source::Ssda903
                                               ? QStringLiteral("ssda903")
                                               : QStringLiteral("assessments"));
    after.insert(QStringLiteral("path"), QFileInfo(request.path).absoluteFilePath());
    after.insert(QStringLiteral("skip_invalid"), request.skipInvalid);
    if (report.counts.rejected > 0) {
        if (auto s = writeRejected(request, context.staging(), report); !s)
            return s.failure();
        after.insert(QStringLiteral("rejected_path"), report.rejectedPath);
    }
    const AuditEntry entry{
        QStringLiteral("import"),
        QStringLiteral("import"),
        0,
        0,
        tr("Imported %1: %2")
            .arg(QFileInfo(request.path).absoluteFilePath(), report.counts.summary()),
        {},
        after};
    if (auto s = m_audit.append(entry); !s)
        return s.failure();
    context.progress(0.98, tr("Saving"));
    if (auto s = transaction.commit(); !s) {
        if (!report.rejectedPath.isEmpty()) {
            if (request.source == ImportRequest::Source::Ssda903)
                QDir(report.rejectedPath).removeRecursively();
            else
                QFile::remove(report.rejectedPath);
            report.rejectedPath.clear();
        }
        return s.failure();
    }
    report.written = true;
    context.progress(1.0, tr("Done"));
    return report;
}

Status ImportService::writeRejected(const ImportRequest& request, const ImportStaging& staging,
                                    ImportReport& report) const
{
    const QString target =
        request.rejectedPath.isEmpty() ? defaultRejectedPath(request) : request.rejectedPath;
    const RejectedRowsWriter writer(staging);
    if (request.source == ImportRequest::Source::Assessments) {
        auto n = writer.write(request.path, target, true);
        if (!n)
            return n.failure();
    } else {
        if (!QDir().mkpath(target))
            return Failure{tr("cannot create the folder for the rejected rows"), target};
        const QDir source(request.path);
        const QDir out(target);
        for (const char* name : {"header.csv", "episodes.csv", "uasc.csv"}) {
            const QString file = QString::fromLatin1(name);
            if (!QFileInfo::exists(source.filePath(file)))
                continue;
            auto n = writer.write(source.filePath(file), out.filePath(file),
                                  file != QLatin1String("uasc.csv"));
            if (!n)
                return n.failure();
        }
    }
    report.rejectedPath = QFileInfo(target).absoluteFilePath();
    return {};
}

} // namespace lac
