// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/core/PassportService.h"

#include "common/DisplayDate.h"
#include "data/SettingsStore.h"
#include "data/SqlTransaction.h"
#include "passport/data/PassportStore.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <algorithm>

namespace lac {
namespace {

const QString howToKey = QStringLiteral("passport.how_to");

} // namespace

PassportService::PassportService(const CaseContext& ctx, const SettingsStore& settings)
    : m_ctx(ctx)
    , m_settings(settings)
    , m_book(ImmunisationScheduleBook::bundled())
{}

Result<qint64> PassportService::childByCaseId(const QString& caseId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    auto id = PassportStore(m_ctx.db).childId(caseId.trimmed());
    if (!id)
        return id.failure();
    if (id.value() == 0)
        return Failure{tr("there is no child with this case ID"), caseId};
    return id.value();
}

PassportDuePolicy PassportService::policy() const
{
    PassportDuePolicy p;
    p.atFirstRhaAfter16 = m_settings.intValue(QStringLiteral("passport.due_at_rha"), 1) != 0;
    p.monthsBefore18 =
        std::clamp(m_settings.intValue(QStringLiteral("passport.months_before_18"), 6), 0, 24);
    p.leadDays = std::clamp(m_settings.intValue(QStringLiteral("passport.lead_days"), 90), 0, 365);
    return p;
}

Result<std::optional<PassportFile>> PassportService::file(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::PreparePassport); !s)
        return s.failure();
    return PassportStore(m_ctx.db).file(childId);
}

Status PassportService::audited(const QString& action, const QString& entity, qint64 id,
                                qint64 childId, const QString& summary, const QJsonObject& before,
                                const QJsonObject& after) const
{
    return m_ctx.audit.append({action, entity, id, childId, summary, before, after});
}

Result<qint64> PassportService::start(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::PreparePassport); !s)
        return s.failure();
    const PassportStore store(m_ctx.db);
    auto who = store.identity(childId);
    if (!who)
        return who.failure();
    if (m_ctx.today() < PassportRules::eligibleFrom(who.value().dateOfBirth))
        return Failure{tr("a passport is prepared from the 16th birthday (%1)")
                           .arg(displayDate(PassportRules::eligibleFrom(who.value().dateOfBirth))),
                       who.value().caseId};
    SqlTransaction tx(m_ctx.db, childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto existing = store.file(childId);
    if (!existing)
        return existing.failure();
    if (existing.value())
        return Failure{tr("this young person already has a passport"), who.value().caseId};
    auto id = store.insertPassport(childId);
    if (!id)
        return id.failure();
    if (auto s = audited(QStringLiteral("create"), QStringLiteral("passports"), id.value(), childId,
                         tr("health passport started"), {}, {});
        !s)
        return s.failure();
    // Pre-fill what the tracker already knows beyond identity and immunisations.
    auto dentist = store.lastDentist(childId);
    if (!dentist)
        return dentist.failure();
    if (!dentist.value().first.isEmpty()) {
        PassportItem item;
        item.passportId = id.value();
        item.section = PassportSection::Contacts;
        item.label = tr("Dentist");
        item.text = tr("%1 (last check-up %2)")
                        .arg(dentist.value().first, displayDate(dentist.value().second));
        auto itemId = store.insertItem(item);
        if (!itemId)
            return itemId.failure();
        if (auto s = audited(QStringLiteral("create"), QStringLiteral("passport_items"),
                             itemId.value(), childId,
                             tr("passport item added from the dental checks"), {}, item.toJson());
            !s)
            return s.failure();
    }
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status PassportService::saveDetails(const Passport& p) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::PreparePassport); !s)
        return s;
    if (p.consentRecorded.isValid() && p.consentRecorded > m_ctx.today())
        return Failure{tr("the date is in the future"), tr("Consent recorded")};
    if ((p.consentGp || p.consentAdviser) && !p.consentRecorded.isValid())
        return Failure{tr("say when the young person gave their consent"), tr("Consent recorded")};
    const PassportStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, p.childId);
    if (!tx.begun())
        return tx.begun();
    auto before = store.file(p.childId);
    if (!before)
        return before.failure();
    if (!before.value() || before.value()->passport.id != p.id)
        return Failure{tr("this passport belongs to another young person"), tr("Name used")};
    Passport saved = before.value()->passport;
    saved.nameUsed = p.nameUsed.trimmed();
    saved.ownWords = p.ownWords.trimmed();
    saved.consentGp = p.consentGp;
    saved.consentAdviser = p.consentAdviser;
    saved.consentRecorded = p.consentRecorded;
    saved.version = p.version;
    if (auto s = store.updatePassport(saved); !s)
        return s;
    if (auto s = audited(QStringLiteral("update"), QStringLiteral("passports"), p.id, p.childId,
                         tr("passport details and consent saved"),
                         before.value()->passport.toJson(), saved.toJson());
        !s)
        return s;
    return tx.commit();
}

Status PassportService::checkDate(qint64 childId, QDate date, QDate after,
                                  const QString& field) const
{
    if (!date.isValid())
        return Failure{tr("enter the date as dd/mm/yyyy"), field};
    if (date > m_ctx.today())
        return Failure{tr("the date is in the future"), field};
    auto who = PassportStore(m_ctx.db).identity(childId);
    if (!who)
        return who.failure();
    const QDate from = PassportRules::eligibleFrom(who.value().dateOfBirth);
    if (from.isValid() && date < from)
        return Failure{tr("the date is before the 16th birthday (%1)").arg(displayDate(from)),
                       field};
    if (after.isValid() && date < after)
        return Failure{tr("the date is before the step before it (%1)").arg(displayDate(after)),
                       field};
    return {};
}

Result<PassportCopy> PassportService::copyNow(qint64 childId, const PassportFile& f,
                                              QDate asOf) const
{
    const PassportStore store(m_ctx.db);
    auto who = store.identity(childId);
    if (!who)
        return who.failure();
    auto doses = store.doses(childId);
    if (!doses)
        return doses.failure();
    QList<PassportDose> named;
    for (const auto& [code, given] : doses.value()) {
        if (given <= asOf)
            named << PassportDose{m_book ? m_book.value().vaccineName(code) : code, given};
    }
    return PassportCopy::make(who.value(), f.passport, f.items, named, howTo());
}

Result<PassportCopy> PassportService::preview(qint64 childId) const
{
    auto f = file(childId);
    if (!f)
        return f.failure();
    if (!f.value())
        return Failure{tr("no passport has been started"), {}};
    return copyNow(childId, *f.value(), m_ctx.today());
}

Result<PassportCopy> PassportService::latestCopy(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ExportPassport); !s)
        return s.failure();
    auto f = PassportStore(m_ctx.db).file(childId);
    if (!f)
        return f.failure();
    if (!f.value() || !f.value()->latest())
        return Failure{tr("no version of this passport has been signed off by the nurse yet"), {}};
    return PassportCopy::fromJson(
        QJsonDocument::fromJson(f.value()->latest()->content.toUtf8()).object());
}

Status PassportService::exportCopy(qint64 childId, const QString& path,
                                   const PassportRenderer& renderer) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ExportPassport); !s)
        return s;
    if (path.trimmed().isEmpty() || QDir::isRelativePath(path))
        return Failure{tr("name the file in full: a passport is never saved to the current folder "
                          "by default"),
                       tr("File")};
    const PassportStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, childId);
    if (!tx.begun())
        return tx.begun();
    auto f = store.file(childId);
    if (!f)
        return f.failure();
    if (!f.value() || !f.value()->latest())
        return Failure{tr("no version of this passport has been signed off by the nurse yet"), {}};
    const PassportVersion& v = *f.value()->latest();
    const PassportCopy copy =
        PassportCopy::fromJson(QJsonDocument::fromJson(v.content.toUtf8()).object());
    if (auto s =
            audited(QStringLiteral("export"), QStringLiteral("passport_versions"), v.id, childId,
                    tr("health passport version %1 for %2 (%3) written to %4")
                        .arg(v.number)
                        .arg(copy.identity.name, copy.identity.caseId, path),
                    {},
                    {{QStringLiteral("version"), v.number},
                     {QStringLiteral("for"), copy.identity.caseId},
                     {QStringLiteral("path"), path}});
        !s)
        return s;
    if (auto s = renderer.write(copy, path); !s)
        return s; // the transaction rolls back: no audit entry for a file not written
    if (auto s = tx.commit(); !s) {
        QFile::remove(path);
        return s;
    }
    return {};
}

QString PassportService::howTo() const
{
    const QString text = m_settings.value(howToKey);
    return text.trimmed().isEmpty() ? PassportCopy::defaultHowTo() : text;
}

Status PassportService::setHowTo(const QString& text) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ManageSettings); !s)
        return s;
    if (text.trimmed().isEmpty())
        return Failure{tr("write the text, or keep the default"), tr("How to")};
    SqlTransaction tx(m_ctx.db);
    if (!tx.begun())
        return tx.begun();
    const QString before = howTo();
    if (auto s = m_settings.setValue(howToKey, text.trimmed()); !s)
        return s;
    if (auto s = audited(QStringLiteral("update"), QStringLiteral("settings"), 0, 0,
                         tr("the passport's \"how to\" text changed"),
                         {{QStringLiteral("how_to"), before}},
                         {{QStringLiteral("how_to"), text.trimmed()}});
        !s)
        return s;
    return tx.commit();
}

Result<QDate> PassportService::dueBy(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    const PassportStore store(m_ctx.db);
    auto who = store.identity(childId);
    if (!who)
        return who.failure();
    const QDate dob = who.value().dateOfBirth;
    if (!dob.isValid())
        return QDate();
    auto rha = store.firstRhaFrom(childId, PassportRules::eligibleFrom(dob));
    if (!rha)
        return rha.failure();
    return PassportRules::dueBy(dob, rha.value(), policy());
}

Result<QList<PassportDueRow>> PassportService::youngPeople(QDate today) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    auto rows =
        PassportStore(m_ctx.db).youngPeople(today.addYears(-18).addDays(1), today.addYears(-16));
    if (!rows)
        return rows.failure();
    const PassportDuePolicy p = policy();
    QList<PassportDueRow> all;
    for (const PassportStandingRow& r : rows.value()) {
        PassportDueRow row;
        row.childId = r.childId;
        row.caseId = r.caseId;
        row.childName = r.childName;
        row.dateOfBirth = r.dateOfBirth;
        row.due = PassportRules::dueBy(r.dateOfBirth, r.firstRhaAfter16, p);
        row.stage = PassportRules::stage(r.file);
        row.standing = PassportRules::standing(r.dateOfBirth, row.due, row.stage, p, today);
        row.recordsRequested = r.file.passport.recordsRequested;
        all << row;
    }
    std::stable_sort(all.begin(), all.end(), [](const PassportDueRow& a, const PassportDueRow& b) {
        return a.due < b.due;
    });
    return all;
}

} // namespace lac
