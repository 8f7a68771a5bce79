// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uasc/data/UascStore.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

#include <QSqlQuery>

namespace lac {
namespace {

const char* profileColumns =
    "SELECT id, child_id, arrival_date, interpreter_language, immunisation_history, "
    "catch_up_plan, gp_practice, dentist, optician, version FROM uasc_profiles ";
const char* screeningColumns = "SELECT id, child_id, screen, other_name, screen_date, outcome, "
                               "referral, notes, version FROM uasc_screenings ";

UascProfile profileFrom(const QSqlQuery& r)
{
    UascProfile p;
    p.id = r.value(0).toLongLong();
    p.childId = r.value(1).toLongLong();
    p.arrivalDate = sqlvalue::toDate(r.value(2));
    p.interpreterLanguage = r.value(3).toString();
    p.history = UascStore::historyFromCode(r.value(4).toString())
                    .value_or(UascImmunisationHistory::Unknown);
    p.catchUpPlan = r.value(5).toString();
    p.gpPractice = r.value(6).toString();
    p.dentist = r.value(7).toString();
    p.optician = r.value(8).toString();
    p.version = r.value(9).toInt();
    return p;
}

UascScreening screeningFrom(const QSqlQuery& r)
{
    UascScreening s;
    s.id = r.value(0).toLongLong();
    s.childId = r.value(1).toLongLong();
    s.screen = UascStore::screenFromCode(r.value(2).toString()).value_or(UascScreen::Other);
    s.otherName = r.value(3).toString();
    s.date = sqlvalue::toDate(r.value(4));
    s.outcome = UascStore::outcomeFromCode(r.value(5).toString())
                    .value_or(UascScreenOutcome::ResultAwaited);
    s.referral = r.value(6).toString();
    s.notes = r.value(7).toString();
    s.version = r.value(8).toInt();
    return s;
}

template <typename E>
std::optional<E> fromCode(const QString& code, std::initializer_list<E> all, QString (*toCode)(E))
{
    for (E e : all)
        if (toCode(e) == code)
            return e;
    return std::nullopt;
}

} // namespace

using namespace sqlvalue;

UascStore::UascStore(const Database& db)
    : m_db(db)
{}

QString UascStore::historyCode(UascImmunisationHistory h)
{
    switch (h) {
    case UascImmunisationHistory::Partial:
        return QStringLiteral("partial");
    case UascImmunisationHistory::Known:
        return QStringLiteral("known");
    case UascImmunisationHistory::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

std::optional<UascImmunisationHistory> UascStore::historyFromCode(const QString& code)
{
    return fromCode(code,
                    {UascImmunisationHistory::Unknown, UascImmunisationHistory::Partial,
                     UascImmunisationHistory::Known},
                    &UascStore::historyCode);
}

QString UascStore::screenCode(UascScreen s)
{
    switch (s) {
    case UascScreen::Tuberculosis:
        return QStringLiteral("tb");
    case UascScreen::HepatitisB:
        return QStringLiteral("hepatitis_b");
    case UascScreen::HepatitisC:
        return QStringLiteral("hepatitis_c");
    case UascScreen::Hiv:
        return QStringLiteral("hiv");
    case UascScreen::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<UascScreen> UascStore::screenFromCode(const QString& code)
{
    return fromCode(code,
                    {UascScreen::Tuberculosis, UascScreen::HepatitisB, UascScreen::HepatitisC,
                     UascScreen::Hiv, UascScreen::Other},
                    &UascStore::screenCode);
}

QString UascStore::outcomeCode(UascScreenOutcome o)
{
    switch (o) {
    case UascScreenOutcome::NoFurtherAction:
        return QStringLiteral("no_further_action");
    case UascScreenOutcome::Referred:
        return QStringLiteral("referred");
    case UascScreenOutcome::Declined:
        return QStringLiteral("declined");
    case UascScreenOutcome::ResultAwaited:
        break;
    }
    return QStringLiteral("awaited");
}

std::optional<UascScreenOutcome> UascStore::outcomeFromCode(const QString& code)
{
    return fromCode(code,
                    {UascScreenOutcome::ResultAwaited, UascScreenOutcome::NoFurtherAction,
                     UascScreenOutcome::Referred, UascScreenOutcome::Declined},
                    &UascStore::outcomeCode);
}

Result<std::optional<UascProfile>> UascStore::profile(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(profileColumns) +
                          QStringLiteral("WHERE child_id = ? AND closed_at IS NULL"),
                      {childId}, tr("could not read the UASC health summary"));
    if (!q)
        return q.failure();
    if (!q.value().next())
        return std::optional<UascProfile>();
    return std::optional<UascProfile>(profileFrom(q.value()));
}

Result<qint64> UascStore::insertProfile(const UascProfile& p) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO uasc_profiles (child_id, arrival_date, interpreter_language, "
                       "immunisation_history, catch_up_plan, gp_practice, dentist, optician, "
                       "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"),
        {p.childId, date(p.arrivalDate), text(p.interpreterLanguage), text(historyCode(p.history)),
         text(p.catchUpPlan), text(p.gpPractice), text(p.dentist), text(p.optician), at, at},
        tr("could not save the UASC health summary"));
}

Status UascStore::updateProfile(const UascProfile& p) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE uasc_profiles SET arrival_date = ?, interpreter_language = ?, "
                       "immunisation_history = ?, catch_up_plan = ?, gp_practice = ?, "
                       "dentist = ?, optician = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ? AND version = ? AND closed_at IS NULL"),
        {date(p.arrivalDate), text(p.interpreterLanguage), text(historyCode(p.history)),
         text(p.catchUpPlan), text(p.gpPractice), text(p.dentist), text(p.optician), now(), p.id,
         p.version},
        tr("could not save the UASC health summary"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("UASC health summary"));
}

Result<QList<UascScreening>> UascStore::screenings(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(screeningColumns) +
                          QStringLiteral("WHERE child_id = ? AND closed_at IS NULL "
                                         "ORDER BY screen_date, id"),
                      {childId}, tr("could not read the UASC screenings"));
    if (!q)
        return q.failure();
    QList<UascScreening> all;
    while (q.value().next())
        all << screeningFrom(q.value());
    return all;
}

Result<QList<UascScreening>> UascStore::allScreenings() const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(screeningColumns) +
                          QStringLiteral("WHERE closed_at IS NULL ORDER BY child_id, screen_date"),
                      {}, tr("could not read the UASC screenings"));
    if (!q)
        return q.failure();
    QList<UascScreening> all;
    while (q.value().next())
        all << screeningFrom(q.value());
    return all;
}

Result<UascScreening> UascStore::findScreening(qint64 id) const
{
    return findById(m_db, QString::fromLatin1(screeningColumns) + QStringLiteral("WHERE id = ?"),
                    id, tr("could not read the UASC screening"),
                    tr("there is no such UASC screening"), screeningFrom);
}

Result<qint64> UascStore::insertScreening(const UascScreening& s) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO uasc_screenings (child_id, screen, other_name, screen_date, "
                       "outcome, referral, notes, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {s.childId, text(screenCode(s.screen)), text(s.otherName), date(s.date),
         text(outcomeCode(s.outcome)), text(s.referral), text(s.notes), at, at},
        tr("could not save the UASC screening"));
}

Status UascStore::updateScreening(const UascScreening& s) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE uasc_screenings SET screen = ?, other_name = ?, "
                                     "screen_date = ?, outcome = ?, referral = ?, notes = ?, "
                                     "updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ? AND closed_at IS NULL"),
                      {text(screenCode(s.screen)), text(s.otherName), date(s.date),
                       text(outcomeCode(s.outcome)), text(s.referral), text(s.notes), now(), s.id,
                       s.version},
                      tr("could not save the UASC screening"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("UASC screening"));
}

Result<QList<UascStatus>> UascStore::uascInCare(qint64 onlyChild) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("SELECT c.id, c.case_id, c.given_name, c.family_name, "
                       "(SELECT max(p.start_date) FROM care_periods p WHERE p.child_id = c.id AND "
                       "p.end_date IS NULL AND p.closed_at IS NULL), "
                       "(SELECT u.arrival_date FROM uasc_profiles u WHERE u.child_id = c.id AND "
                       "u.closed_at IS NULL) "
                       "FROM children c WHERE c.uasc = 1 AND c.in_care = 1 AND "
                       "c.closed_at IS NULL") +
            (onlyChild ? QStringLiteral(" AND c.id = ?") : QStringLiteral(" ORDER BY c.id")),
        onlyChild ? QVariantList{onlyChild} : QVariantList{},
        tr("could not read the UASC children"));
    if (!q)
        return q.failure();
    QList<UascStatus> all;
    QHash<qint64, qsizetype> at;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        UascStatus s;
        s.childId = r.value(0).toLongLong();
        s.caseId = r.value(1).toString();
        s.childName = (r.value(2).toString() + QLatin1Char(' ') + r.value(3).toString()).trimmed();
        s.careStarted = toDate(r.value(4));
        s.arrivalDate = toDate(r.value(5));
        at.insert(s.childId, all.size());
        all << s;
    }
    // The screens on record of the same children, in one pass.
    auto screens =
        runQuery(m_db,
                 QStringLiteral("SELECT DISTINCT s.child_id, s.screen FROM uasc_screenings s JOIN "
                                "children c ON c.id = s.child_id WHERE s.closed_at IS NULL AND "
                                "c.uasc = 1 AND c.in_care = 1 AND c.closed_at IS NULL") +
                     (onlyChild ? QStringLiteral(" AND c.id = ?") : QString()),
                 onlyChild ? QVariantList{onlyChild} : QVariantList{},
                 tr("could not read the UASC screenings"));
    if (!screens)
        return screens.failure();
    while (screens.value().next()) {
        const auto i = at.find(screens.value().value(0).toLongLong());
        if (i == at.end())
            continue;
        if (auto s = screenFromCode(screens.value().value(1).toString()))
            all[*i].screened << *s;
    }
    return all;
}

Result<QHash<QString, UascStatus>> UascStore::childrenByCaseId() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT id, case_id, given_name, family_name FROM children "
                                     "WHERE closed_at IS NULL"),
                      {}, tr("could not read the children"));
    if (!q)
        return q.failure();
    QHash<QString, UascStatus> byCase;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        UascStatus s;
        s.childId = r.value(0).toLongLong();
        s.caseId = r.value(1).toString();
        s.childName = (r.value(2).toString() + QLatin1Char(' ') + r.value(3).toString()).trimmed();
        byCase.insert(s.caseId, s);
    }
    return byCase;
}

Result<QList<UascCarePeriod>> UascStore::uascCarePeriods() const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT p.child_id, p.start_date, p.end_date FROM "
                                     "care_periods p JOIN children c ON c.id = p.child_id "
                                     "WHERE c.uasc = 1 AND p.closed_at IS NULL AND "
                                     "c.closed_at IS NULL ORDER BY p.child_id, p.start_date"),
                      {}, tr("could not read the periods of care"));
    if (!q)
        return q.failure();
    QList<UascCarePeriod> all;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        const qint64 child = r.value(0).toLongLong();
        if (!all.isEmpty() && all.constLast().childId == child)
            continue; // the first period only: that is when the child arrived
        all << UascCarePeriod{child, toDate(r.value(1)), toDate(r.value(2))};
    }
    return all;
}

} // namespace lac
