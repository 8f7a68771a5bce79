// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/AssessmentImport.h"

#include "domain/AssessmentKind.h"
#include "import/ImportContext.h"
#include "import/ImportDate.h"

#include <QHash>

#include <algorithm>

namespace lac {
namespace {

constexpr int pageSize = 1000;
using Table = ImportStaging::Table;
using Kind = ImportChange::Kind;
enum Value
{
    VKind,
    VCompleted,
    VRequested,
    VAppointment,
    VOutcome,
    VDelay,
    VNotes
};

QDate isoDate(const QString& s)
{
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

AssessmentValues valuesOf(const StagedRow& r)
{
    return AssessmentValues{r.values.at(VKind), isoDate(r.values.at(VCompleted)),
                            isoDate(r.values.at(VRequested)), r.values.at(VDelay),
                            r.values.at(VNotes)};
}

} // namespace

AssessmentImport::AssessmentImport(ImportContext& context)
    : m_context(context)
    , m_file(context.request().path)
{}

QString AssessmentImport::outcomeCode(const QString& text)
{
    static const QStringList codes{QStringLiteral("booked"),
                                   QStringLiteral("attended"),
                                   QStringLiteral("was_not_brought"),
                                   QStringLiteral("cancelled_by_carer"),
                                   QStringLiteral("cancelled_by_health"),
                                   QStringLiteral("cancelled_by_child"),
                                   QStringLiteral("declined")};
    QString key = text.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    key.replace(QLatin1Char('-'), QLatin1Char('_'));
    return codes.contains(key) ? key : QString();
}

Status AssessmentImport::run()
{
    auto reasons = m_context.repository().referenceCodes(QStringLiteral("late_reasons"));
    if (!reasons)
        return reasons.failure();
    m_lateReasons = reasons.value();
    if (auto s = stage(); !s)
        return s;
    if (m_context.report().fatal)
        return {};
    if (auto s = m_context.staging().index(); !s)
        return s;
    QString after;
    for (;;) {
        if (auto s = m_context.checkCancelled(); !s)
            return s;
        auto last = m_context.staging().pageEnd(Table::Assessments, after, pageSize);
        if (!last)
            return last.failure();
        if (last.value().isEmpty())
            return {};
        if (auto s = importPage(after, last.value()); !s)
            return s;
        after = last.value();
    }
}

Status AssessmentImport::stage()
{
    const QDate today = QDate::currentDate();
    return m_context.readFile(
        m_file,
        {QStringLiteral("child_id"), QStringLiteral("type"), QStringLiteral("completed_date")},
        [&](const CsvColumns& c, const QStringList& f, qint64 line, qint64 offset) -> Status {
            auto field = [&](const char* name) {
                return CsvColumns::field(f, c.indexOf(QLatin1String(name)));
            };
            StagedRow row{line, offset, field("child_id"), {}, false};
            auto bad = [&](const char* column, const QString& value, const QString& reason) {
                row.bad = true;
                return m_context.problem(m_file, line, offset, QLatin1String(column), value,
                                         reason);
            };
            auto date = [&](const char* column, bool required, QDate& out) -> Status {
                const QString text = field(column);
                out = ImportDate::parse(text);
                if (text.isEmpty() && !required)
                    return {};
                if (text.isEmpty())
                    return bad(column, text, tr("missing date"));
                if (!out.isValid())
                    return bad(column, text,
                               tr("impossible date (expected DD/MM/YYYY or YYYY-MM-DD)"));
                if (ImportDate::isInTheFuture(out, today))
                    return bad(column, text,
                               tr("date in the future (after %1)").arg(ImportDate::display(today)));
                return {};
            };
            if (row.child.isEmpty()) {
                if (auto s = bad("child_id", {}, tr("missing the child's case ID")); !s)
                    return s;
            }
            const QString kind = field("type").toUpper();
            if (!assessmentKindFromCode(kind)) {
                if (auto s = bad("type", field("type"), tr("unknown code (expected IHA or RHA)"));
                    !s)
                    return s;
            }
            QDate completed;
            QDate requested;
            QDate appointment;
            if (auto s = date("completed_date", true, completed); !s)
                return s;
            if (auto s = date("requested_date", false, requested); !s)
                return s;
            if (auto s = date("appointment_date", false, appointment); !s)
                return s;
            if (requested.isValid() && completed.isValid() && completed < requested) {
                if (auto s = bad("completed_date", field("completed_date"),
                                 tr("end before start: completed before it was requested (%1)")
                                     .arg(field("requested_date")));
                    !s)
                    return s;
            }
            const QString outcomeText = field("outcome");
            QString outcome = outcomeCode(outcomeText);
            if (!outcomeText.isEmpty() && outcome.isEmpty()) {
                if (auto s = bad("outcome", outcomeText,
                                 tr("unknown code (expected attended, was_not_brought, "
                                    "cancelled_by_carer, cancelled_by_health, cancelled_by_child, "
                                    "declined or booked)"));
                    !s)
                    return s;
            }
            if (!outcome.isEmpty() && !appointment.isValid()) {
                if (auto s = bad("outcome", outcomeText,
                                 tr("an outcome needs the appointment_date it belongs to"));
                    !s)
                    return s;
            }
            if (appointment.isValid() && outcome.isEmpty())
                outcome = QStringLiteral("attended");
            const QString delay = field("delay_reason").toLower();
            if (!delay.isEmpty() && !m_lateReasons.contains(delay)) {
                if (auto s = bad("delay_reason", field("delay_reason"),
                                 tr("unknown delay reason code (see docs/import.md)"));
                    !s)
                    return s;
            }
            row.values = {kind,
                          completed.isValid() ? completed.toString(Qt::ISODate) : QString(),
                          requested.isValid() ? requested.toString(Qt::ISODate) : QString(),
                          appointment.isValid() ? appointment.toString(Qt::ISODate) : QString(),
                          outcome,
                          delay,
                          field("notes")};
            return m_context.staging().stage(Table::Assessments, row);
        },
        0.0, 0.4);
}

Status AssessmentImport::importPage(const QString& after, const QString& last)
{
    const ImportStaging& staging = m_context.staging();
    const ImportRepository& repo = m_context.repository();
    auto children = staging.pageChildren(Table::Assessments, after, last);
    auto rows = staging.rows(Table::Assessments, after, last);
    auto periods = repo.periods(after, last);
    auto recorded = repo.assessments(after, last);
    if (!children)
        return children.failure();
    if (!rows)
        return rows.failure();
    if (!periods)
        return periods.failure();
    if (!recorded)
        return recorded.failure();
    QHash<QString, ImportStaging::PageChild> childOf;
    for (const auto& c : children.value())
        childOf.insert(c.child, c);
    ImportCounts& counts = m_context.report().counts;

    const QList<StagedRow>& all = rows.value();
    QHash<qint64, QList<StoredAssessment>> assessments = recorded.value();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const StagedRow& r = all.at(i);
        if (r.bad)
            continue;
        const ImportStaging::PageChild pc = childOf.value(r.child);
        if (pc.storedId == 0) {
            if (auto s =
                    m_context.problem(m_file, r.line, r.offset, QStringLiteral("child_id"), r.child,
                                      tr("unknown child: import the SSDA903 files first"));
                !s)
                return s;
            continue;
        }
        const AssessmentValues v = valuesOf(r);
        if (pc.storedDateOfBirth.isValid() && v.completed < pc.storedDateOfBirth) {
            if (auto s =
                    m_context.problem(m_file, r.line, r.offset, QStringLiteral("completed_date"),
                                      ImportDate::display(v.completed),
                                      tr("before the child's date of birth (%1)")
                                          .arg(ImportDate::display(pc.storedDateOfBirth)));
                !s)
                return s;
            continue;
        }
        // The same assessment twice in the file: fine when identical, else a conflict.
        const auto earlier = std::find_if(all.cbegin(), all.cbegin() + i, [&](const StagedRow& o) {
            return !o.bad && o.child == r.child && o.values.at(VKind) == r.values.at(VKind) &&
                   o.values.at(VCompleted) == r.values.at(VCompleted);
        });
        if (earlier != all.cbegin() + i) {
            if (earlier->values == r.values) {
                ++counts.assessmentsUnchanged;
                continue;
            }
            if (auto s = m_context.problem(
                    m_file, r.line, r.offset, QStringLiteral("completed_date"),
                    ImportDate::display(v.completed),
                    tr("duplicate assessment with conflicting details: line %1 has the same "
                       "child, type and date")
                        .arg(earlier->line));
                !s)
                return s;
            continue;
        }

        const qint64 childId = pc.storedId;
        QList<StoredAssessment>& mine = assessments[childId];
        // The period of care the assessment belongs to: the latest that started by then.
        qint64 periodId = 0;
        QDate periodStart;
        for (const StoredPeriod& p : periods.value().value(childId)) {
            if (!p.closed && p.values.start <= v.completed &&
                (!periodStart.isValid() || p.values.start > periodStart)) {
                periodId = p.id;
                periodStart = p.values.start;
            }
        }
        auto same = std::find_if(mine.begin(), mine.end(), [&](const StoredAssessment& a) {
            return a.values.kind == v.kind && a.values.completed == v.completed;
        });
        if (same == mine.end()) // else complete the expected one for that period
            same = std::find_if(mine.begin(), mine.end(), [&](const StoredAssessment& a) {
                return a.values.kind == v.kind && !a.values.completed.isValid() &&
                       a.carePeriodId == periodId && periodId != 0 &&
                       a.status != AssessmentStatus::Completed;
            });
        const bool write = m_context.writing();
        qint64 assessmentId = 0;
        const QString what = tr("%1 completed %2").arg(v.kind, ImportDate::display(v.completed));
        if (same != mine.end()) {
            assessmentId = same->id;
            if (same->values == v && same->status == AssessmentStatus::Completed) {
                ++counts.assessmentsUnchanged;
            } else {
                const bool wasExpected = !same->values.completed.isValid();
                if (wasExpected)
                    ++counts.assessmentsAdded;
                else
                    ++counts.assessmentsUpdated;
                m_context.change(wasExpected ? Kind::Added : Kind::Updated, tr("assessment"),
                                 r.child, what, m_file, r.line);
                if (write) {
                    if (auto s = repo.completeAssessment(*same, v); !s)
                        return s;
                    if (auto s = m_context.touch(childId); !s)
                        return s;
                }
                same->values = v;
                same->status = AssessmentStatus::Completed;
                ++same->version;
            }
        } else {
            ++counts.assessmentsAdded;
            m_context.change(Kind::Added, tr("assessment"), r.child, what, m_file, r.line);
            if (write) {
                auto id = repo.insertAssessment(childId, periodId, v);
                if (!id)
                    return id.failure();
                assessmentId = id.value();
                mine << StoredAssessment{assessmentId, 1, periodId, AssessmentStatus::Completed, v};
                if (auto s = m_context.touch(childId); !s)
                    return s;
            }
        }
        const QDate appointment = isoDate(r.values.at(VAppointment));
        if (write && assessmentId > 0 && appointment.isValid()) {
            auto has = repo.hasAppointment(assessmentId, appointment);
            if (!has)
                return has.failure();
            if (!has.value()) {
                if (auto s = repo.addAppointment(assessmentId, appointment, r.values.at(VOutcome));
                    !s)
                    return s;
            }
        }
    }
    return {};
}

} // namespace lac
