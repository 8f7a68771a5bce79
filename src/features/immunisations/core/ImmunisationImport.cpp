// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/core/ImmunisationImport.h"

#include "data/SqlTransaction.h"
#include "immunisations/data/ImmunisationStore.h"
#include "import/CsvColumns.h"
#include "import/CsvReader.h"
#include "import/ImportDate.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <QFile>
#include <QJsonObject>
#include <QSet>

namespace lac {
namespace {

QString doseKey(qint64 child, const QString& vaccine, QDate date)
{
    return QStringLiteral("%1|%2|%3").arg(child).arg(vaccine, date.toString(Qt::ISODate));
}

} // namespace

ImmunisationImport::ImmunisationImport(const CaseContext& ctx, const ImmunisationScheduleBook& book)
    : m_ctx(ctx)
    , m_book(book)
{}

Result<ImmunisationImportReport> ImmunisationImport::run(const QString& path, bool dryRun) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ImportData); !s)
        return s.failure();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure{tr("cannot open the file (%1)").arg(file.errorString()), path};
    const ImmunisationStore store(m_ctx.db);
    auto children = store.childrenByCaseId();
    if (!children)
        return children.failure();
    auto stored = store.allDoses();
    if (!stored)
        return stored.failure();
    QSet<QString> known;
    for (auto it = stored.value().cbegin(); it != stored.value().cend(); ++it)
        for (const ImmunisationDose& d : it.value())
            known << doseKey(d.childId, d.vaccine, d.date);

    ImmunisationImportReport report;
    CsvReader reader(&file);
    QStringList fields;
    if (!reader.readRecord(fields))
        return Failure{reader.hasError() ? reader.errorMessage() : tr("the file is empty"), path};
    const CsvColumns columns(fields);
    const QStringList required{QStringLiteral("child_id"), QStringLiteral("vaccine"),
                               QStringLiteral("date"), QStringLiteral("source")};
    if (const QStringList missing = columns.missing(required); !missing.isEmpty()) {
        report.problems << ImportProblem{
            path,
            1,
            missing.join(QStringLiteral(", ")),
            {},
            tr("missing; the file needs the columns %1").arg(required.join(QStringLiteral(", ")))};
        return report;
    }
    QList<ImmunisationDose> doses;
    while (reader.readRecord(fields)) {
        const qint64 line = reader.recordLine();
        if (fields.size() == 1 && fields.first().trimmed().isEmpty())
            continue; // a blank line
        ++report.rows;
        const auto field = [&](const QString& name) {
            return CsvColumns::field(fields, columns.indexOf(name));
        };
        const auto problem = [&](const QString& column, const QString& reason) {
            report.problems << ImportProblem{path, line, column, field(column), reason};
        };
        const QString caseId = field(QStringLiteral("child_id"));
        const auto child = children.value().constFind(caseId);
        if (caseId.isEmpty())
            problem(QStringLiteral("child_id"), tr("missing the child's case ID"));
        else if (child == children.value().cend())
            problem(QStringLiteral("child_id"), tr("no child with this case ID"));
        ImmunisationDose d;
        d.vaccine = field(QStringLiteral("vaccine"));
        if (!m_book.knowsVaccine(d.vaccine))
            problem(QStringLiteral("vaccine"), tr("not a vaccine of the routine schedule (use "
                                                  "a code such as 6in1, MMR, MenB)"));
        d.date = ImportDate::parse(field(QStringLiteral("date")));
        if (!d.date.isValid())
            problem(QStringLiteral("date"), tr("not a date (DD/MM/YYYY)"));
        else if (d.date > m_ctx.today())
            problem(QStringLiteral("date"), tr("in the future"));
        else if (child != children.value().cend() && d.date < child->dateOfBirth)
            problem(
                QStringLiteral("date"),
                tr("before the child was born (%1)").arg(ImportDate::display(child->dateOfBirth)));
        const auto source = ImmunisationStore::sourceFromCode(field(QStringLiteral("source")));
        if (!source)
            problem(QStringLiteral("source"),
                    tr("expected gp_record, red_book, parents_account or overseas_record"));
        d.source = source.value_or(DoseSource::GpRecord);
        d.notes = field(QStringLiteral("notes"));
        if (child == children.value().cend() || !d.date.isValid())
            continue;
        d.childId = child->childId;
        const QString key = doseKey(d.childId, d.vaccine, d.date);
        if (known.contains(key)) {
            ++report.alreadyRecorded;
            continue;
        }
        known << key;
        doses << d;
    }
    if (reader.hasError())
        report.problems << ImportProblem{path, reader.errorLine(), {}, {}, reader.errorMessage()};
    if (!report.problems.isEmpty() || dryRun || doses.isEmpty())
        return report;

    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    for (const ImmunisationDose& d : std::as_const(doses)) {
        if (auto id = store.insert(d); !id)
            return id.failure();
    }
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("import"),
             QStringLiteral("immunisations"),
             0,
             0,
             tr("%n immunisations imported from %1", nullptr, int(doses.size())).arg(path),
             {},
             QJsonObject{{QStringLiteral("file"), path},
                         {QStringLiteral("written"), int(doses.size())},
                         {QStringLiteral("already_recorded"), report.alreadyRecorded}}});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    report.written = int(doses.size());
    return report;
}

} // namespace lac
