// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The DfE's SSDA903 validation rules that concern OC2, as published in data-to-insight's
// csc-validator-be-903 (MIT), restated over the three files a return consists of, read as
// text: nothing here uses the program's own rules, so the return is checked the way the 903
// team's validator will check it. Each finding is "RULE CHILD".

#include <QDate>
#include <QFile>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace lac::test {

/// A CSV file as a list of rows keyed by its column names (no quoted commas in these files).
using CsvRows = QList<QHash<QString, QString>>;

inline CsvRows readCsv(const QString& path)
{
    QFile f(path);
    CsvRows rows;
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    // The return is written with CRLF, the SSDA903 corpus with LF.
    const QStringList lines = QString::fromUtf8(f.readAll())
                                  .remove(QLatin1Char('\r'))
                                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return rows;
    const QStringList columns = lines.first().split(QLatin1Char(','));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines.at(i).split(QLatin1Char(','));
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < columns.size(); ++c)
            row.insert(columns.at(c), c < cells.size() ? cells.at(c) : QString());
        rows << row;
    }
    return rows;
}

inline QDate dfeDate(const QString& s)
{
    return QDate::fromString(s, QStringLiteral("dd/MM/yyyy"));
}

/// utils.add_col_to_episodes_CONTINUOUSLY_LOOKED_AFTER: the children looked after
/// continuously for the collection year from \a start to \a end, from episode rows.
inline QSet<QString> continuouslyLookedAfter(const CsvRows& episodes, QDate start, QDate end)
{
    QSet<QString> during;
    QSet<QString> broken;
    for (const auto& e : episodes) {
        const QDate decom = dfeDate(e.value(QStringLiteral("DECOM")));
        const QDate dec = dfeDate(e.value(QStringLiteral("DEC")));
        const QString child = e.value(QStringLiteral("CHILD"));
        const bool inYear = decom <= end && (!dec.isValid() || dec >= start);
        if (inYear)
            during << child;
        const bool entersCare =
            e.value(QStringLiteral("RNE")) == QLatin1String("S") && decom > start && decom <= end;
        const bool leavesCare = e.value(QStringLiteral("REC")) != QLatin1String("X1") &&
                                dec.isValid() && dec >= start && dec < end;
        const QString ls = e.value(QStringLiteral("LS"));
        const bool shortBreaks = (ls == QLatin1String("V3") || ls == QLatin1String("V4")) && inYear;
        if (entersCare || leavesCare || shortBreaks)
            broken << child;
    }
    return during - broken;
}

/// Every finding of the OC2 rules on a return (oc2.csv with its episodes.csv).
inline QStringList validate(const CsvRows& oc2, const CsvRows& episodes, QDate start, QDate end)
{
    const QSet<QString> cla = continuouslyLookedAfter(episodes, start, end);
    QSet<QString> withEpisodes;
    for (const auto& e : episodes)
        withEpisodes << e.value(QStringLiteral("CHILD"));
    QStringList found;
    QSet<QString> inOc2;
    for (const auto& r : oc2) {
        const QString child = r.value(QStringLiteral("CHILD"));
        inOc2 << child;
        const auto has = [&](const char* f) { return !r.value(QLatin1String(f)).isEmpty(); };
        const auto is = [&](const char* f, const char* v) {
            return r.value(QLatin1String(f)) == QLatin1String(v);
        };
        const auto fail = [&](const char* rule) {
            found << QStringLiteral("%1 %2").arg(QLatin1String(rule), child);
        };
        const QDate dob = dfeDate(r.value(QStringLiteral("DOB")));
        const bool isCla = cla.contains(child);
        const bool sdqScore = has("SDQ_SCORE");
        const bool sdqReason = has("SDQ_REASON");
        if (!withEpisodes.contains(child))
            fail("1012");
        if (isCla && dob.addYears(4) <= start && dob.addYears(16) >= end && !sdqScore &&
            is("SDQ_REASON", "SDQ1"))
            fail("157");
        if (is("INTERVENTION_RECEIVED", "1") && has("INTERVENTION_OFFERED"))
            fail("158");
        if (is("SUBSTANCE_MISUSE", "1") && is("INTERVENTION_RECEIVED", "0") &&
            !has("INTERVENTION_OFFERED"))
            fail("159");
        if (sdqScore) {
            bool ok = false;
            const int score = r.value(QStringLiteral("SDQ_SCORE")).toInt(&ok);
            if (!ok || score < 0 || score > 40)
                fail("180");
        }
        for (const char* f :
             {"CONVICTED", "HEALTH_CHECK", "IMMUNISATIONS", "TEETH_CHECK", "HEALTH_ASSESSMENT",
              "SUBSTANCE_MISUSE", "INTERVENTION_RECEIVED", "INTERVENTION_OFFERED"}) {
            if (has(f) && !is(f, "0") && !is(f, "1")) {
                fail("181");
                break;
            }
        }
        const bool coreBlank = !has("IMMUNISATIONS") || !has("TEETH_CHECK") ||
                               !has("HEALTH_ASSESSMENT") || !has("SUBSTANCE_MISUSE");
        const bool othersBlank = !has("CONVICTED") && !has("HEALTH_CHECK") &&
                                 !has("INTERVENTION_RECEIVED") && !has("INTERVENTION_OFFERED");
        if (coreBlank && !othersBlank)
            fail("182");
        if (sdqScore && !isCla)
            fail("185");
        if (dob.addYears(4) <= start && dob.addYears(17) > end && isCla && !sdqScore && !sdqReason)
            fail("186");
        if (dob.addYears(4) > end && (sdqScore || sdqReason))
            fail("188");
        if (dob.addYears(17) < start && (sdqScore || sdqReason))
            fail("189");
        const bool anyFlag = has("CONVICTED") || has("HEALTH_CHECK") || has("IMMUNISATIONS") ||
                             has("TEETH_CHECK") || has("HEALTH_ASSESSMENT") ||
                             has("SUBSTANCE_MISUSE") || has("INTERVENTION_RECEIVED") ||
                             has("INTERVENTION_OFFERED");
        if (!isCla && anyFlag)
            fail("190");
        if (isCla && coreBlank)
            fail("191");
        if (is("SUBSTANCE_MISUSE", "1") && !has("INTERVENTION_RECEIVED"))
            fail("192");
        if ((!has("SUBSTANCE_MISUSE") || is("SUBSTANCE_MISUSE", "0")) &&
            (has("INTERVENTION_RECEIVED") || has("INTERVENTION_OFFERED")))
            fail("193");
        static const QStringList reasons = {QStringLiteral("SDQ1"), QStringLiteral("SDQ2"),
                                            QStringLiteral("SDQ3"), QStringLiteral("SDQ4"),
                                            QStringLiteral("SDQ5")};
        if (sdqReason && !reasons.contains(r.value(QStringLiteral("SDQ_REASON"))))
            fail("196");
        if (sdqScore && sdqReason)
            fail("197a");
        const QDate four = dob.addYears(4);
        const QDate seventeen = dob.addYears(17);
        if (((four >= start && four <= end) || (seventeen >= start && seventeen <= end)) && isCla &&
            !sdqScore && !sdqReason)
            fail("197B");
        if (sdqReason && !isCla)
            fail("198");
        if (dob.addYears(10) > end && has("CONVICTED"))
            fail("542");
        if (end > dob.addYears(10) && isCla && !has("CONVICTED"))
            fail("543");
        if (is("CONVICTED", "1") && coreBlank)
            fail("544");
        if (end < dob.addYears(5) && isCla && !has("HEALTH_CHECK"))
            fail("545");
        if (end >= dob.addYears(5) && isCla && has("HEALTH_CHECK"))
            fail("546");
        if (is("HEALTH_CHECK", "1") && coreBlank)
            fail("547");
    }
    // 191, second part: a child looked after continuously with no OC2 row at all.
    for (const QString& child : cla)
        if (!inOc2.contains(child))
            found << QStringLiteral("191 %1").arg(child);
    return found;
}

} // namespace lac::test
