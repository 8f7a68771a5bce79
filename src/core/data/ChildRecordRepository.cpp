// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/ChildRecordRepository.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

namespace lac {
namespace {
QString what()
{
    return ChildRecordRepository::tr("child's record");
}
} // namespace

using namespace sqlvalue;

ChildRecordRepository::ChildRecordRepository(const Database& db)
    : m_db(db)
{}

Result<ChildRecord> ChildRecordRepository::find(qint64 id) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral(
            "SELECT c.id, c.case_id, c.given_name, c.family_name, c.date_of_birth, c.sex, "
            "c.ethnicity, c.upn, c.uasc, c.clinical_need, c.notes, c.in_care, "
            "c.current_placement_type, c.current_location, c.next_due_kind, c.next_due_date, "
            "c.version, (SELECT n.nhs_number FROM nhs_numbers n WHERE n.child_id = c.id AND "
            "n.valid_to IS NULL ORDER BY n.valid_from DESC, n.id DESC LIMIT 1) "
            "FROM children c WHERE c.id = ?"),
        {id}, tr("could not read the child"));
    if (!q)
        return q.failure();
    auto& r = q.value();
    if (!r.next())
        return Failure{tr("there is no child with this id"), QString::number(id)};
    ChildRecord c;
    c.id = r.value(0).toLongLong();
    c.caseId = r.value(1).toString();
    c.givenName = r.value(2).toString();
    c.familyName = r.value(3).toString();
    c.dateOfBirth = toDate(r.value(4));
    c.sex = r.value(5).toString();
    c.ethnicity = r.value(6).toString();
    c.upn = r.value(7).toString();
    c.uasc = r.value(8).toInt() != 0;
    c.clinicalNeed = r.value(9).toInt() != 0;
    c.notes = r.value(10).toString();
    c.inCare = r.value(11).toInt() != 0;
    c.currentPlacementType = r.value(12).toString();
    c.currentLocation = r.value(13).toString();
    c.nextDueKind = r.value(14).toString();
    c.nextDueDate = toDate(r.value(15));
    c.version = r.value(16).toInt();
    c.nhsNumber = r.value(17).toString();
    return c;
}

Result<bool> ChildRecordRepository::caseIdTaken(const QString& caseId, qint64 exceptId) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT 1 FROM children WHERE case_id = ? AND id <> ?"),
                      {caseId, exceptId}, tr("could not check the case ID"));
    if (!q)
        return q.failure();
    return q.value().next();
}

Result<qint64> ChildRecordRepository::insert(const ChildRecord& c) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO children (case_id, given_name, family_name, date_of_birth, "
                       "sex, ethnicity, upn, uasc, clinical_need, notes, created_at, updated_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {c.caseId, text(c.givenName), text(c.familyName), date(c.dateOfBirth), c.sex,
         text(c.ethnicity), text(c.upn), int(c.uasc), int(c.clinicalNeed), text(c.notes), at, at},
        tr("could not add the child"));
}

Status ChildRecordRepository::update(const ChildRecord& c) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE children SET case_id = ?, given_name = ?, family_name = ?, "
                       "date_of_birth = ?, sex = ?, ethnicity = ?, upn = ?, uasc = ?, "
                       "clinical_need = ?, notes = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ? AND version = ?"),
        {c.caseId, text(c.givenName), text(c.familyName), date(c.dateOfBirth), c.sex,
         text(c.ethnicity), text(c.upn), int(c.uasc), int(c.clinicalNeed), text(c.notes), now(),
         c.id, c.version},
        tr("could not save the child"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), what());
}

Status ChildRecordRepository::setClinicalNeed(qint64 id, int version, bool need) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE children SET clinical_need = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND version = ?"),
                      {int(need), now(), id, version}, tr("could not save the clinical need"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), what());
}

Status ChildRecordRepository::touch(qint64 id, int version) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE children SET updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ?"),
                      {now(), id, version}, tr("could not save the child"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), what());
}

Result<QList<NhsNumberEntry>> ChildRecordRepository::nhsNumbers(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("SELECT nhs_number, valid_from, valid_to, recorded_by FROM "
                                     "nhs_numbers WHERE child_id = ? ORDER BY valid_from DESC, "
                                     "id DESC"),
                      {childId}, tr("could not read the NHS number history"));
    if (!q)
        return q.failure();
    QList<NhsNumberEntry> list;
    for (auto& r = q.value(); r.next();)
        list << NhsNumberEntry{r.value(0).toString(), toDate(r.value(1)), toDate(r.value(2)),
                               r.value(3).toString()};
    return list;
}

Status ChildRecordRepository::replaceNhsNumber(qint64 childId, const QString& number, QDate from,
                                               const QString& recordedBy) const
{
    auto end =
        runQuery(m_db,
                 QStringLiteral(
                     "UPDATE nhs_numbers SET valid_to = ? WHERE child_id = ? AND valid_to IS NULL"),
                 {date(from), childId}, tr("could not end the previous NHS number"));
    if (!end)
        return end.failure();
    if (number.isEmpty())
        return {};
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO nhs_numbers (child_id, nhs_number, valid_from, "
                                     "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)"),
                      {childId, number, date(from), text(recordedBy), now()},
                      tr("could not record the NHS number"));
    if (!q)
        return q.failure();
    return {};
}

} // namespace lac
