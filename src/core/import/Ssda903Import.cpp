// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Ssda903Import.h"

#include "import/EpisodeChain.h"
#include "import/ImportContext.h"
#include "import/ImportDate.h"
#include "import/Ssda903Codes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace lac {
namespace {

QString tr(const char* s)
{
    return QCoreApplication::translate("Ssda903Import", s);
}

constexpr int childrenPageSize = 1000;
constexpr int episodePageSize = 500;

using Table = ImportStaging::Table;
using Kind = ImportChange::Kind;

// Staged value positions.
enum HeaderValue
{
    HSex,
    HDob,
    HEthnic,
    HUpn
};
enum UascValue
{
    USex,
    UDob
};
enum EpisodeValue
{
    EDecom,
    EDec,
    ERne,
    ELs,
    ECin,
    EPlace,
    EProvider,
    ERec,
    ERpc,
    EPostcode,
    ELocation,
    EUrn
};

QDate isoDate(const QString& s)
{
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

QString showDate(const QString& iso)
{
    return ImportDate::display(isoDate(iso));
}

EpisodeValues episodeValues(const StagedRow& r)
{
    const QStringList& v = r.values;
    return EpisodeValues{isoDate(v.at(EDecom)),
                         isoDate(v.at(EDec)),
                         v.at(ERne),
                         v.at(ELs),
                         v.at(ECin),
                         v.at(EPlace),
                         v.at(EProvider),
                         v.at(ELocation),
                         v.at(EPostcode),
                         v.at(ERec),
                         v.at(ERpc),
                         v.at(EUrn)};
}

/// "PLACE U4 → U6; DEC (none) → 01/02/2020" for the preview.
QString episodeDifferences(const EpisodeValues& a, const EpisodeValues& b)
{
    QStringList d;
    auto text = [&d](const char* name, const QString& x, const QString& y) {
        if (x != y)
            d << QStringLiteral("%1 %2 → %3")
                     .arg(QLatin1String(name), x.isEmpty() ? tr("(none)") : x,
                          y.isEmpty() ? tr("(none)") : y);
    };
    text("DEC", ImportDate::display(a.end), ImportDate::display(b.end));
    text("RNE", a.rne, b.rne);
    text("LS", a.legalStatus, b.legalStatus);
    text("CIN", a.cin, b.cin);
    text("PLACE", a.placementType, b.placementType);
    text("PLACE_PROVIDER", a.provider, b.provider);
    text("location", a.location, b.location);
    text("PL_POST", a.postcode, b.postcode);
    text("REC", a.reasonEnd, b.reasonEnd);
    text("REASON_PLACE_CHANGE", a.reasonPlaceChange, b.reasonPlaceChange);
    text("URN", a.urn, b.urn);
    return d.join(QStringLiteral("; "));
}

QString childDifferences(const ImportedChild& a, const ImportedChild& b)
{
    QStringList d;
    if (a.sex != b.sex)
        d << QStringLiteral("SEX %1 → %2").arg(a.sex, b.sex);
    if (a.dateOfBirth != b.dateOfBirth)
        d << QStringLiteral("DOB %1 → %2")
                 .arg(ImportDate::display(a.dateOfBirth), ImportDate::display(b.dateOfBirth));
    if (a.ethnicity != b.ethnicity)
        d << QStringLiteral("ETHNIC %1 → %2").arg(a.ethnicity, b.ethnicity);
    if (a.upn != b.upn)
        d << QStringLiteral("UPN %1 → %2").arg(a.upn, b.upn);
    if (a.uasc != b.uasc)
        d << (b.uasc ? tr("now UASC") : tr("no longer UASC"));
    return d.join(QStringLiteral("; "));
}

QString describeEpisode(const EpisodeValues& v)
{
    return tr("DECOM %1, RNE %2, LS %3, PLACE %4, %5")
        .arg(ImportDate::display(v.start), v.rne, v.legalStatus, v.placementType,
             v.location == QLatin1String("IN")    ? tr("in area")
             : v.location == QLatin1String("OUT") ? tr("out of area")
                                                  : tr("area unknown"));
}

} // namespace

Ssda903Import::Ssda903Import(ImportContext& context, const QStringList& ownPostcodeDistricts)
    : m_context(context)
    , m_locations(ownPostcodeDistricts)
{
    m_headerFile = path(QStringLiteral("header.csv"));
    m_episodesFile = path(QStringLiteral("episodes.csv"));
    m_uascFile = path(QStringLiteral("uasc.csv"));
}

QString Ssda903Import::path(const QString& name) const
{
    return QDir(m_context.request().path).filePath(name);
}

Status Ssda903Import::run()
{
    if (!QFileInfo(m_context.request().path).isDir())
        return m_context.fatal(m_context.request().path, 0, QString(), QString(),
                               tr("not a folder (an SSDA903 import reads a folder holding "
                                  "header.csv and episodes.csv)"));
    m_hasUasc = QFileInfo::exists(m_uascFile);
    if (auto s = loadCodes(); !s)
        return s;
    for (auto step :
         {&Ssda903Import::stageHeader, &Ssda903Import::stageUasc, &Ssda903Import::stageEpisodes}) {
        if (auto s = (this->*step)(); !s)
            return s;
    }
    if (m_context.report().fatal)
        return {}; // a file is unusable: report, write nothing
    if (auto s = m_context.staging().index(); !s)
        return s;
    for (auto step : {&Ssda903Import::checkUasc, &Ssda903Import::importChildren,
                      &Ssda903Import::importEpisodes}) {
        if (auto s = (this->*step)(); !s)
            return s;
    }
    return {};
}

Status Ssda903Import::loadCodes()
{
    auto places = m_context.repository().referenceCodes(QStringLiteral("placement_types"));
    if (!places)
        return places.failure();
    m_placementTypes = places.value();
    auto statuses = m_context.repository().referenceCodes(QStringLiteral("legal_statuses"));
    if (!statuses)
        return statuses.failure();
    m_legalStatuses = statuses.value();
    return {};
}

Status Ssda903Import::stageHeader()
{
    const QString file = m_headerFile;
    const QDate today = QDate::currentDate();
    return m_context.readFile(
        file, {QStringLiteral("CHILD"), QStringLiteral("SEX"), QStringLiteral("DOB")},
        [&](const CsvColumns& c, const QStringList& f, qint64 line, qint64 offset) -> Status {
            StagedRow row{
                line, offset, CsvColumns::field(f, c.indexOf(QStringLiteral("CHILD"))), {}, false};
            const QString sexText = CsvColumns::field(f, c.indexOf(QStringLiteral("SEX")));
            const QString dobText = CsvColumns::field(f, c.indexOf(QStringLiteral("DOB")));
            const QString sex = Ssda903Codes::sex(sexText);
            const QDate dob = ImportDate::parse(dobText);
            auto bad = [&](const QString& column, const QString& value, const QString& reason) {
                row.bad = true;
                return m_context.problem(file, line, offset, column, value, reason);
            };
            if (row.child.isEmpty()) {
                if (auto s = bad(QStringLiteral("CHILD"), {}, tr("missing the child's case ID"));
                    !s)
                    return s;
            }
            if (sex.isEmpty()) {
                if (auto s = bad(QStringLiteral("SEX"), sexText,
                                 tr("unknown code (expected 1, 2, M, F or U)"));
                    !s)
                    return s;
            }
            if (!dob.isValid()) {
                if (auto s = bad(QStringLiteral("DOB"), dobText,
                                 dobText.isEmpty()
                                     ? tr("missing date of birth")
                                     : tr("impossible date (expected DD/MM/YYYY or YYYY-MM-DD)"));
                    !s)
                    return s;
            } else if (dob > today) {
                if (auto s = bad(QStringLiteral("DOB"), dobText, tr("date of birth in the future"));
                    !s)
                    return s;
            }
            row.values = {sex, dob.isValid() ? dob.toString(Qt::ISODate) : QString(),
                          CsvColumns::field(f, c.indexOf(QStringLiteral("ETHNIC"))),
                          CsvColumns::field(f, c.indexOf(QStringLiteral("UPN")))};
            return m_context.staging().stage(Table::Header, row);
        },
        0.0, 0.1);
}

Status Ssda903Import::stageUasc()
{
    if (!m_hasUasc)
        return {};
    const QString file = m_uascFile;
    return m_context.readFile(
        file, {QStringLiteral("CHILD")},
        [&](const CsvColumns& c, const QStringList& f, qint64 line, qint64 offset) -> Status {
            StagedRow row{
                line, offset, CsvColumns::field(f, c.indexOf(QStringLiteral("CHILD"))), {}, false};
            const QString sexText = CsvColumns::field(f, c.indexOf(QStringLiteral("SEX")));
            const QString dobText = CsvColumns::field(f, c.indexOf(QStringLiteral("DOB")));
            const QString sex = Ssda903Codes::sex(sexText);
            const QDate dob = ImportDate::parse(dobText);
            auto bad = [&](const QString& column, const QString& value, const QString& reason) {
                row.bad = true;
                return m_context.problem(file, line, offset, column, value, reason);
            };
            if (row.child.isEmpty()) {
                if (auto s = bad(QStringLiteral("CHILD"), {}, tr("missing the child's case ID"));
                    !s)
                    return s;
            }
            if (!sexText.isEmpty() && sex.isEmpty()) {
                if (auto s = bad(QStringLiteral("SEX"), sexText,
                                 tr("unknown code (expected 1, 2, M, F or U)"));
                    !s)
                    return s;
            }
            if (!dobText.isEmpty() && !dob.isValid()) {
                if (auto s = bad(QStringLiteral("DOB"), dobText,
                                 tr("impossible date (expected DD/MM/YYYY or YYYY-MM-DD)"));
                    !s)
                    return s;
            }
            row.values = {sex, dob.isValid() ? dob.toString(Qt::ISODate) : QString()};
            return m_context.staging().stage(Table::Uasc, row);
        },
        0.1, 0.12);
}

Status Ssda903Import::stageEpisodes()
{
    const QString file = m_episodesFile;
    return m_context.readFile(
        file,
        {QStringLiteral("CHILD"), QStringLiteral("DECOM"), QStringLiteral("RNE"),
         QStringLiteral("LS"), QStringLiteral("PLACE")},
        [&](const CsvColumns& c, const QStringList& f, qint64 line, qint64 offset) -> Status {
            auto field = [&](const char* name) {
                return CsvColumns::field(f, c.indexOf(QLatin1String(name)));
            };
            StagedRow row{line, offset, field("CHILD"), {}, false};
            auto bad = [&](const QString& column, const QString& value, const QString& reason) {
                row.bad = true;
                return m_context.problem(file, line, offset, column, value, reason);
            };
            if (row.child.isEmpty()) {
                if (auto s = bad(QStringLiteral("CHILD"), {}, tr("missing the child's case ID"));
                    !s)
                    return s;
            }
            const QString decomText = field("DECOM");
            const QString decText = field("DEC");
            const QDate decom = ImportDate::parse(decomText);
            const QDate dec = ImportDate::parse(decText);
            if (!decom.isValid()) {
                if (auto s = bad(QStringLiteral("DECOM"), decomText,
                                 decomText.isEmpty()
                                     ? tr("missing start date")
                                     : tr("impossible date (expected DD/MM/YYYY or YYYY-MM-DD)"));
                    !s)
                    return s;
            }
            if (!decText.isEmpty() && !dec.isValid()) {
                if (auto s = bad(QStringLiteral("DEC"), decText,
                                 tr("impossible date (expected DD/MM/YYYY or YYYY-MM-DD)"));
                    !s)
                    return s;
            }
            if (decom.isValid() && dec.isValid() && dec < decom) {
                if (auto s = bad(QStringLiteral("DEC"), decText,
                                 tr("end before start: DEC is before DECOM (%1)").arg(decomText));
                    !s)
                    return s;
            }
            const QString rne = field("RNE").toUpper();
            if (!Ssda903Codes::isReasonNewEpisode(rne)) {
                if (auto s = bad(QStringLiteral("RNE"), field("RNE"),
                                 tr("unknown code (expected S, L, P, T, B or U)"));
                    !s)
                    return s;
            }
            const QString ls = field("LS").toUpper();
            if (!m_legalStatuses.contains(ls)) {
                if (auto s =
                        bad(QStringLiteral("LS"), field("LS"), tr("unknown legal status code"));
                    !s)
                    return s;
            }
            const QString place = field("PLACE").toUpper();
            if (!m_placementTypes.contains(place)) {
                if (auto s = bad(QStringLiteral("PLACE"), field("PLACE"),
                                 tr("unknown placement type code"));
                    !s)
                    return s;
            }
            const QString postcode = field("PL_POST").toUpper();
            const auto location = m_locations.resolve(field("PL_LOCATION"), postcode);
            if (!location) {
                if (auto s = bad(QStringLiteral("PL_LOCATION"), field("PL_LOCATION"),
                                 tr("unknown code (expected IN or OUT)"));
                    !s)
                    return s;
            }
            row.values = {decom.isValid() ? decom.toString(Qt::ISODate) : QString(),
                          dec.isValid() ? dec.toString(Qt::ISODate) : QString(),
                          rne,
                          ls,
                          field("CIN"),
                          place,
                          field("PLACE_PROVIDER"),
                          field("REC").toUpper(),
                          field("REASON_PLACE_CHANGE"),
                          postcode,
                          locationCode(location.value_or(PlacementLocation::Unknown)),
                          field("URN")};
            return m_context.staging().stage(Table::Episodes, row);
        },
        0.12, 0.4);
}

Status Ssda903Import::checkUasc()
{
    if (!m_hasUasc)
        return {};
    QString after;
    for (;;) {
        if (auto s = m_context.checkCancelled(); !s)
            return s;
        auto last = m_context.staging().pageEnd(Table::Uasc, after, childrenPageSize);
        if (!last)
            return last.failure();
        if (last.value().isEmpty())
            return {};
        auto uasc = m_context.staging().rows(Table::Uasc, after, last.value());
        auto header = m_context.staging().rows(Table::Header, after, last.value());
        auto stored = m_context.repository().children(after, last.value());
        if (!uasc)
            return uasc.failure();
        if (!header)
            return header.failure();
        if (!stored)
            return stored.failure();
        QHash<QString, StagedRow> firstHeader;
        for (const StagedRow& h : header.value()) {
            if (!h.bad && !firstHeader.contains(h.child))
                firstHeader.insert(h.child, h);
        }
        for (const StagedRow& u : uasc.value()) {
            if (u.bad)
                continue;
            QString sex;
            QString dob;
            QString where;
            if (firstHeader.contains(u.child)) {
                const StagedRow& h = firstHeader[u.child];
                sex = h.values.at(HSex);
                dob = h.values.at(HDob);
                where = tr("header.csv line %1").arg(h.line);
            } else if (stored.value().contains(u.child)) {
                const StoredChild& c = stored.value()[u.child];
                sex = c.details.sex;
                dob = c.details.dateOfBirth.toString(Qt::ISODate);
                where = tr("the child already recorded");
            } else {
                if (auto s = m_context.problem(m_uascFile, u.line, u.offset,
                                               QStringLiteral("CHILD"), u.child,
                                               tr("unknown child: not in header.csv nor already "
                                                  "recorded"));
                    !s)
                    return s;
                if (auto s = m_context.staging().markBad(Table::Uasc, u.line); !s)
                    return s;
                continue;
            }
            QString column;
            QString value;
            if (!u.values.at(USex).isEmpty() && u.values.at(USex) != sex) {
                column = QStringLiteral("SEX");
                value = u.values.at(USex);
            } else if (!u.values.at(UDob).isEmpty() && u.values.at(UDob) != dob) {
                column = QStringLiteral("DOB");
                value = showDate(u.values.at(UDob));
            }
            if (!column.isEmpty()) {
                if (auto s = m_context.problem(
                        m_uascFile, u.line, u.offset, column, value,
                        tr("duplicate child with conflicting details: %1 has SEX %2, DOB %3")
                            .arg(where, sex, showDate(dob)));
                    !s)
                    return s;
                if (auto s = m_context.staging().markBad(Table::Uasc, u.line); !s)
                    return s;
                continue;
            }
            // A child known only from earlier imports: uasc.csv alone updates the flag.
            if (!firstHeader.contains(u.child)) {
                const StoredChild& c = stored.value()[u.child];
                if (c.details.uasc) {
                    ++m_context.report().counts.childrenUnchanged;
                    continue;
                }
                ImportedChild changed = c.details;
                changed.uasc = true;
                ++m_context.report().counts.childrenUpdated;
                m_context.change(Kind::Updated, tr("child"), u.child, tr("now UASC"), m_uascFile,
                                 u.line);
                if (m_context.writing()) {
                    if (auto s = m_context.repository().updateChild(c, changed); !s)
                        return s;
                    if (auto s = m_context.touch(c.id); !s)
                        return s;
                }
            }
        }
        after = last.value();
    }
}

Status Ssda903Import::importChildren()
{
    auto total = m_context.staging().count(Table::Header);
    if (!total)
        return total.failure();
    qint64 done = 0;
    QString after;
    for (;;) {
        if (auto s = m_context.checkCancelled(); !s)
            return s;
        auto last = m_context.staging().pageEnd(Table::Header, after, childrenPageSize);
        if (!last)
            return last.failure();
        if (last.value().isEmpty())
            return {};
        auto rows = m_context.staging().rows(Table::Header, after, last.value());
        auto uascRows = m_context.staging().rows(Table::Uasc, after, last.value());
        auto stored = m_context.repository().children(after, last.value());
        if (!rows)
            return rows.failure();
        if (!uascRows)
            return uascRows.failure();
        if (!stored)
            return stored.failure();
        QSet<QString> uasc;
        for (const StagedRow& u : uascRows.value()) {
            if (!u.bad)
                uasc.insert(u.child);
        }
        const QList<StagedRow>& all = rows.value();
        for (qsizetype i = 0; i < all.size();) {
            qsizetype end = i;
            while (end < all.size() && all.at(end).child == all.at(i).child)
                ++end;
            const QString child = all.at(i).child;
            // Rows already refused, and duplicates that disagree, reject the whole child.
            qint64 badLine = 0;
            for (qsizetype k = i; k < end; ++k) {
                if (all.at(k).bad && !badLine)
                    badLine = all.at(k).line;
            }
            if (!badLine) {
                for (qsizetype k = i + 1; k < end; ++k) {
                    const StagedRow& first = all.at(i);
                    const StagedRow& dup = all.at(k);
                    if (dup.values != first.values) {
                        const QStringList names{QStringLiteral("SEX"), QStringLiteral("DOB"),
                                                QStringLiteral("ETHNIC"), QStringLiteral("UPN")};
                        int col = 0;
                        while (col < 3 && dup.values.at(col) == first.values.at(col))
                            ++col;
                        const QString shown =
                            col == HDob ? showDate(dup.values.at(col)) : dup.values.at(col);
                        const QString theirs =
                            col == HDob ? showDate(first.values.at(col)) : first.values.at(col);
                        if (auto s = m_context.problem(
                                m_headerFile, dup.line, dup.offset, names.at(col), shown,
                                tr("duplicate child with conflicting details: line %1 has %2 %3")
                                    .arg(first.line)
                                    .arg(names.at(col), theirs));
                            !s)
                            return s;
                        badLine = dup.line;
                    }
                }
            }
            if (badLine) {
                for (qsizetype k = i; k < end; ++k) {
                    if (auto s = m_context.reject(
                            m_headerFile, all.at(k).line, all.at(k).offset,
                            tr("not imported: child %1 has an invalid or conflicting row (line %2)")
                                .arg(child)
                                .arg(badLine));
                        !s)
                        return s;
                }
                i = end;
                continue;
            }
            const StagedRow& r = all.at(i);
            ImportedChild details{child,
                                  r.values.at(HSex),
                                  isoDate(r.values.at(HDob)),
                                  r.values.at(HEthnic),
                                  r.values.at(HUpn),
                                  uasc.contains(child)};
            m_context.report().counts.childrenUnchanged += end - i - 1; // identical duplicates
            qint64 childId = 0;
            const auto found = stored.value().constFind(child);
            if (found != stored.value().cend()) {
                childId = found->id;
                details.uasc = details.uasc || found->details.uasc;
                if (found->details == details) {
                    ++m_context.report().counts.childrenUnchanged;
                } else {
                    ++m_context.report().counts.childrenUpdated;
                    m_context.change(Kind::Updated, tr("child"), child,
                                     childDifferences(found->details, details), m_headerFile,
                                     r.line);
                    if (m_context.writing()) {
                        if (auto s = m_context.repository().updateChild(*found, details); !s)
                            return s;
                        if (auto s = m_context.touch(childId); !s)
                            return s;
                    }
                }
            } else {
                ++m_context.report().counts.childrenAdded;
                m_context.change(
                    Kind::Added, tr("child"), child,
                    [&details] {
                        return tr("born %1, sex %2%3")
                            .arg(ImportDate::display(details.dateOfBirth), details.sex,
                                 details.uasc ? tr(", UASC") : QString());
                    },
                    m_headerFile, r.line);
                if (m_context.writing()) {
                    auto id = m_context.repository().insertChild(details);
                    if (!id)
                        return id.failure();
                    childId = id.value();
                    if (auto s = m_context.touch(childId); !s)
                        return s;
                }
            }
            if (auto s = m_context.staging().acceptChild(child, childId, details.dateOfBirth); !s)
                return s;
            i = end;
        }
        done += all.size();
        m_context.progress(0.4 + 0.1 * double(done) / double(qMax<qint64>(1, total.value())),
                           tr("Checking children"));
        after = last.value();
    }
}

Status Ssda903Import::importEpisodes()
{
    auto total = m_context.staging().count(Table::Episodes);
    if (!total)
        return total.failure();
    QString after;
    qint64 pages = 0;
    const double expectedPages =
        qMax(1.0, double(total.value()) / (2.0 * episodePageSize)); // about two per child
    for (;;) {
        if (auto s = m_context.checkCancelled(); !s)
            return s;
        auto last = m_context.staging().pageEnd(Table::Episodes, after, episodePageSize);
        if (!last)
            return last.failure();
        if (last.value().isEmpty())
            return {};
        if (auto s = importEpisodePage(after, last.value()); !s)
            return s;
        ++pages;
        m_context.progress(0.5 + 0.35 * qMin(1.0, double(pages) / expectedPages),
                           tr("Checking episodes and periods of care"));
        after = last.value();
    }
}

Status Ssda903Import::importEpisodePage(const QString& after, const QString& last)
{
    const ImportStaging& staging = m_context.staging();
    const ImportRepository& repo = m_context.repository();
    auto children = staging.pageChildren(Table::Episodes, after, last);
    auto rows = staging.rows(Table::Episodes, after, last);
    auto storedEpisodes = repo.episodes(after, last);
    auto storedPeriods = repo.periods(after, last);
    if (!children)
        return children.failure();
    if (!rows)
        return rows.failure();
    if (!storedEpisodes)
        return storedEpisodes.failure();
    if (!storedPeriods)
        return storedPeriods.failure();
    QHash<QString, ImportStaging::PageChild> childOf;
    for (const auto& c : children.value())
        childOf.insert(c.child, c);

    ImportCounts& counts = m_context.report().counts;
    const QString& file = m_episodesFile;
    const QList<StagedRow>& all = rows.value();
    for (qsizetype i = 0; i < all.size();) {
        qsizetype end = i;
        while (end < all.size() && all.at(end).child == all.at(i).child)
            ++end;
        const QString child = all.at(i).child;
        const ImportStaging::PageChild pc = childOf.value(child);
        const qint64 childId = pc.accepted ? pc.acceptedId : pc.storedId;
        const QDate dob = pc.accepted ? pc.acceptedDateOfBirth : pc.storedDateOfBirth;
        QSet<qint64> refusedLines; // rows that already carry their own problem
        auto rejectAll = [&](const QString& reason) -> Status {
            for (qsizetype k = i; k < end; ++k) {
                if (all.at(k).bad || refusedLines.contains(all.at(k).line))
                    continue;
                if (auto s = m_context.reject(file, all.at(k).line, all.at(k).offset, reason); !s)
                    return s;
            }
            return {};
        };

        if (!pc.accepted && pc.storedId == 0) {
            for (qsizetype k = i; k < end; ++k) {
                const StagedRow& r = all.at(k);
                Status s =
                    pc.headerLine > 0
                        ? m_context.reject(file, r.line, r.offset,
                                           tr("not imported: the child's row in "
                                              "header.csv (line %1) was rejected")
                                               .arg(pc.headerLine))
                        : m_context.problem(file, r.line, r.offset, QStringLiteral("CHILD"), child,
                                            tr("unknown child: not in header.csv nor "
                                               "already recorded"));
                if (!s)
                    return s;
            }
            i = end;
            continue;
        }

        qint64 badLine = 0;
        for (qsizetype k = i; k < end && !badLine; ++k) {
            if (all.at(k).bad)
                badLine = all.at(k).line;
        }
        if (badLine) {
            if (auto s = rejectAll(tr("not imported: another episode of child %1 is invalid "
                                      "(line %2)")
                                       .arg(child)
                                       .arg(badLine));
                !s)
                return s;
            i = end;
            continue;
        }

        // Merge: the file's episodes over the ones already recorded, keyed by start date.
        const QList<StoredEpisode> stored = storedEpisodes.value().value(childId);
        QMap<QDate, const StoredEpisode*> storedByStart;
        for (const auto& e : stored)
            storedByStart.insert(e.values.start, &e);
        QList<ChainProblem> problems;
        QMap<QDate, qsizetype> fileByStart; // start -> row index
        QList<qsizetype> duplicates;
        for (qsizetype k = i; k < end; ++k) {
            const StagedRow& r = all.at(k);
            const EpisodeValues v = episodeValues(r);
            if (dob.isValid() && v.start < dob)
                problems << ChainProblem{r.line, QStringLiteral("DECOM"),
                                         ImportDate::display(v.start),
                                         tr("date of birth after entering care: the child was "
                                            "born on %1")
                                             .arg(ImportDate::display(dob))};
            if (fileByStart.contains(v.start)) {
                const StagedRow& first = all.at(fileByStart.value(v.start));
                if (episodeValues(first) == v)
                    duplicates << k;
                else
                    problems << ChainProblem{r.line, QStringLiteral("DECOM"),
                                             ImportDate::display(v.start),
                                             tr("overlapping episodes: the episode on line %1 "
                                                "starts on the same day with different details")
                                                 .arg(first.line)};
                continue;
            }
            fileByStart.insert(v.start, k);
            if (const StoredEpisode* s = storedByStart.value(v.start); s && s->closed)
                problems << ChainProblem{r.line, QStringLiteral("DECOM"),
                                         ImportDate::display(v.start),
                                         tr("an episode starting on this day was removed as "
                                            "recorded in error; restore it in the program or "
                                            "remove this row")};
        }

        QList<ChainEpisode> chain;
        QHash<QDate, const StoredEpisode*> storedOpen;
        for (const auto& e : stored) {
            if (e.closed)
                continue;
            storedOpen.insert(e.values.start, &e);
            if (!fileByStart.contains(e.values.start))
                chain << ChainEpisode{
                    e.values.start, e.values.end, e.values.rne, e.values.reasonEnd, 0, -1};
        }
        for (auto it = fileByStart.cbegin(); it != fileByStart.cend(); ++it) {
            const StagedRow& r = all.at(it.value());
            chain << ChainEpisode{
                it.key(), isoDate(r.values.at(EDec)), r.values.at(ERne), r.values.at(ERec), r.line,
                -1};
        }
        QList<DerivedPeriod> periods;
        if (problems.isEmpty())
            periods = EpisodeChain::derive(chain, problems);
        if (!problems.isEmpty()) {
            for (const ChainProblem& p : problems) {
                const auto row =
                    std::find_if(all.cbegin() + i, all.cbegin() + end,
                                 [&p](const StagedRow& r) { return r.line == p.line; });
                refusedLines.insert(p.line);
                if (auto s =
                        m_context.problem(file, p.line, row != all.cbegin() + end ? row->offset : 0,
                                          p.column, p.value, p.reason);
                    !s)
                    return s;
            }
            if (auto s = rejectAll(tr("not imported: the episodes of child %1 do not form a valid "
                                      "chain (line %2)")
                                       .arg(child)
                                       .arg(problems.first().line));
                !s)
                return s;
            i = end;
            continue;
        }

        // Periods: match the derived ones to the recorded ones by start date.
        const QList<StoredPeriod> recordedPeriods = storedPeriods.value().value(childId);
        QList<qint64> periodIds(periods.size(), 0);
        QSet<qint64> keptPeriods;
        const bool write = m_context.writing() && childId > 0;
        bool changed = false;
        for (qsizetype p = 0; p < periods.size(); ++p) {
            const DerivedPeriod& d = periods.at(p);
            const PeriodValues values{d.start, d.end, d.startedInWindow, d.endReason};
            const auto match =
                std::find_if(recordedPeriods.cbegin(), recordedPeriods.cend(),
                             [&d](const StoredPeriod& sp) { return sp.values.start == d.start; });
            const auto what = [&d] {
                const QString until =
                    d.end.isValid() ? tr(" to %1").arg(ImportDate::display(d.end)) : QString();
                return d.startedInWindow ? tr("from %1%2").arg(ImportDate::display(d.start), until)
                                         : tr("from %1%2 (began before the data: no IHA expected)")
                                               .arg(ImportDate::display(d.start), until);
            };
            if (match != recordedPeriods.cend()) {
                periodIds[p] = match->id;
                keptPeriods.insert(match->id);
                if (match->values == values && !match->closed)
                    continue;
                ++counts.periodsUpdated;
                changed = true;
                m_context.change(Kind::Updated, tr("period of care"), child, what, file, 0);
                if (write) {
                    if (auto s = repo.updatePeriod(*match, values); !s)
                        return s;
                }
            } else {
                ++counts.periodsAdded;
                changed = true;
                m_context.change(Kind::Added, tr("period of care"), child, what, file, 0);
                if (write) {
                    auto id = repo.insertPeriod(childId, values);
                    if (!id)
                        return id.failure();
                    periodIds[p] = id.value();
                }
            }
        }
        for (const StoredPeriod& sp : recordedPeriods) {
            if (sp.closed || keptPeriods.contains(sp.id))
                continue;
            ++counts.periodsUpdated;
            changed = true;
            m_context.change(Kind::Updated, tr("period of care"), child,
                             tr("from %1 closed: the episodes no longer start a period then")
                                 .arg(ImportDate::display(sp.values.start)),
                             file, 0);
            if (write) {
                if (auto s = repo.closePeriod(sp, tr("superseded by import")); !s)
                    return s;
            }
        }

        // Episodes, in chain order.
        for (const ChainEpisode& e : chain) {
            const qint64 periodId = periodIds.value(e.period);
            const StoredEpisode* recorded = storedOpen.value(e.start);
            if (e.line == 0) {
                // Already recorded and not in this file: only its period may change.
                if (write && recorded && recorded->carePeriodId != periodId) {
                    changed = true;
                    if (auto s = repo.updateEpisode(*recorded, periodId, recorded->values); !s)
                        return s;
                }
                continue;
            }
            const StagedRow& r = all.at(fileByStart.value(e.start));
            const EpisodeValues v = episodeValues(r);
            if (!recorded) {
                ++counts.episodesAdded;
                changed = true;
                m_context.change(
                    Kind::Added, tr("episode"), child, [&v] { return describeEpisode(v); }, file,
                    r.line);
                if (write) {
                    auto id = repo.insertEpisode(childId, periodId, v);
                    if (!id)
                        return id.failure();
                }
            } else if (recorded->values != v) {
                ++counts.episodesUpdated;
                changed = true;
                m_context.change(
                    Kind::Updated, tr("episode"), child,
                    tr("DECOM %1: %2")
                        .arg(ImportDate::display(v.start), episodeDifferences(recorded->values, v)),
                    file, r.line);
                if (write) {
                    if (auto s = repo.updateEpisode(*recorded, periodId, v); !s)
                        return s;
                }
            } else {
                ++counts.episodesUnchanged;
                if (write && recorded->carePeriodId != periodId) {
                    changed = true;
                    if (auto s = repo.updateEpisode(*recorded, periodId, v); !s)
                        return s;
                }
            }
        }
        counts.episodesUnchanged += duplicates.size();
        if (write && changed) {
            if (auto s = m_context.touch(childId); !s)
                return s;
        }
        i = end;
    }
    return {};
}

} // namespace lac
