// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/data/PassportStore.h"

#include "data/SqlConnection.h"
#include "data/SqlValues.h"

#include <QSqlQuery>

namespace lac {
namespace {

using namespace sqlvalue;

const char* passportColumns =
    "SELECT id, child_id, name_used, own_words, records_from, records_requested_on, "
    "records_requested_by, records_received_on, records_received_by, drafted_on, drafted_by, "
    "reissue_requested_on, reissue_requested_by, reissue_reason, consent_gp, consent_adviser, "
    "consent_on, version FROM passports ";

const char* versionColumns =
    "SELECT id, passport_id, number, signed_off_on, signed_off_by, content, offered_on, "
    "offered_by, answer, answered_on, answered_by, format, delivered_on, delivered_by, version "
    "FROM passport_versions ";

const char* itemColumns = "SELECT id, passport_id, section, label, body, shared, position, "
                          "version FROM passport_items ";

Passport passportFrom(const QSqlQuery& r, int at = 0)
{
    Passport p;
    p.id = r.value(at).toLongLong();
    p.childId = r.value(at + 1).toLongLong();
    p.nameUsed = r.value(at + 2).toString();
    p.ownWords = r.value(at + 3).toString();
    p.recordsFrom = r.value(at + 4).toString();
    p.recordsRequested = toDate(r.value(at + 5));
    p.recordsRequestedBy = r.value(at + 6).toString();
    p.recordsReceived = toDate(r.value(at + 7));
    p.recordsReceivedBy = r.value(at + 8).toString();
    p.drafted = toDate(r.value(at + 9));
    p.draftedBy = r.value(at + 10).toString();
    p.reissueRequested = toDate(r.value(at + 11));
    p.reissueRequestedBy = r.value(at + 12).toString();
    p.reissueReason = r.value(at + 13).toString();
    p.consentGp = r.value(at + 14).toInt() == 1;
    p.consentAdviser = r.value(at + 15).toInt() == 1;
    p.consentRecorded = toDate(r.value(at + 16));
    p.version = r.value(at + 17).toInt();
    return p;
}

PassportAnswer answerFromCode(const QString& code)
{
    if (code == QLatin1String("accepted"))
        return PassportAnswer::Accepted;
    return code == QLatin1String("declined") ? PassportAnswer::Declined : PassportAnswer::None;
}

QString answerCode(PassportAnswer a)
{
    switch (a) {
    case PassportAnswer::Accepted:
        return QStringLiteral("accepted");
    case PassportAnswer::Declined:
        return QStringLiteral("declined");
    case PassportAnswer::None:
        break;
    }
    return QStringLiteral("");
}

QString formatCode(PassportFormat f)
{
    switch (f) {
    case PassportFormat::Printed:
        return QStringLiteral("print");
    case PassportFormat::Pdf:
        return QStringLiteral("pdf");
    case PassportFormat::PrintedAndPdf:
        return QStringLiteral("print_and_pdf");
    case PassportFormat::NotChosen:
        break;
    }
    return QStringLiteral("");
}

PassportFormat formatFromCode(const QString& code)
{
    for (PassportFormat f :
         {PassportFormat::Printed, PassportFormat::Pdf, PassportFormat::PrintedAndPdf}) {
        if (formatCode(f) == code)
            return f;
    }
    return PassportFormat::NotChosen;
}

PassportVersion versionFrom(const QSqlQuery& r)
{
    PassportVersion v;
    v.id = r.value(0).toLongLong();
    v.passportId = r.value(1).toLongLong();
    v.number = r.value(2).toInt();
    v.signedOff = toDate(r.value(3));
    v.signedOffBy = r.value(4).toString();
    v.content = r.value(5).toString();
    v.offered = toDate(r.value(6));
    v.offeredBy = r.value(7).toString();
    v.answer = answerFromCode(r.value(8).toString());
    v.answered = toDate(r.value(9));
    v.answeredBy = r.value(10).toString();
    v.format = formatFromCode(r.value(11).toString());
    v.delivered = toDate(r.value(12));
    v.deliveredBy = r.value(13).toString();
    v.version = r.value(14).toInt();
    return v;
}

PassportItem itemFrom(const QSqlQuery& r)
{
    PassportItem i;
    i.id = r.value(0).toLongLong();
    i.passportId = r.value(1).toLongLong();
    i.section = PassportStore::sectionFromCode(r.value(2).toString());
    i.label = r.value(3).toString();
    i.text = r.value(4).toString();
    i.shared = r.value(5).toInt() == 1;
    i.position = r.value(6).toInt();
    i.version = r.value(7).toInt();
    return i;
}

} // namespace

PassportStore::PassportStore(const Database& db)
    : m_db(db)
{}

QString PassportStore::sectionCode(PassportSection section)
{
    switch (section) {
    case PassportSection::BirthHistory:
        return QStringLiteral("birth");
    case PassportSection::FamilyHistory:
        return QStringLiteral("family");
    case PassportSection::Development:
        return QStringLiteral("development");
    case PassportSection::Conditions:
        return QStringLiteral("conditions");
    case PassportSection::Operations:
        return QStringLiteral("operations");
    case PassportSection::MentalHealth:
        return QStringLiteral("mental_health");
    case PassportSection::Allergies:
        return QStringLiteral("allergies");
    case PassportSection::Medicines:
        return QStringLiteral("medicines");
    case PassportSection::Contacts:
        break;
    }
    return QStringLiteral("contacts");
}

PassportSection PassportStore::sectionFromCode(const QString& code)
{
    for (PassportSection s : allPassportSections()) {
        if (sectionCode(s) == code)
            return s;
    }
    return PassportSection::Contacts;
}

Result<std::optional<PassportFile>> PassportStore::file(qint64 childId) const
{
    auto q = runQuery(m_db,
                      QString::fromLatin1(passportColumns) +
                          QStringLiteral("WHERE child_id = ? AND closed_at IS NULL"),
                      {childId}, tr("could not read the passport"));
    if (!q)
        return q.failure();
    if (!q.value().next())
        return std::optional<PassportFile>();
    PassportFile f;
    f.passport = passportFrom(q.value());
    auto items = runQuery(m_db,
                          QString::fromLatin1(itemColumns) +
                              QStringLiteral("WHERE passport_id = ? AND closed_at IS NULL "
                                             "ORDER BY position, id"),
                          {f.passport.id}, tr("could not read the passport's items"));
    if (!items)
        return items.failure();
    while (items.value().next())
        f.items << itemFrom(items.value());
    auto versions = runQuery(m_db,
                             QString::fromLatin1(versionColumns) +
                                 QStringLiteral("WHERE passport_id = ? ORDER BY number"),
                             {f.passport.id}, tr("could not read the passport's versions"));
    if (!versions)
        return versions.failure();
    while (versions.value().next())
        f.versions << versionFrom(versions.value());
    return std::optional<PassportFile>(f);
}

Result<qint64> PassportStore::insertPassport(qint64 childId) const
{
    const QString at = now();
    return insertReturningId(m_db,
                             QStringLiteral("INSERT INTO passports (child_id, created_at, "
                                            "updated_at) VALUES (?, ?, ?) RETURNING id"),
                             {childId, at, at}, tr("could not start the passport"));
}

Status PassportStore::updatePassport(const Passport& p) const
{
    auto q = runQuery(
        m_db,
        QStringLiteral("UPDATE passports SET name_used = ?, own_words = ?, records_from = ?, "
                       "records_requested_on = ?, records_requested_by = ?, "
                       "records_received_on = ?, records_received_by = ?, drafted_on = ?, "
                       "drafted_by = ?, reissue_requested_on = ?, reissue_requested_by = ?, "
                       "reissue_reason = ?, consent_gp = ?, consent_adviser = ?, consent_on = ?, "
                       "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {text(p.nameUsed), text(p.ownWords), text(p.recordsFrom), date(p.recordsRequested),
         text(p.recordsRequestedBy), date(p.recordsReceived), text(p.recordsReceivedBy),
         date(p.drafted), text(p.draftedBy), date(p.reissueRequested), text(p.reissueRequestedBy),
         text(p.reissueReason), p.consentGp ? 1 : 0, p.consentAdviser ? 1 : 0,
         date(p.consentRecorded), now(), p.id, p.version},
        tr("could not save the passport"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("passport"));
}

Result<qint64> PassportStore::insertItem(const PassportItem& i) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO passport_items (passport_id, section, label, body, shared, "
                       "position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                       "(SELECT coalesce(max(position), 0) + 1 FROM passport_items WHERE "
                       "passport_id = ?), ?, ?) RETURNING id"),
        {i.passportId, sectionCode(i.section), text(i.label), text(i.text), i.shared ? 1 : 0,
         i.passportId, at, at},
        tr("could not save the passport item"));
}

Status PassportStore::updateItem(const PassportItem& i) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE passport_items SET section = ?, label = ?, body = ?, "
                                     "shared = ?, updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ? AND closed_at IS NULL"),
                      {sectionCode(i.section), text(i.label), text(i.text), i.shared ? 1 : 0, now(),
                       i.id, i.version},
                      tr("could not save the passport item"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("passport item"));
}

Status PassportStore::closeItem(const PassportItem& i, const QString& reason) const
{
    const QString at = now();
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE passport_items SET closed_at = ?, closed_reason = ?, "
                                     "updated_at = ?, version = version + 1 "
                                     "WHERE id = ? AND version = ? AND closed_at IS NULL"),
                      {at, text(reason), at, i.id, i.version}, tr("could not take the item out"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("passport item"));
}

Result<PassportItem> PassportStore::item(qint64 id) const
{
    return findById(m_db, QString::fromLatin1(itemColumns) + QStringLiteral("WHERE id = ?"), id,
                    tr("could not read the passport item"), tr("there is no such item"), itemFrom);
}

Result<qint64> PassportStore::insertVersion(const PassportVersion& v) const
{
    const QString at = now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO passport_versions (passport_id, number, signed_off_on, "
                       "signed_off_by, content, created_at, updated_at) VALUES "
                       "(?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        {v.passportId, v.number, date(v.signedOff), text(v.signedOffBy), text(v.content), at, at},
        tr("could not save the signed-off passport"));
}

Status PassportStore::updateVersionSteps(const PassportVersion& v) const
{
    auto q = runQuery(m_db,
                      QStringLiteral("UPDATE passport_versions SET offered_on = ?, offered_by = ?, "
                                     "answer = ?, answered_on = ?, answered_by = ?, format = ?, "
                                     "delivered_on = ?, delivered_by = ?, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND version = ?"),
                      {date(v.offered), text(v.offeredBy), answerCode(v.answer), date(v.answered),
                       text(v.answeredBy), formatCode(v.format), date(v.delivered),
                       text(v.deliveredBy), now(), v.id, v.version},
                      tr("could not save the passport's step"));
    if (!q)
        return q.failure();
    return requireOneRow(q.value(), tr("passport"));
}

} // namespace lac
