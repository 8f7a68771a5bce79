// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/AssessmentScheduleStore.h"

#include "data/RepeatedStatement.h"
#include "data/SqlConnection.h"

#include <QCoreApplication>
#include <QDateTime>

namespace lac {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("AssessmentScheduleStore", s);
}

QDate dateOf(const QVariant& v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QVariant dateValue(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}

QVariantList idValues(const QList<qint64>& ids)
{
    QVariantList v;
    v.reserve(ids.size());
    for (qint64 id : ids)
        v << id;
    return v;
}

} // namespace

/// What an assessment row or a child row held when loaded.
struct AssessmentScheduleStore::Stored
{
    QDate clockStart;
    QDate due;
    QDate requestDue;
    QString exemption;
    QString status;
    QString location;
    // child rows (keyed by -childId)
    int inCare = 0;
    QString placementType;
    QString nextDueKind;
    QDate nextDue;
};

/// The write statements, prepared on first use and reused for every child of the batch:
/// parsing the SQL again per row was half the cost of recomputing a large import.
struct AssessmentScheduleStore::Statements
{
    enum Which
    {
        AddExpected,
        UpdateDue,
        CloseSuperseded,
        UpdateChild,
        Count
    };
    std::unique_ptr<RepeatedStatement> prepared[Count];

    Status run(const Database& db, Which which, const QString& sql, const QVariantList& values,
               const QString& what)
    {
        std::unique_ptr<RepeatedStatement>& q = prepared[which];
        if (!q)
            q = std::make_unique<RepeatedStatement>(db, sql, what);
        return q->exec(values);
    }
};

AssessmentScheduleStore::AssessmentScheduleStore(const Database& db)
    : m_db(db)
    , m_stored(std::make_unique<QHash<qint64, Stored>>())
    , m_statements(std::make_unique<Statements>())
{}

AssessmentScheduleStore::~AssessmentScheduleStore() = default;

Result<QList<qint64>> AssessmentScheduleStore::allChildIds() const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT id FROM children ORDER BY id"), {},
                      tr("could not list children"));
    if (!q)
        return q.failure();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return ids;
}

Result<QHash<qint64, ChildFacts>> AssessmentScheduleStore::load(const QList<qint64>& childIds) const
{
    QHash<qint64, ChildFacts> facts;
    if (childIds.isEmpty())
        return facts;
    const QString in = placeholders(childIds.size());
    const QVariantList ids = idValues(childIds);

    auto children =
        runQuery(m_db,
                 QStringLiteral("SELECT id, date_of_birth, in_care, current_placement_type, "
                                "current_location, next_due_kind, next_due_date FROM children "
                                "WHERE id IN (%1)")
                     .arg(in),
                 ids, tr("could not read children"));
    if (!children)
        return children.failure();
    for (auto& q = children.value(); q.next();) {
        const qint64 id = q.value(0).toLongLong();
        facts[id].dateOfBirth = dateOf(q.value(1));
        Stored st;
        st.inCare = q.value(2).toInt();
        st.placementType = q.value(3).toString();
        st.location = q.value(4).toString();
        st.nextDueKind = q.value(5).toString();
        st.nextDue = dateOf(q.value(6));
        m_stored->insert(-id, st);
    }

    auto periods =
        runQuery(m_db,
                 QStringLiteral("SELECT child_id, id, start_date, end_date, started_in_window "
                                "FROM care_periods WHERE child_id IN (%1) AND closed_at IS NULL "
                                "ORDER BY child_id, start_date")
                     .arg(in),
                 ids, tr("could not read periods of care"));
    if (!periods)
        return periods.failure();
    QHash<qint64, QPair<qint64, int>> periodIndex; // period id -> (child, index)
    for (auto& q = periods.value(); q.next();) {
        const qint64 child = q.value(0).toLongLong();
        CarePeriodFacts p;
        p.id = q.value(1).toLongLong();
        p.start = dateOf(q.value(2));
        p.end = dateOf(q.value(3));
        p.startedInWindow = q.value(4).toInt() != 0;
        periodIndex.insert(p.id, {child, int(facts[child].periods.size())});
        facts[child].periods << p;
    }

    auto episodes = runQuery(
        m_db,
        QStringLiteral(
            "SELECT care_period_id, start_date, end_date, placement_type, "
            "legal_status, location FROM episodes WHERE child_id IN (%1) AND closed_at IS NULL "
            "ORDER BY child_id, start_date")
            .arg(in),
        ids, tr("could not read placements"));
    if (!episodes)
        return episodes.failure();
    for (auto& q = episodes.value(); q.next();) {
        const auto where = periodIndex.value(q.value(0).toLongLong(), {0, -1});
        if (where.second < 0)
            continue;
        facts[where.first].periods[where.second].placements
            << PlacementSpan{dateOf(q.value(1)), dateOf(q.value(2)), q.value(3).toString(),
                             q.value(4).toString(), locationFromCode(q.value(5).toString())};
    }

    auto assessments =
        runQuery(m_db,
                 QStringLiteral("SELECT child_id, id, kind, care_period_id, clock_start, due_date, "
                                "completed_date, exemption, closed_at, request_due_date, status, "
                                "location_at_due FROM assessments WHERE child_id IN (%1) "
                                "ORDER BY child_id, id")
                     .arg(in),
                 ids, tr("could not read assessments"));
    if (!assessments)
        return assessments.failure();
    for (auto& q = assessments.value(); q.next();) {
        RecordedAssessment r;
        r.id = q.value(1).toLongLong();
        r.kind = assessmentKindFromCode(q.value(2).toString()).value_or(AssessmentKind::Review);
        r.carePeriodId = q.value(3).toLongLong();
        r.clockStart = dateOf(q.value(4));
        r.due = dateOf(q.value(5));
        r.completed = dateOf(q.value(6));
        r.exemption = q.value(7).toString();
        r.closed = !q.value(8).isNull();
        facts[q.value(0).toLongLong()].assessments << r;
        m_stored->insert(r.id, Stored{r.clockStart,
                                      r.due,
                                      dateOf(q.value(9)),
                                      r.exemption,
                                      q.value(10).toString(),
                                      q.value(11).toString(),
                                      0,
                                      {},
                                      {},
                                      {}});
    }
    return facts;
}

Status AssessmentScheduleStore::apply(qint64 childId, const ChildSchedule& schedule) const
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const auto& a : schedule.assessments) {
        const QString location = locationCode(a.locationAtDue);
        const bool required = a.exemption.isEmpty();
        if (a.id == 0) {
            auto q = m_statements->run(
                m_db, Statements::AddExpected,
                QStringLiteral(
                    "INSERT INTO assessments (child_id, care_period_id, kind, clock_start, "
                    "due_date, request_due_date, status, exemption, location_at_due, "
                    "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {childId,
                 a.carePeriodId ? QVariant(a.carePeriodId)
                                : QVariant(QMetaType::fromType<qint64>()),
                 assessmentKindCode(a.kind), dateValue(a.clockStart), dateValue(a.due),
                 dateValue(a.requestDue),
                 required ? QStringLiteral("open") : QStringLiteral("not_required"),
                 textValue(a.exemption), location, now, now},
                tr("could not add an expected assessment"));
            if (!q)
                return q;
            continue;
        }
        const Stored st = m_stored->value(a.id);
        QString status = st.status;
        if (!a.completed.isValid()) {
            if (!required)
                status = QStringLiteral("not_required");
            else if (status == QLatin1String("not_required"))
                status = QStringLiteral("open");
        }
        if (st.clockStart == a.clockStart && st.due == a.due && st.requestDue == a.requestDue &&
            st.exemption == a.exemption && st.status == status && st.location == location)
            continue;
        auto q = m_statements->run(
            m_db, Statements::UpdateDue,
            QStringLiteral(
                "UPDATE assessments SET clock_start = ?, due_date = ?, request_due_date = ?, "
                "exemption = ?, status = ?, location_at_due = ?, updated_at = ? WHERE id = ?"),
            {dateValue(a.clockStart), dateValue(a.due), dateValue(a.requestDue),
             textValue(a.exemption), status, location, now, a.id},
            tr("could not update a due date"));
        if (!q)
            return q;
    }
    for (qint64 id : schedule.superseded) {
        auto q = m_statements->run(
            m_db, Statements::CloseSuperseded,
            QStringLiteral("UPDATE assessments SET status = 'not_required', closed_at = ?, "
                           "closed_reason = 'superseded', updated_at = ? "
                           "WHERE id = ? AND completed_date IS NULL"),
            {now, now, id}, tr("could not close an assessment no longer expected"));
        if (!q)
            return q;
    }

    const Stored st = m_stored->value(-childId);
    const QString kind =
        schedule.nextDueKind ? assessmentKindCode(*schedule.nextDueKind) : QString();
    const QString location = locationCode(schedule.currentLocation);
    if (st.inCare != int(schedule.inCare) || st.placementType != schedule.currentPlacementType ||
        st.location != location || st.nextDueKind != kind || st.nextDue != schedule.nextDue) {
        auto q = m_statements->run(
            m_db, Statements::UpdateChild,
            QStringLiteral(
                "UPDATE children SET in_care = ?, current_placement_type = ?, "
                "current_location = ?, next_due_kind = ?, next_due_date = ? WHERE id = ?"),
            {int(schedule.inCare),
             schedule.currentPlacementType.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                     : QVariant(schedule.currentPlacementType),
             location, kind.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(kind),
             dateValue(schedule.nextDue), childId},
            tr("could not update the child's next due date"));
        if (!q)
            return q;
    }
    return {};
}

} // namespace lac
