// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/AssessmentScheduleStore.h"

#include "data/CopiedUpdate.h"
#include "data/CopyIn.h"
#include "data/RepeatedStatement.h"
#include "data/SqlConnection.h"
#include "data/SqlValues.h"

namespace lac {
namespace {

using sqlvalue::toDate;

QString placeholders(qsizetype n)
{
    QString s;
    s.reserve(n * 2);
    for (qsizetype i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
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
    QString placementType; ///< at the due date; a child row's: the current one
    // child rows (keyed by -childId)
    int inCare = 0;
    QString nextDueKind;
    QDate nextDue;
};

/// What load() reads for a batch of \a count children, prepared once per batch size.
struct AssessmentScheduleStore::Reads
{
    Reads(const Database& db, qsizetype count)
    {
        const QString in = placeholders(count);
        children = std::make_unique<RepeatedStatement>(
            db,
            QStringLiteral("SELECT id, date_of_birth, in_care, current_placement_type, "
                           "current_location, next_due_kind, next_due_date FROM children "
                           "WHERE id IN (%1)%2")
                .arg(in, SqlDialect(db).lockRowsInOrder()),
            AssessmentScheduleStore::tr("could not read children"));
        periods = std::make_unique<RepeatedStatement>(
            db,
            QStringLiteral("SELECT child_id, id, start_date, end_date, started_in_window, "
                           "entry_placement_type, entry_location FROM care_periods WHERE child_id "
                           "IN (%1) AND closed_at IS NULL "
                           "ORDER BY child_id, start_date")
                .arg(in),
            AssessmentScheduleStore::tr("could not read periods of care"));
        episodes = std::make_unique<RepeatedStatement>(
            db,
            QStringLiteral("SELECT care_period_id, start_date, end_date, placement_type, "
                           "legal_status, location FROM episodes WHERE child_id IN (%1) "
                           "AND closed_at IS NULL ORDER BY child_id, start_date")
                .arg(in),
            AssessmentScheduleStore::tr("could not read placements"));
        assessments = std::make_unique<RepeatedStatement>(
            db,
            QStringLiteral("SELECT child_id, id, kind, care_period_id, clock_start, due_date, "
                           "completed_date, exemption, closed_at, request_due_date, status, "
                           "location_at_due, placement_type_at_due FROM assessments "
                           "WHERE child_id IN (%1) "
                           "ORDER BY child_id, id")
                .arg(in),
            AssessmentScheduleStore::tr("could not read assessments"));
    }
    std::unique_ptr<RepeatedStatement> children;
    std::unique_ptr<RepeatedStatement> periods;
    std::unique_ptr<RepeatedStatement> episodes;
    std::unique_ptr<RepeatedStatement> assessments;
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
        UpdateEntry,
        Count
    };
    std::unique_ptr<RepeatedStatement> prepared[Count];
    /// On a server, the expected assessments added, streamed with COPY (one per period of care
    /// on a first import: a round trip each would dominate it). Sent by flush().
    std::unique_ptr<CopyIn> addExpected;
    /// On a server, the children's and periods' derived columns, applied by one UPDATE each
    /// in flush(): a first import changes every one of them, a round trip each.
    std::unique_ptr<CopiedUpdate> childColumns;
    std::unique_ptr<CopiedUpdate> periodEntries;
    /// Each loaded period's entry placement (type, location) as stored.
    QHash<qint64, std::pair<QString, QString>> storedEntries;
    /// One time stamp for every row this store writes (it lives for one recomputation).
    QString now = sqlvalue::now();
    /// The four reads for a batch of one size (the last batch of a run is smaller).
    QHash<qsizetype, std::shared_ptr<Reads>> readsBySize;

    Reads& reads(const Database& db, qsizetype count)
    {
        auto it = readsBySize.constFind(count);
        if (it == readsBySize.cend()) {
            if (readsBySize.size() >= 4) // keep a few sizes, not one per odd-sized call
                readsBySize.clear();
            it = readsBySize.insert(count, std::make_shared<Reads>(db, count));
        }
        return **it;
    }

    RepeatedStatement& statement(const Database& db, Which which, const QString& sql,
                                 const QString& what)
    {
        std::unique_ptr<RepeatedStatement>& q = prepared[which];
        if (!q)
            q = std::make_unique<RepeatedStatement>(db, sql, what);
        return *q;
    }
    Status run(const Database& db, Which which, const QString& sql, const QVariantList& values,
               const QString& what)
    {
        return statement(db, which, sql, what).exec(values);
    }
};

AssessmentScheduleStore::AssessmentScheduleStore(const Database& db)
    : m_db(db)
    , m_stored(std::make_unique<QHash<qint64, Stored>>())
    , m_statements(std::make_unique<Statements>())
{
    if (CopyIn::available(db))
        m_statements->addExpected = std::make_unique<CopyIn>(
            db, QStringLiteral("assessments"),
            QStringLiteral("child_id, care_period_id, kind, clock_start, due_date, "
                           "request_due_date, status, exemption, location_at_due, "
                           "placement_type_at_due, created_at, updated_at")
                .split(QStringLiteral(", ")),
            tr("could not add an expected assessment"));
    if (m_statements->addExpected) {
        m_statements->childColumns = std::make_unique<CopiedUpdate>(
            db, QStringLiteral("schedule_children"),
            QStringList{QStringLiteral("id BIGINT NOT NULL"),
                        QStringLiteral("in_care INTEGER NOT NULL"),
                        QStringLiteral("current_placement_type TEXT"),
                        QStringLiteral("current_location TEXT NOT NULL"),
                        QStringLiteral("next_due_kind TEXT"), QStringLiteral("next_due_date TEXT")},
            QStringLiteral("UPDATE children c SET in_care = s.in_care, current_placement_type "
                           "= s.current_placement_type, current_location = s.current_location, "
                           "next_due_kind = s.next_due_kind, next_due_date = s.next_due_date "
                           "FROM schedule_children s WHERE c.id = s.id"),
            tr("could not update the child's next due date"));
        m_statements->periodEntries = std::make_unique<CopiedUpdate>(
            db, QStringLiteral("schedule_periods"),
            QStringList{QStringLiteral("id BIGINT NOT NULL"),
                        QStringLiteral("entry_placement_type TEXT"),
                        QStringLiteral("entry_location TEXT NOT NULL")},
            QStringLiteral("UPDATE care_periods p SET entry_placement_type = "
                           "s.entry_placement_type, entry_location = s.entry_location "
                           "FROM schedule_periods s WHERE p.id = s.id"),
            tr("could not update where a period of care began"));
    }
}

Status AssessmentScheduleStore::flush() const
{
    Statements& st = *m_statements;
    if (!st.addExpected)
        return {};
    if (auto s = st.addExpected->flush(); !s)
        return s;
    if (auto s = st.childColumns->apply(); !s)
        return s;
    return st.periodEntries->apply();
}

Status AssessmentScheduleStore::queueChildColumns(qint64 childId, const ChildSchedule& schedule,
                                                  const QString& kind,
                                                  const QString& location) const
{
    auto copy = m_statements->childColumns->row();
    if (!copy)
        return copy.failure();
    CopyIn& row = *copy.value();
    row.integer(childId);
    row.integer(schedule.inCare ? 1 : 0);
    row.textOrNull(schedule.currentPlacementType);
    row.text(location);
    row.textOrNull(kind);
    row.date(schedule.nextDue);
    return row.endRow();
}

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
    m_stored->clear(); // only the batch being planned is compared against
    m_statements->storedEntries.clear();
    QHash<qint64, ChildFacts> facts;
    if (childIds.isEmpty())
        return facts;
    Reads& reads = m_statements->reads(m_db, childIds.size());
    const auto bindIds = [&childIds](RepeatedStatement& q) -> RepeatedStatement& {
        for (int i = 0; i < childIds.size(); ++i)
            q.bind(i, childIds.at(i));
        return q;
    };

    if (auto s = bindIds(*reads.children).forEach([&](const RepeatedStatement& q) {
            const qint64 id = q.integer(0);
            facts[id].dateOfBirth = toDate(q.text(1));
            Stored st;
            st.inCare = int(q.integer(2));
            st.placementType = q.text(3);
            st.location = q.text(4);
            st.nextDueKind = q.text(5);
            st.nextDue = toDate(q.text(6));
            m_stored->insert(-id, st);
        });
        !s)
        return s.failure();

    QHash<qint64, QPair<qint64, int>> periodIndex; // period id -> (child, index)
    if (auto s = bindIds(*reads.periods).forEach([&](const RepeatedStatement& q) {
            const qint64 child = q.integer(0);
            CarePeriodFacts p;
            p.id = q.integer(1);
            p.start = toDate(q.text(2));
            p.end = toDate(q.text(3));
            p.startedInWindow = q.integer(4) != 0;
            m_statements->storedEntries.insert(p.id, {q.text(5), q.text(6)});
            periodIndex.insert(p.id, {child, int(facts[child].periods.size())});
            facts[child].periods << p;
        });
        !s)
        return s.failure();

    if (auto s = bindIds(*reads.episodes).forEach([&](const RepeatedStatement& q) {
            const auto where = periodIndex.value(q.integer(0), {0, -1});
            if (where.second < 0)
                return;
            facts[where.first].periods[where.second].placements
                << PlacementSpan{toDate(q.text(1)), toDate(q.text(2)), q.text(3), q.text(4),
                                 locationFromCode(q.text(5))};
        });
        !s)
        return s.failure();

    if (auto s = bindIds(*reads.assessments).forEach([&](const RepeatedStatement& q) {
            RecordedAssessment r;
            r.id = q.integer(1);
            r.kind = assessmentKindFromCode(q.text(2)).value_or(AssessmentKind::Review);
            r.carePeriodId = q.integer(3);
            r.clockStart = toDate(q.text(4));
            r.due = toDate(q.text(5));
            r.completed = toDate(q.text(6));
            r.exemption = q.text(7);
            r.closed = !q.isNull(8);
            facts[q.integer(0)].assessments << r;
            m_stored->insert(r.id, Stored{r.clockStart,
                                          r.due,
                                          toDate(q.text(9)),
                                          r.exemption,
                                          q.text(10),
                                          q.text(11),
                                          q.text(12),
                                          0,
                                          {},
                                          {}});
        });
        !s)
        return s.failure();
    return facts;
}

Status AssessmentScheduleStore::apply(qint64 childId, const ChildSchedule& schedule) const
{
    const QString& now = m_statements->now;
    for (const auto& a : schedule.assessments) {
        const QString location = locationCode(a.locationAtDue);
        const bool required = a.exemption.isEmpty();
        if (a.id == 0 && m_statements->addExpected) {
            CopyIn& row = *m_statements->addExpected;
            row.integer(childId);
            if (a.carePeriodId)
                row.integer(a.carePeriodId);
            else
                row.null();
            row.text(assessmentKindCode(a.kind));
            row.date(a.clockStart);
            row.date(a.due);
            row.date(a.requestDue);
            row.text(required ? QStringLiteral("open") : QStringLiteral("not_required"));
            row.text(a.exemption);
            row.text(location);
            row.textOrNull(a.placementTypeAtDue);
            row.text(now);
            row.text(now);
            if (auto s = row.endRow(); !s)
                return s;
            continue;
        }
        if (a.id == 0) {
            // Bound one by one: a first import adds one of these per period of care.
            RepeatedStatement& q = m_statements->statement(
                m_db, Statements::AddExpected,
                QStringLiteral(
                    "INSERT INTO assessments (child_id, care_period_id, kind, clock_start, "
                    "due_date, request_due_date, status, exemption, location_at_due, "
                    "placement_type_at_due, created_at, updated_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                tr("could not add an expected assessment"));
            q.bind(0, childId);
            if (a.carePeriodId)
                q.bind(1, a.carePeriodId);
            else
                q.bindNull(1);
            q.bindText(2, assessmentKindCode(a.kind));
            q.bind(3, a.clockStart);
            q.bind(4, a.due);
            q.bind(5, a.requestDue);
            q.bindText(6, required ? QStringLiteral("open") : QStringLiteral("not_required"));
            q.bindText(7, a.exemption);
            q.bindText(8, location);
            if (a.placementTypeAtDue.isEmpty())
                q.bindNull(9);
            else
                q.bindText(9, a.placementTypeAtDue);
            q.bindText(10, now);
            q.bindText(11, now);
            if (auto s = q.exec(); !s)
                return s;
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
            st.exemption == a.exemption && st.status == status && st.location == location &&
            st.placementType == a.placementTypeAtDue)
            continue;
        auto q = m_statements->run(
            m_db, Statements::UpdateDue,
            QStringLiteral(
                "UPDATE assessments SET clock_start = ?, due_date = ?, request_due_date = ?, "
                "exemption = ?, status = ?, location_at_due = ?, placement_type_at_due = ?, "
                "updated_at = ? WHERE id = ?"),
            {sqlvalue::date(a.clockStart), sqlvalue::date(a.due), sqlvalue::date(a.requestDue),
             textValue(a.exemption), status, location, sqlvalue::textOrNull(a.placementTypeAtDue),
             now, a.id},
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

    if (auto s = applyEntries(schedule); !s)
        return s;

    const Stored st = m_stored->value(-childId);
    const QString kind =
        schedule.nextDueKind ? assessmentKindCode(*schedule.nextDueKind) : QString();
    const QString location = locationCode(schedule.currentLocation);
    if (st.inCare != int(schedule.inCare) || st.placementType != schedule.currentPlacementType ||
        st.location != location || st.nextDueKind != kind || st.nextDue != schedule.nextDue) {
        if (m_statements->addExpected)
            return queueChildColumns(childId, schedule, kind, location);
        RepeatedStatement& q = m_statements->statement(
            m_db, Statements::UpdateChild,
            QStringLiteral(
                "UPDATE children SET in_care = ?, current_placement_type = ?, "
                "current_location = ?, next_due_kind = ?, next_due_date = ? WHERE id = ?"),
            tr("could not update the child's next due date"));
        q.bind(0, schedule.inCare);
        if (schedule.currentPlacementType.isEmpty())
            q.bindNull(1);
        else
            q.bindText(1, schedule.currentPlacementType);
        q.bindText(2, location);
        if (kind.isEmpty())
            q.bindNull(3);
        else
            q.bindText(3, kind);
        q.bind(4, schedule.nextDue);
        q.bind(5, childId);
        if (auto s = q.exec(); !s)
            return s;
    }
    return {};
}

Status AssessmentScheduleStore::applyEntries(const ChildSchedule& schedule) const
{
    for (const auto& e : schedule.entries) {
        const QString location = locationCode(e.location);
        if (m_statements->storedEntries.value(e.carePeriodId) ==
            std::pair<QString, QString>{e.placementType, location})
            continue;
        if (m_statements->periodEntries) {
            auto copy = m_statements->periodEntries->row();
            if (!copy)
                return copy.failure();
            copy.value()->integer(e.carePeriodId);
            copy.value()->textOrNull(e.placementType);
            copy.value()->text(location);
            if (auto s = copy.value()->endRow(); !s)
                return s;
            continue;
        }
        auto q = m_statements->run(
            m_db, Statements::UpdateEntry,
            QStringLiteral("UPDATE care_periods SET entry_placement_type = ?, entry_location = ? "
                           "WHERE id = ?"),
            {sqlvalue::textOrNull(e.placementType), location, e.carePeriodId},
            tr("could not update where a period of care began"));
        if (!q)
            return q;
    }
    return {};
}

} // namespace lac
