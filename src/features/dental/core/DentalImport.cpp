// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dental/core/DentalImport.h"

#include "data/SqlTransaction.h"
#include "dental/data/DentalCheckStore.h"
#include "import/ImportDate.h"
#include "import/RecordCsv.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <QJsonObject>
#include <QSet>

namespace lac {
namespace {

QString checkKey(const DentalCheckRecord& c)
{
    return QStringLiteral("%1|%2|%3")
        .arg(c.childId)
        .arg(c.date.toString(Qt::ISODate), DentalCheckStore::reasonCode(c.reason));
}

} // namespace

DentalImport::DentalImport(const CaseContext& ctx)
    : m_ctx(ctx)
{}

Result<DentalImportReport> DentalImport::run(const QString& path, bool dryRun) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ImportData); !s)
        return s.failure();
    const DentalCheckStore store(m_ctx.db);
    auto children = store.childrenByCaseId();
    if (!children)
        return children.failure();
    auto stored = store.all();
    if (!stored)
        return stored.failure();
    QSet<QString> known;
    for (const DentalCheckRecord& c : std::as_const(stored.value()))
        known << checkKey(c);

    DentalImportReport report;
    QList<DentalCheckRecord> checks;
    const QStringList required{QStringLiteral("child_id"), QStringLiteral("date"),
                               QStringLiteral("dentist"), QStringLiteral("not_seen")};
    auto rows = RecordCsv::read(path, required, report.problems, [&](const RecordCsv::Row& row) {
        const QString caseId = row.field(QStringLiteral("child_id"));
        const auto child = children.value().constFind(caseId);
        const bool found = child != children.value().cend();
        if (caseId.isEmpty())
            row.problem(QStringLiteral("child_id"), tr("missing the child's case ID"));
        else if (!found)
            row.problem(QStringLiteral("child_id"), tr("no child with this case ID"));
        DentalCheckRecord c;
        c.date = ImportDate::parse(row.field(QStringLiteral("date")));
        if (!c.date.isValid())
            row.problem(QStringLiteral("date"), tr("not a date (DD/MM/YYYY)"));
        else if (c.date > m_ctx.today())
            row.problem(QStringLiteral("date"), tr("in the future"));
        else if (found && c.date < child->dateOfBirth)
            row.problem(
                QStringLiteral("date"),
                tr("before the child was born (%1)").arg(ImportDate::display(child->dateOfBirth)));
        const QString reason = row.field(QStringLiteral("not_seen"));
        c.reason = DentalCheckStore::reasonFromCode(reason);
        c.dentist = row.field(QStringLiteral("dentist"));
        c.notes = row.field(QStringLiteral("notes"));
        if (DentalCheckStore::reasonCode(c.reason) != reason)
            row.problem(QStringLiteral("not_seen"),
                        tr("expected blank (teeth checked), no_nhs_dentist, refused, "
                           "was_not_brought or other"));
        else if (c.seen() && c.dentist.isEmpty())
            row.problem(QStringLiteral("dentist"),
                        tr("say which dentist or practice checked the teeth"));
        else if (c.reason == DentalNotSeenReason::Other && c.notes.isEmpty())
            row.problem(QStringLiteral("notes"), tr("say why the child was not seen"));
        if (!found || !c.date.isValid())
            return;
        c.childId = child->childId;
        const QString key = checkKey(c);
        if (known.contains(key)) {
            ++report.alreadyRecorded;
            return;
        }
        known << key;
        checks << c;
    });
    if (!rows)
        return rows.failure();
    report.rows = rows.value();
    if (!report.problems.isEmpty() || dryRun || checks.isEmpty())
        return report;

    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    for (const DentalCheckRecord& c : std::as_const(checks)) {
        if (auto id = store.insert(c); !id)
            return id.failure();
    }
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("import"),
             QStringLiteral("dental_checks"),
             0,
             0,
             tr("%n dental checks imported from %1", nullptr, int(checks.size())).arg(path),
             {},
             QJsonObject{{QStringLiteral("file"), path},
                         {QStringLiteral("written"), int(checks.size())},
                         {QStringLiteral("already_recorded"), report.alreadyRecorded}}});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    report.written = int(checks.size());
    return report;
}

} // namespace lac
