// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Ssda903Import.h"

#include "import/ImportContext.h"
#include "import/ImportDate.h"
#include "import/Ssda903EpisodeWriter.h"
#include "import/Ssda903Staged.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace lac {
namespace {

constexpr int childrenPageSize = 1000;
constexpr int episodePageSize = 500;

using Table = ImportStaging::Table;
using Kind = ImportChange::Kind;
using namespace ssda903;

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
        d << (b.uasc ? Ssda903Import::tr("now UASC") : Ssda903Import::tr("no longer UASC"));
    return d.join(QStringLiteral("; "));
}

} // namespace

Ssda903Import::Ssda903Import(ImportContext& context, const QStringList& ownPostcodeDistricts)
    : m_context(context)
    , m_rows(context, ownPostcodeDistricts)
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
    if (auto s = m_rows.loadCodes(); !s)
        return s;
    if (auto s = m_rows.stageHeader(m_headerFile); !s)
        return s;
    if (m_hasUasc) {
        if (auto s = m_rows.stageUasc(m_uascFile); !s)
            return s;
    }
    if (auto s = m_rows.stageEpisodes(m_episodesFile); !s)
        return s;
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
    Ssda903EpisodeWriter writer(m_context, m_episodesFile);
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
        if (auto s = writer.importPage(after, last.value()); !s)
            return s;
        ++pages;
        m_context.progress(0.5 + 0.35 * qMin(1.0, double(pages) / expectedPages),
                           tr("Checking episodes and periods of care"));
        after = last.value();
    }
}

} // namespace lac
