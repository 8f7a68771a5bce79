// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oc2/core/Oc2ReturnService.h"

#include "common/CsvWriter.h"
#include "data/AuditLog.h"
#include "immunisations/core/ImmunisationStatus.h"
#include "immunisations/data/ImmunisationStore.h"
#include "oc2/data/Oc2Store.h"
#include "sdq/data/SdqStore.h"
#include "security/AccessPolicy.h"

#include <QDir>
#include <QSaveFile>

namespace lac {
namespace {

QString flag(std::optional<bool> b)
{
    return b ? QString::number(*b ? 1 : 0) : QString();
}

} // namespace

Oc2ReturnService::Oc2ReturnService(const Database& db, const AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{}

QStringList Oc2ReturnService::columns()
{
    QStringList names;
    for (Oc2Field f : Oc2Rules::fields())
        names << Oc2Rules::fieldName(f);
    return names;
}

QStringList Oc2ReturnService::cells(const Oc2Row& r)
{
    return {r.child,
            r.dateOfBirth.toString(QStringLiteral("dd/MM/yyyy")),
            r.sdqScore ? QString::number(*r.sdqScore) : QString(),
            r.sdqReason ? SdqStore::reasonCode(*r.sdqReason) : QString(),
            flag(r.convicted),
            flag(r.healthCheck),
            flag(r.immunisations),
            flag(r.teethCheck),
            flag(r.healthAssessment),
            flag(r.substanceMisuse),
            flag(r.interventionReceived),
            flag(r.interventionOffered)};
}

Result<Oc2Return> Oc2ReturnService::prepare(Oc2Year year) const
{
    if (auto s = AccessPolicy::require(m_audit.user(), Permission::ReadCaseData); !s)
        return s.failure();
    auto oc2 = evaluate(m_db, year);
    if (oc2)
        oc2.value().year = year;
    return oc2;
}

Result<Oc2Return> Oc2ReturnService::evaluate(const Database& db, Oc2Span span)
{
    const Oc2Store store(db);
    auto children = store.childrenOfYear(span);
    if (!children)
        return children.failure();
    auto development = store.developmentChecks();
    if (!development)
        return development.failure();
    auto doses = ImmunisationStore(db).allDoses();
    if (!doses)
        return doses.failure();
    auto book = ImmunisationScheduleBook::bundled();
    if (!book)
        return book.failure();
    Oc2Return oc2;
    oc2.year = Oc2Year::containing(span.end());
    oc2.childrenOfYear = int(children.value().size());
    for (Oc2Child& c : children.value()) {
        if (!Oc2Rules::inCohort(c.episodes, span))
            continue;
        const QList<ImmunisationDose> given = doses.value().value(c.childId);
        if (!given.isEmpty()) {
            auto status =
                ImmunisationStatus::compute(book.value(), c.dateOfBirth, given, span.end());
            if (status)
                c.immunisationsUpToDate = status.value().upToDate();
        }
        c.development = DevelopmentStatus::compute(c.dateOfBirth,
                                                   development.value().value(c.childId), span.end())
                            .state;
        Oc2Rules::Outcome out = Oc2Rules::row(c, span);
        oc2.cohort << c.childId;
        oc2.rows << out.row;
        oc2.gaps << out.gaps;
    }
    return oc2;
}

Result<QStringList> Oc2ReturnService::write(const Oc2Return& oc2, const QString& folder,
                                            bool allowGaps) const
{
    if (auto s = AccessPolicy::require(m_audit.user(), Permission::ExportCaseData); !s)
        return s.failure();
    if (folder.trimmed().isEmpty())
        return Failure{tr("name the folder to write the return to: it holds personal data"),
                       tr("Folder")};
    if (!oc2.gaps.isEmpty() && !allowGaps)
        return Failure{tr("%n gap(s) left: fill them, or write the return with the gaps", nullptr,
                          int(oc2.gaps.size())),
                       tr("Gaps")};
    QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Failure{tr("could not create the folder"), folder};
    const Oc2Store store(m_db);
    auto header = store.headerRows(oc2.cohort);
    if (!header)
        return header.failure();
    auto episodes = store.episodeRows(oc2.cohort, oc2.year);
    if (!episodes)
        return episodes.failure();

    QList<QStringList> rows;
    for (const Oc2Row& r : oc2.rows)
        rows << cells(r);
    QList<QStringList> gaps;
    for (const Oc2Gap& g : oc2.gaps)
        gaps << QStringList{g.caseId, Oc2Rules::fieldName(g.field), g.missing};
    struct File
    {
        QString name;
        QStringList columns;
        const QList<QStringList>* rows;
    };
    QList<File> files{
        {QStringLiteral("oc2.csv"), columns(), &rows},
        {QStringLiteral("header.csv"),
         QStringLiteral("CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB").split(QLatin1Char(',')),
         &header.value()},
        {QStringLiteral("episodes.csv"),
         QStringLiteral("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,"
                        "REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN")
             .split(QLatin1Char(',')),
         &episodes.value()}};
    if (!gaps.isEmpty())
        files << File{QStringLiteral("gaps.csv"),
                      {QStringLiteral("CHILD"), QStringLiteral("FIELD"), QStringLiteral("MISSING")},
                      &gaps};
    QStringList written;
    for (const File& f : files) {
        const QString path = dir.filePath(f.name);
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return Failure{tr("could not write %1: %2").arg(path, out.errorString()), path};
        CsvWriter csv(out, CsvWriter::Options{false, true});
        csv.writeRecord(f.columns);
        for (const QStringList& row : *f.rows)
            csv.writeRecord(row);
        if (!csv.ok() || !out.commit())
            return Failure{tr("could not write %1: %2").arg(path, out.errorString()), path};
        written << path;
    }
    if (auto s = m_audit.append(
            {QStringLiteral("export"),
             QStringLiteral("oc2"),
             0,
             0,
             tr("OC2 return %1 written to %2: %n child(ren)", nullptr, int(oc2.rows.size()))
                 .arg(oc2.year.label(), QDir::toNativeSeparators(dir.absolutePath())),
             {},
             {{QStringLiteral("year"), oc2.year.label()},
              {QStringLiteral("children"), int(oc2.rows.size())},
              {QStringLiteral("gaps"), int(oc2.gaps.size())},
              {QStringLiteral("folder"), dir.absolutePath()}}});
        !s) {
        // Personal data nobody can account for is not left behind.
        for (const QString& path : written)
            QFile::remove(path);
        return s.failure();
    }
    return written;
}

} // namespace lac
