// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "immunisations/core/ImmunisationImport.h"

#include "data/SqlTransaction.h"
#include "immunisations/data/ImmunisationStore.h"
#include "import/ImportDate.h"
#include "import/RecordCsv.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

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
    QList<ImmunisationDose> doses;
    const QStringList required{QStringLiteral("child_id"), QStringLiteral("vaccine"),
                               QStringLiteral("date"), QStringLiteral("source")};
    auto rows = RecordCsv::read(path, required, report.problems, [&](const RecordCsv::Row& row) {
        const QString caseId = row.field(QStringLiteral("child_id"));
        const auto child = children.value().constFind(caseId);
        if (caseId.isEmpty())
            row.problem(QStringLiteral("child_id"), tr("missing the child's case ID"));
        else if (child == children.value().cend())
            row.problem(QStringLiteral("child_id"), tr("no child with this case ID"));
        ImmunisationDose d;
        d.vaccine = row.field(QStringLiteral("vaccine"));
        if (!m_book.knowsVaccine(d.vaccine))
            row.problem(QStringLiteral("vaccine"), tr("not a vaccine of the routine schedule (use "
                                                      "a code such as 6in1, MMR, MenB)"));
        d.date = ImportDate::parse(row.field(QStringLiteral("date")));
        if (!d.date.isValid())
            row.problem(QStringLiteral("date"), tr("not a date (DD/MM/YYYY)"));
        else if (d.date > m_ctx.today())
            row.problem(QStringLiteral("date"), tr("in the future"));
        else if (child != children.value().cend() && d.date < child->dateOfBirth)
            row.problem(
                QStringLiteral("date"),
                tr("before the child was born (%1)").arg(ImportDate::display(child->dateOfBirth)));
        const auto source = ImmunisationStore::sourceFromCode(row.field(QStringLiteral("source")));
        if (!source)
            row.problem(QStringLiteral("source"),
                        tr("expected gp_record, red_book, parents_account or overseas_record"));
        d.source = source.value_or(DoseSource::GpRecord);
        d.notes = row.field(QStringLiteral("notes"));
        if (child == children.value().cend() || !d.date.isValid())
            return;
        d.childId = child->childId;
        const QString key = doseKey(d.childId, d.vaccine, d.date);
        if (known.contains(key)) {
            ++report.alreadyRecorded;
            return;
        }
        known << key;
        doses << d;
    });
    if (!rows)
        return rows.failure();
    report.rows = rows.value();
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
