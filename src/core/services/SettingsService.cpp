// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/SettingsService.h"

#include "data/SettingsStore.h"
#include "data/SqlTransaction.h"
#include "security/AccessPolicy.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace lac {
namespace {

QJsonObject toJson(const InstallationSettings& s)
{
    QJsonObject o{{QStringLiteral("authority.name"), s.authorityName},
                  {QStringLiteral("authority.postcode_districts"),
                   s.ownPostcodeDistricts.join(QLatin1Char(','))},
                  {QStringLiteral("calendar.division"), divisionKey(s.policy.division)},
                  {QStringLiteral("iha.working_days"), s.policy.ihaWorkingDays},
                  {QStringLiteral("iha.request_working_days"), s.policy.ihaRequestWorkingDays},
                  {QStringLiteral("iha.prior_exemption_months"), s.policy.priorIhaExemptionMonths},
                  {QStringLiteral("rha.months_under_five"), s.policy.rhaMonthsUnderFive},
                  {QStringLiteral("rha.months_five_and_over"), s.policy.rhaMonthsFiveAndOver},
                  {QStringLiteral("rha.tolerance_days"), s.policy.rhaToleranceDays},
                  {QStringLiteral("target.iha_in_time_percent"), s.ihaTargetPercent},
                  {QStringLiteral("target.rha_in_time_percent"), s.rhaTargetPercent},
                  {QStringLiteral("worklist.amber_days"), s.amberWithinDays},
                  {QStringLiteral("report.suppression_threshold"), s.suppressionThreshold},
                  {QStringLiteral("backup.keep"), s.backupsToKeep}};
    for (auto it = s.featureValues.cbegin(); it != s.featureValues.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

SettingsService::SettingsService(const Database& db, const AuditLog& audit,
                                 std::function<Status()> rulesChanged)
    : m_db(db)
    , m_audit(audit)
    , m_rulesChanged(std::move(rulesChanged))
{}

InstallationSettings SettingsService::load() const
{
    const SettingsStore store(m_db);
    InstallationSettings s;
    s.authorityName = store.authorityName();
    s.ownPostcodeDistricts = store.ownPostcodeDistricts();
    s.policy = store.assessmentPolicy();
    s.ihaTargetPercent =
        store.intValue(QStringLiteral("target.iha_in_time_percent"), s.ihaTargetPercent);
    s.rhaTargetPercent =
        store.intValue(QStringLiteral("target.rha_in_time_percent"), s.rhaTargetPercent);
    s.amberWithinDays = store.intValue(QStringLiteral("worklist.amber_days"), s.amberWithinDays);
    s.suppressionThreshold =
        store.intValue(QStringLiteral("report.suppression_threshold"), s.suppressionThreshold);
    s.backupsToKeep = store.intValue(QStringLiteral("backup.keep"), s.backupsToKeep);
    for (const FeatureSetting& f : m_featureSettings)
        s.featureValues.insert(f.key, store.intValue(f.key, f.defaultValue));
    return s;
}

void SettingsService::addFeatureSetting(FeatureSetting setting)
{
    m_featureSettings << std::move(setting);
}

QStringList SettingsService::problems(const InstallationSettings& s) const
{
    QStringList found = validate(s);
    for (const FeatureSetting& f : m_featureSettings) {
        const int value = s.featureValues.value(f.key, f.defaultValue);
        if (value < f.minimum || value > f.maximum)
            found << tr("%1: %2 is outside %3 to %4")
                         .arg(f.label)
                         .arg(value)
                         .arg(f.minimum)
                         .arg(f.maximum);
    }
    return found;
}

QStringList SettingsService::validate(const InstallationSettings& s)
{
    QStringList found;
    auto range = [&found](const QString& field, int value, int low, int high) {
        if (value < low || value > high)
            found << tr("%1: %2 is outside %3 to %4").arg(field).arg(value).arg(low).arg(high);
    };
    if (s.authorityName.trimmed().isEmpty())
        found << tr("Authority name: give the council's name; it heads every board paper");
    if (s.authorityName.size() > 200)
        found << tr("Authority name: longer than 200 characters");
    static const QRegularExpression district(QStringLiteral("^[A-Z]{1,2}[0-9][0-9A-Z]?$"));
    for (const QString& d : s.ownPostcodeDistricts) {
        if (!district.match(d).hasMatch())
            found << tr("Postcode districts: '%1' is not a postcode district such as NR1 or SW1A")
                         .arg(d);
    }
    range(tr("IHA working days"), s.policy.ihaWorkingDays, 1, 60);
    range(tr("IHA request working days"), s.policy.ihaRequestWorkingDays, 0, 60);
    if (s.policy.ihaRequestWorkingDays > s.policy.ihaWorkingDays)
        found << tr("IHA request working days: the request cannot be due after the assessment");
    range(tr("IHA before care (months)"), s.policy.priorIhaExemptionMonths, 0, 12);
    range(tr("RHA months under 5"), s.policy.rhaMonthsUnderFive, 1, 12);
    range(tr("RHA months from 5"), s.policy.rhaMonthsFiveAndOver, 1, 24);
    range(tr("RHA tolerance (days)"), s.policy.rhaToleranceDays, 0, 60);
    range(tr("IHA target (%)"), s.ihaTargetPercent, 0, 100);
    range(tr("RHA target (%)"), s.rhaTargetPercent, 0, 100);
    range(tr("Amber within (days)"), s.amberWithinDays, 0, 365);
    range(tr("Small-number suppression"), s.suppressionThreshold, 0, 100);
    range(tr("Backups to keep"), s.backupsToKeep, 1, 365);
    return found;
}

Status SettingsService::save(const InstallationSettings& settings) const
{
    if (auto allowed = AccessPolicy::require(m_audit.user(), Permission::ManageSettings); !allowed)
        return allowed;
    InstallationSettings s = settings;
    s.authorityName = s.authorityName.trimmed();
    for (QString& d : s.ownPostcodeDistricts)
        d = d.trimmed().toUpper();
    s.ownPostcodeDistricts.removeAll(QString());
    // Only the registered feature settings are written: nothing else slips in under their name.
    QMap<QString, int> known;
    for (const FeatureSetting& f : m_featureSettings)
        known.insert(f.key, s.featureValues.value(f.key, f.defaultValue));
    s.featureValues = known;
    if (const QStringList found = problems(s); !found.isEmpty())
        return Failure{found.join(QLatin1Char('\n')), tr("settings")};

    const InstallationSettings before = load();
    if (before == s)
        return {};
    SqlTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    const SettingsStore store(m_db);
    const QJsonObject after = toJson(s);
    for (auto it = after.begin(); it != after.end(); ++it) {
        const QString text =
            it.value().isString() ? it.value().toString() : QString::number(it.value().toInt());
        if (auto st = store.setValue(it.key(), text); !st)
            return st;
    }
    AuditEntry entry;
    entry.action = QStringLiteral("update");
    entry.entity = QStringLiteral("settings");
    entry.summary = tr("Changed the installation settings");
    entry.before = toJson(before);
    entry.after = after;
    if (auto st = m_audit.append(entry); !st)
        return st;
    if (before.policy != s.policy) {
        if (auto st = m_rulesChanged(); !st)
            return st;
    }
    return transaction.commit();
}

} // namespace lac
