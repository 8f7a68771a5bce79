// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uasc/core/UascService.h"

#include "common/DisplayDate.h"
#include "data/SettingsStore.h"
#include "data/SqlTransaction.h"
#include "security/AccessPolicy.h"
#include "services/CaseContext.h"
#include "uasc/data/UascStore.h"

#include <QStringList>
#include <algorithm>

namespace lac {

UascService::UascService(const CaseContext& ctx, const SettingsStore& settings,
                         const WorkingDayCalendar& calendar)
    : m_ctx(ctx)
    , m_settings(settings)
    , m_calendar(calendar)
{}

UascScreeningRule UascService::rule() const
{
    return rule(m_settings);
}

UascScreeningRule UascService::rule(const SettingsStore& settings)
{
    UascScreeningRule r;
    r.workingDays =
        std::clamp(settings.intValue(QStringLiteral("uasc.screening_working_days"), 20), 1, 120);
    return r;
}

Result<std::optional<UascProfile>> UascService::profile(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    return UascStore(m_ctx.db).profile(childId);
}

Status UascService::check(const UascProfile& p) const
{
    if (p.arrivalDate.isValid() && p.arrivalDate > m_ctx.today())
        return Failure{tr("the arrival date is in the future"), tr("Arrived")};
    return {};
}

Result<qint64> UascService::saveProfile(const UascProfile& p) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (auto s = check(p); !s)
        return s.failure();
    const UascStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, p.childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto before = store.profile(p.childId);
    if (!before)
        return before.failure();
    qint64 id = p.id;
    if (!p.id) {
        if (before.value())
            return Failure{tr("someone else has just recorded this child's UASC summary: "
                              "close and open it again"),
                           tr("Arrived")};
        auto added = store.insertProfile(p);
        if (!added)
            return added.failure();
        id = added.value();
    } else {
        if (!before.value() || before.value()->id != p.id)
            return Failure{tr("this UASC summary belongs to another child"), tr("Arrived")};
        if (auto s = store.updateProfile(p); !s)
            return s.failure();
    }
    const QJsonObject old = before.value() ? before.value()->toJson() : QJsonObject();
    if (auto s = m_ctx.audit.append(
            {p.id ? QStringLiteral("update") : QStringLiteral("create"),
             QStringLiteral("uasc_profiles"), id, p.childId,
             p.id ? tr("UASC health summary changed") : tr("UASC health summary recorded"), old,
             p.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id;
}

Result<QList<UascScreening>> UascService::screenings(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    return UascStore(m_ctx.db).screenings(childId);
}

Status UascService::check(const UascScreening& s) const
{
    const QString field = tr("Date");
    if (!s.date.isValid())
        return Failure{tr("enter the date as dd/mm/yyyy"), field};
    if (s.date > m_ctx.today())
        return Failure{tr("the date is in the future"), field};
    if (s.screen == UascScreen::Other && s.otherName.trimmed().isEmpty())
        return Failure{tr("say which screen it was"), tr("Screen")};
    if (s.outcome == UascScreenOutcome::Referred && s.referral.trimmed().isEmpty())
        return Failure{tr("say where the young person was referred"), tr("Referral")};
    return {};
}

Result<qint64> UascService::recordScreening(const UascScreening& c) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s.failure();
    if (auto s = check(c); !s)
        return s.failure();
    SqlTransaction tx(m_ctx.db, c.childId);
    if (!tx.begun())
        return tx.begun().failure();
    auto id = UascStore(m_ctx.db).insertScreening(c);
    if (!id)
        return id.failure();
    if (auto s = m_ctx.audit.append({QStringLiteral("create"),
                                     QStringLiteral("uasc_screenings"),
                                     id.value(),
                                     c.childId,
                                     tr("UASC screening on %1").arg(displayDate(c.date)),
                                     {},
                                     c.toJson()});
        !s)
        return s.failure();
    if (auto s = tx.commit(); !s)
        return s.failure();
    return id.value();
}

Status UascService::correctScreening(const UascScreening& c) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::EditCaseData); !s)
        return s;
    if (auto s = check(c); !s)
        return s;
    const UascStore store(m_ctx.db);
    SqlTransaction tx(m_ctx.db, c.childId);
    if (!tx.begun())
        return tx.begun();
    auto before = store.findScreening(c.id);
    if (!before)
        return before.failure();
    if (before.value().childId != c.childId)
        return Failure{tr("this screening belongs to another child"), tr("Date")};
    if (auto s = store.updateScreening(c); !s)
        return s;
    if (auto s = m_ctx.audit.append({QStringLiteral("update"), QStringLiteral("uasc_screenings"),
                                     c.id, c.childId,
                                     tr("UASC screening of %1 corrected").arg(displayDate(c.date)),
                                     before.value().toJson(), c.toJson()});
        !s)
        return s;
    return tx.commit();
}

UascStatus UascService::withRule(UascStatus s, const UascScreeningRule& r) const
{
    s.due = r.due(s.arrivalDate, s.careStarted, m_calendar);
    s.missing = UascScreeningRule::missing(s.screened);
    return s;
}

Result<QList<UascStatus>> UascService::outstanding(QDate today) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    auto all = UascStore(m_ctx.db).uascInCare();
    if (!all)
        return all.failure();
    QList<UascStatus> out;
    const UascScreeningRule r = rule();
    for (const UascStatus& one : all.value()) {
        const UascStatus s = withRule(one, r);
        if (!s.missing.isEmpty() && s.due.isValid() && s.due <= today)
            out << s;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const UascStatus& a, const UascStatus& b) { return a.due < b.due; });
    return out;
}

Result<std::optional<UascStatus>> UascService::status(qint64 childId) const
{
    if (auto s = AccessPolicy::require(m_ctx.user(), Permission::ReadCaseData); !s)
        return s.failure();
    auto one = UascStore(m_ctx.db).uascInCare(childId);
    if (!one)
        return one.failure();
    if (one.value().isEmpty())
        return std::optional<UascStatus>();
    return std::optional<UascStatus>(withRule(one.value().first(), rule()));
}

QString UascWorklistPile::key() const
{
    return QStringLiteral("uasc_screening_outstanding");
}

QString UascWorklistPile::title() const
{
    return UascService::tr("UASC screening outstanding");
}

QString UascWorklistPile::screenNames(const QList<UascScreen>& screens)
{
    QStringList names;
    for (UascScreen s : screens) {
        switch (s) {
        case UascScreen::Tuberculosis:
            names << UascService::tr("TB");
            break;
        case UascScreen::HepatitisB:
            names << UascService::tr("hepatitis B");
            break;
        case UascScreen::HepatitisC:
            names << UascService::tr("hepatitis C");
            break;
        case UascScreen::Hiv:
            names << UascService::tr("HIV");
            break;
        case UascScreen::Other:
            names << UascService::tr("other");
            break;
        }
    }
    return names.join(QStringLiteral(", "));
}

Result<int> UascWorklistPile::count(QDate today) const
{
    auto out = m_service.outstanding(today);
    if (!out)
        return out.failure();
    return int(out.value().size());
}

Result<QList<WorklistRow>> UascWorklistPile::rows(QDate today) const
{
    auto out = m_service.outstanding(today);
    if (!out)
        return out.failure();
    QList<WorklistRow> rows;
    for (const UascStatus& s : out.value()) {
        WorklistRow r;
        r.childId = s.childId;
        r.caseId = s.caseId;
        r.childName = s.childName;
        r.kind = UascService::tr("UASC screening");
        r.due = s.due;
        r.since = s.arrivalDate.isValid() ? s.arrivalDate : s.careStarted;
        r.detail = UascService::tr("not on record: %1").arg(screenNames(s.missing));
        rows << r;
    }
    return rows;
}

} // namespace lac
