// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportContext.h"

#include "import/CsvReader.h"

#include <QFile>
#include <QFileInfo>

namespace lac {

ImportContext::ImportContext(const Database& db, const ImportStaging& staging,
                             const ImportRequest& request, ImportReport& report)
    : m_request(request)
    , m_report(report)
    , m_staging(staging)
    , m_repository(db)
{}

bool ImportContext::writing() const
{
    return !m_request.dryRun && (m_request.skipInvalid || m_problems == 0) && !m_report.fatal;
}

Status ImportContext::problem(const QString& file, qint64 line, qint64 offset,
                              const QString& column, const QString& value, const QString& reason)
{
    ++m_problems;
    if (auto s = m_staging.addProblem(file, line, column, value, reason); !s)
        return s;
    return reject(file, line, offset, QStringLiteral("%1: %2: %3").arg(column, value, reason));
}

Status ImportContext::fatal(const QString& file, qint64 line, const QString& column,
                            const QString& value, const QString& reason)
{
    ++m_problems;
    m_report.fatal = true;
    return m_staging.addProblem(file, line, column, value, reason);
}

Status ImportContext::reject(const QString& file, qint64 line, qint64 offset, const QString& reason)
{
    const QString name = QFileInfo(file).fileName().toLower();
    const QString record = name == QLatin1String("header.csv")     ? tr("child")
                           : name == QLatin1String("episodes.csv") ? tr("episode")
                           : name == QLatin1String("uasc.csv")     ? tr("UASC row")
                                                                   : tr("assessment");
    change(ImportChange::Kind::Rejected, record, QString(), reason, file, line);
    return m_staging.reject(file, line, offset, reason);
}

void ImportContext::addChange(ImportChange::Kind kind, const QString& record, const QString& caseId,
                              const QString& detail, const QString& file, qint64 line)
{
    m_report.changes << ImportChange{kind, record, caseId, detail, QFileInfo(file).fileName(),
                                     line};
}

Status ImportContext::checkCancelled() const
{
    if (m_request.cancel && m_request.cancel->load())
        return Failure{tr("the import was cancelled; nothing was changed"), {}};
    return {};
}

void ImportContext::progress(double fraction, const QString& what) const
{
    if (m_request.progress)
        m_request.progress(fraction, what);
}

Status ImportContext::readFile(
    const QString& path, const QStringList& required,
    const std::function<Status(const CsvColumns&, const QStringList&, qint64, qint64)>& row,
    double progressFrom, double progressTo)
{
    QFile file(path);
    if (!file.exists())
        return fatal(path, 0, QString(), QString(), tr("the file is missing"));
    if (!file.open(QIODevice::ReadOnly))
        return fatal(path, 0, QString(), QString(),
                     tr("the file cannot be read (%1)").arg(file.errorString()));
    const double size = double(qMax<qint64>(1, file.size()));
    CsvReader reader(&file);
    QStringList fields;
    if (!reader.readRecord(fields)) {
        if (reader.hasError())
            return fatal(path, reader.errorLine(), QString(), QString(), reader.errorMessage());
        return fatal(path, 1, QString(), QString(),
                     tr("the file is empty (expected a first line with the column names %1)")
                         .arg(required.join(QLatin1Char(','))));
    }
    const CsvColumns columns(fields);
    const QStringList missing = columns.missing(required);
    if (!missing.isEmpty()) {
        if (missing.size() == required.size() && required.size() > 1)
            return fatal(path, 1, QString(), fields.join(QLatin1Char(',')).left(60),
                         tr("not a CSV file at all, or not this kind of file: the first line has "
                            "none of the columns %1")
                             .arg(required.join(QLatin1Char(','))));
        for (const QString& name : missing) {
            if (auto s = fatal(path, 1, name, QString(), tr("missing required column")); !s)
                return s;
        }
        return {};
    }
    qint64 n = 0;
    while (reader.readRecord(fields)) {
        if (auto s = row(columns, fields, reader.recordLine(), reader.recordOffset()); !s)
            return s;
        if (++n % 4096 == 0) {
            if (auto s = checkCancelled(); !s)
                return s;
            progress(progressFrom + (progressTo - progressFrom) * double(reader.bytesRead()) / size,
                     tr("Reading %1").arg(QFileInfo(path).fileName()));
        }
    }
    if (reader.hasError())
        return fatal(path, reader.errorLine(), QString(), QString(), reader.errorMessage());
    return {};
}

} // namespace lac
