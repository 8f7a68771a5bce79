// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/Ssda903RowChecks.h"

#include "import/ImportContext.h"
#include "import/ImportDate.h"
#include "import/Ssda903Codes.h"
#include "import/Ssda903Staged.h"

namespace lac {

using Table = ImportStaging::Table;
using namespace ssda903;

Ssda903RowChecks::Ssda903RowChecks(ImportContext& context, const QStringList& ownPostcodeDistricts)
    : m_context(context)
    , m_locations(ownPostcodeDistricts)
{}

Status Ssda903RowChecks::loadCodes()
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

Status Ssda903RowChecks::stageHeader(const QString& file)
{
    return stageChildren(file, Table::Header, 0.0, 0.1);
}

Status Ssda903RowChecks::stageUasc(const QString& file)
{
    return stageChildren(file, Table::Uasc, 0.1, 0.12);
}

Status Ssda903RowChecks::stageChildren(const QString& file, ImportStaging::Table table,
                                       double progressFrom, double progressTo)
{
    // header.csv must give SEX and DOB; uasc.csv may leave them out (then they are not
    // compared with header.csv).
    const bool header = table == Table::Header;
    const QDate today = QDate::currentDate();
    QStringList required{QStringLiteral("CHILD")};
    if (header)
        required << QStringLiteral("SEX") << QStringLiteral("DOB");
    return m_context.readFile(
        file, required,
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
            if (sex.isEmpty() && (header || !sexText.isEmpty())) {
                if (auto s = bad(QStringLiteral("SEX"), sexText,
                                 tr("unknown code (expected 1, 2, M, F or U)"));
                    !s)
                    return s;
            }
            if (!dob.isValid() && (header || !dobText.isEmpty())) {
                if (auto s = bad(QStringLiteral("DOB"), dobText,
                                 dobText.isEmpty()
                                     ? tr("missing date of birth")
                                     : tr("impossible date (expected DD/MM/YYYY or YYYY-MM-DD)"));
                    !s)
                    return s;
            } else if (header && ImportDate::isInTheFuture(dob, today)) {
                if (auto s = bad(QStringLiteral("DOB"), dobText, tr("date of birth in the future"));
                    !s)
                    return s;
            }
            row.values = {sex, dob.isValid() ? dob.toString(Qt::ISODate) : QString()};
            if (header)
                row.values << CsvColumns::field(f, c.indexOf(QStringLiteral("ETHNIC")))
                           << CsvColumns::field(f, c.indexOf(QStringLiteral("UPN")));
            return m_context.staging().stage(table, row);
        },
        progressFrom, progressTo);
}

Status Ssda903RowChecks::stageEpisodes(const QString& file)
{
    const QDate today = QDate::currentDate();
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
            if (ImportDate::isInTheFuture(decom, today)) {
                if (auto s = bad(QStringLiteral("DECOM"), decomText,
                                 tr("start of care in the future (after %1)")
                                     .arg(ImportDate::display(today)));
                    !s)
                    return s;
            }
            if (ImportDate::isInTheFuture(dec, today)) {
                if (auto s = bad(
                        QStringLiteral("DEC"), decText,
                        tr("episode end in the future (after %1)").arg(ImportDate::display(today)));
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

} // namespace lac
