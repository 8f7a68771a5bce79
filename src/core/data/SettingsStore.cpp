// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/SettingsStore.h"

#include "data/SqlConnection.h"

#include <QCoreApplication>

namespace lac {

SettingsStore::SettingsStore(const Database& db)
    : m_db(db)
{}

QString SettingsStore::value(const QString& key, const QString& fallback) const
{
    auto q = runQuery(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key},
                      QStringLiteral("read setting"));
    if (q && q.value().next())
        return q.value().value(0).toString();
    return fallback;
}

int SettingsStore::intValue(const QString& key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

Status SettingsStore::setValue(const QString& key, const QString& value) const
{
    if (auto s = m_db.writesAllowed(); !s)
        return s;
    auto q = runQuery(m_db,
                      QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value}, tr("could not save setting %1").arg(key));
    if (!q)
        return q.failure();
    return {};
}

QString SettingsStore::authorityName() const
{
    return value(QStringLiteral("authority.name"), tr("Local authority"));
}

QStringList SettingsStore::ownPostcodeDistricts() const
{
    QStringList districts;
    for (const QString& d :
         value(QStringLiteral("authority.postcode_districts")).split(QLatin1Char(','))) {
        const QString t = d.trimmed().toUpper();
        if (!t.isEmpty())
            districts << t;
    }
    return districts;
}

AssessmentPolicy SettingsStore::assessmentPolicy() const
{
    AssessmentPolicy p;
    if (auto d = divisionFromKey(value(QStringLiteral("calendar.division"))))
        p.division = *d;
    p.ihaWorkingDays = intValue(QStringLiteral("iha.working_days"), p.ihaWorkingDays);
    p.ihaRequestWorkingDays =
        intValue(QStringLiteral("iha.request_working_days"), p.ihaRequestWorkingDays);
    p.rhaMonthsUnderFive = intValue(QStringLiteral("rha.months_under_five"), p.rhaMonthsUnderFive);
    p.rhaMonthsFiveAndOver =
        intValue(QStringLiteral("rha.months_five_and_over"), p.rhaMonthsFiveAndOver);
    p.priorIhaExemptionMonths =
        intValue(QStringLiteral("iha.prior_exemption_months"), p.priorIhaExemptionMonths);
    p.rhaToleranceDays = intValue(QStringLiteral("rha.tolerance_days"), p.rhaToleranceDays);
    return p;
}

} // namespace lac
