// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoDatabaseBuilder.h"

#include "data/AssessmentScheduleStore.h"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/DemoDatabaseWriter.h"
#include "data/SqlTransaction.h"
#include "services/DueDateService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <filesystem>

namespace lac {
namespace {

void removeBuildFiles(const QString& temp)
{
    for (const QString& suffix : {QString(), QStringLiteral("-journal")})
        QFile::remove(temp + suffix);
}

Result<DemoDatabaseBuilder::Report> buildInto(const QString& temp, const DemoOptions& options,
                                              const UserContext& user,
                                              const QList<DemoRecordFiller>& fillers)
{
    DemoDatabaseBuilder::Report report;
    Database::Options open;
    open.backupBeforeUpgrade = false;
    auto opened = Database::open(temp, open);
    if (!opened)
        return opened.failure();
    const Database& db = *opened.value();

    const AssessmentPolicy policy; // England and Wales, the statutory defaults
    const WorkingDayCalendar calendar(policy.division);

    QElapsedTimer timer;
    timer.start();
    DemoDatabaseWriter writer(db);
    if (auto s = writer.start(); !s)
        return s.failure();
    DemoGenerator generator(options, calendar, policy);
    if (auto s = generator.generate(writer); !s)
        return s.failure();
    report.summary = generator.summary();
    AuditEntry entry;
    entry.action = QStringLiteral("create");
    entry.entity = QStringLiteral("demo");
    entry.summary = DemoDatabaseBuilder::tr("Demo data generated: %1 children, seed %2, as of %3")
                        .arg(options.children)
                        .arg(options.seed)
                        .arg(options.today.toString(Qt::ISODate));
    entry.after = QJsonObject{{QStringLiteral("children"), options.children},
                              {QStringLiteral("seed"), qint64(options.seed)},
                              {QStringLiteral("today"), options.today.toString(Qt::ISODate)}};
    if (auto s = writer.finish(AuditLog(db, user), entry); !s)
        return s.failure();
    for (const DemoRecordFiller& fill : fillers) {
        auto rows = fill(db, options);
        if (!rows)
            return rows.failure();
        report.featureRecords += rows.value();
    }
    report.generateMs = timer.restart();

    // The same rules, the way the program applies them: this pass must change nothing.
    auto before = DemoDatabaseWriter::totalChanges(db);
    if (!before)
        return before.failure();
    auto ids = AssessmentScheduleStore(db).allChildIds();
    if (!ids)
        return ids.failure();
    SqlTransaction transaction(db);
    if (auto s = transaction.begun(); !s)
        return s.failure();
    if (auto s = DueDateService(db, calendar, policy).recompute(ids.value(), options.today); !s)
        return s.failure();
    if (auto s = transaction.commit(); !s)
        return s.failure();
    auto after = DemoDatabaseWriter::totalChanges(db);
    if (!after)
        return after.failure();
    report.recomputeChanges = after.value() - before.value();
    report.verifyMs = timer.elapsed();
    return report;
}

} // namespace

Result<DemoDatabaseBuilder::Report>
DemoDatabaseBuilder::build(const QString& path, const DemoOptions& options, bool replace,
                           const UserContext& user, const QList<DemoRecordFiller>& fillers)
{
    const QFileInfo target(path);
    if (target.isDir())
        return Failure{tr("this is a folder, not a database file"), path};
    if (target.exists() && target.size() > 0 && !replace)
        return Failure{tr("already holds data; nothing was changed (use --replace to overwrite "
                          "it with demo data)"),
                       path};
    if (!QDir().mkpath(target.absolutePath()))
        return Failure{tr("cannot create the folder for the database"), target.absolutePath()};

    const QString temp =
        target.absoluteDir().filePath(QStringLiteral(".%1.demo-%2.tmp")
                                          .arg(target.fileName())
                                          .arg(QCoreApplication::applicationPid()));
    removeBuildFiles(temp);
    auto report = buildInto(temp, options, user, fillers);
    if (!report) {
        removeBuildFiles(temp);
        return Failure{report.failure().message, path};
    }
    if (report->recomputeChanges != 0) {
        removeBuildFiles(temp);
        return Failure{tr("the generated data disagrees with the due-date rules (a recompute "
                          "changed %1 rows); nothing was written")
                           .arg(report->recomputeChanges),
                       path};
    }
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temp.toStdU16String()),
                            std::filesystem::path(target.absoluteFilePath().toStdU16String()),
                            error);
    if (error) {
        removeBuildFiles(temp);
        return Failure{tr("could not move the finished database into place (%1)")
                           .arg(QString::fromLocal8Bit(error.message().c_str())),
                       path};
    }
    Report r = report.value();
    r.bytes = QFileInfo(target.absoluteFilePath()).size();
    return r;
}

} // namespace lac
