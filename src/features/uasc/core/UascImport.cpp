// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uasc/core/UascImport.h"

#include "data/SqlTransaction.h"
#include "import/ImportDate.h"
#include "import/RecordCsv.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"
#include "uasc/data/UascStore.h"

#include <QJsonObject>
#include <QSet>

namespace lac {
namespace {

QString screeningKey(const UascScreening& s)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(s.childId)
        .arg(UascStore::screenCode(s.screen), s.date.toString(Qt::ISODate), s.otherName);
}

} // namespace

UascImport::UascImport(const CaseContext& ctx)
    : m_ctx(ctx)
{}

Result<UascImportReport> UascImport::run(const QString& path, bool dryRun) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ImportData); !s)
        return s.failure();
    const UascStore store(m_ctx.db);
    auto children = store.childrenByCaseId();
    if (!children)
        return children.failure();
    auto stored = store.allScreenings();
    if (!stored)
        return stored.failure();
    QSet<QString> known;
    for (const UascScreening& s : std::as_const(stored.value()))
        known << screeningKey(s);

    UascImportReport report;
    QList<UascScreening> screenings;
    const QStringList required{QStringLiteral("child_id"), QStringLiteral("screen"),
                               QStringLiteral("date"), QStringLiteral("outcome")};
    auto rows = RecordCsv::read(path, required, report.problems, [&](const RecordCsv::Row& row) {
        const QString caseId = row.field(QStringLiteral("child_id"));
        const auto child = children.value().constFind(caseId);
        const bool found = child != children.value().cend();
        if (caseId.isEmpty())
            row.problem(QStringLiteral("child_id"), tr("missing the child's case ID"));
        else if (!found)
            row.problem(QStringLiteral("child_id"), tr("no child with this case ID"));
        UascScreening s;
        const auto screen = UascStore::screenFromCode(row.field(QStringLiteral("screen")));
        if (!screen)
            row.problem(QStringLiteral("screen"),
                        tr("expected tb, hepatitis_b, hepatitis_c, hiv or other"));
        s.screen = screen.value_or(UascScreen::Other);
        s.otherName = row.field(QStringLiteral("other_name"));
        if (screen == UascScreen::Other && s.otherName.isEmpty())
            row.problem(QStringLiteral("other_name"), tr("say which screen it was"));
        s.date = ImportDate::parse(row.field(QStringLiteral("date")));
        if (!s.date.isValid())
            row.problem(QStringLiteral("date"), tr("not a date (DD/MM/YYYY)"));
        else if (s.date > m_ctx.today())
            row.problem(QStringLiteral("date"), tr("in the future"));
        const auto outcome = UascStore::outcomeFromCode(row.field(QStringLiteral("outcome")));
        if (!outcome)
            row.problem(QStringLiteral("outcome"),
                        tr("expected awaited, no_further_action, referred or declined"));
        s.outcome = outcome.value_or(UascScreenOutcome::ResultAwaited);
        s.referral = row.field(QStringLiteral("referral"));
        s.notes = row.field(QStringLiteral("notes"));
        if (outcome == UascScreenOutcome::Referred && s.referral.isEmpty())
            row.problem(QStringLiteral("referral"), tr("say where the young person was referred"));
        if (!found || !s.date.isValid() || !screen || !outcome)
            return;
        s.childId = child->childId;
        const QString key = screeningKey(s);
        if (known.contains(key)) {
            ++report.alreadyRecorded;
            return;
        }
        known << key;
        screenings << s;
    });
    if (!rows)
        return rows.failure();
    report.rows = rows.value();
    if (!report.problems.isEmpty() || dryRun || screenings.isEmpty())
        return report;

    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun().failure();
    for (const UascScreening& s : std::as_const(screenings)) {
        if (auto id = store.insertScreening(s); !id)
            return id.failure();
    }
    if (auto s = m_ctx.audit.append(
            {QStringLiteral("import"),
             QStringLiteral("uasc_screenings"),
             0,
             0,
             tr("%n UASC screenings imported from %1", nullptr, int(screenings.size())).arg(path),
             {},
             QJsonObject{{QStringLiteral("file"), path},
                         {QStringLiteral("written"), int(screenings.size())},
                         {QStringLiteral("already_recorded"), report.alreadyRecorded}}});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    report.written = int(screenings.size());
    return report;
}

} // namespace lac
