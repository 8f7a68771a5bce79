// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoGenerator.h"

#include "demo/AssessmentHistorySimulator.h"
#include "demo/CareHistoryGenerator.h"
#include "demo/DemoCountyBuilder.h"
#include "demo/DemoDice.h"
#include "demo/DemoIds.h"
#include "demo/DemoNamePool.h"
#include "rules/ChildAge.h"

#include <QSet>

namespace lac {
namespace {

/// A unique NHS number in the 999 range, which the NHS never issues to a person.
QString demoNhsNumber(DemoDice& dice, QSet<int>& used)
{
    for (;;) {
        const int body = dice.between(0, 999999);
        if (used.contains(body))
            continue;
        const QString nine = QStringLiteral("999%1").arg(body, 6, 10, QLatin1Char('0'));
        const int check = DemoGenerator::nhsCheckDigit(nine);
        if (check < 0)
            continue;
        used.insert(body);
        return nine + QString::number(check);
    }
}

QString demoUpn(DemoDice& dice, QDate dateOfBirth)
{
    const int year = (dateOfBirth.year() + 4) % 100;
    const QString rest = QStringLiteral("901%1%2%3")
                             .arg(dice.between(2000, 5999))
                             .arg(year, 2, 10, QLatin1Char('0'))
                             .arg(dice.between(0, 999), 3, 10, QLatin1Char('0'));
    return DemoGenerator::upnCheckLetter(rest) + rest;
}

} // namespace

DemoGenerator::DemoGenerator(const DemoOptions& options, const WorkingDayCalendar& calendar,
                             const AssessmentPolicy& policy)
    : m_options(options)
    , m_calendar(calendar)
    , m_policy(policy)
{}

int DemoGenerator::nhsCheckDigit(const QString& nineDigits)
{
    if (nineDigits.size() != 9)
        return -1;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const int d = nineDigits.at(i).digitValue();
        if (d < 0)
            return -1;
        sum += d * (10 - i);
    }
    const int check = 11 - sum % 11;
    return check == 11 ? 0 : (check == 10 ? -1 : check);
}

QChar DemoGenerator::upnCheckLetter(const QString& twelve)
{
    static const QString letters = QStringLiteral("ABCDEFGHJKLMNPQRTUVWXYZ");
    int sum = 0;
    for (int i = 0; i < twelve.size(); ++i)
        sum += twelve.at(i).digitValue() * (i + 2);
    return letters.at(sum % 23);
}

Status DemoGenerator::generate(DemoSink& sink)
{
    m_summary = {};
    DemoDice dice(m_options.seed);
    const QDate today = m_options.today;
    const DemoReferenceData reference =
        DemoCountyBuilder::build(dice, m_options.children, m_options.seed);
    if (auto s = sink.writeReferenceData(reference); !s)
        return s;

    const CareHistoryGenerator care(reference, today);
    const AssessmentHistorySimulator assessments(m_calendar, m_policy, reference, today);
    const QDate windowStart = care.windowStart();
    DemoIds ids;
    QSet<int> usedNhs;
    usedNhs.reserve(m_options.children * 2);

    for (int i = 0; i < m_options.children; ++i) {
        DemoChild c;
        c.id = DemoIds::next(ids.child);
        // A permutation of 7-digit numbers: unique, and not in creation order.
        c.caseId = QString::number(1000000 + (qint64(i) * 7919 + m_options.seed) % 9000000);
        c.uasc = dice.chance(0.06);
        DemoIdentity identity;
        qint64 ageDays = 0;
        if (c.uasc) {
            c.sex = dice.chance(0.92) ? Sex::Male : Sex::Female;
            identity = DemoNamePool::asylumSeeker(dice, c.sex);
            ageDays =
                qint64(dice.weighted({10, 20, 25, 20, 15, 10}) + 15) * 365 + dice.between(0, 180);
        } else {
            c.sex = dice.chance(0.56) ? Sex::Male : Sex::Female;
            identity = DemoNamePool::child(dice, c.sex);
            // Ages of children in care, plus care leavers who turned 18 in the window.
            switch (dice.weighted({5, 14, 21, 38, 21, 14})) {
            case 0:
                ageDays = dice.between(0, 364);
                break;
            case 1:
                ageDays = dice.between(365, 5 * 365 - 1);
                break;
            case 2:
                ageDays = dice.between(5 * 365, 10 * 365 - 1);
                break;
            case 3:
                ageDays = dice.between(10 * 365, 16 * 365 - 1);
                break;
            case 4:
                ageDays = dice.between(16 * 365 + 4, 18 * 365 - 1);
                break;
            default:
                ageDays = dice.between(18 * 365 + 5, 21 * 365 - 30);
                break;
            }
        }
        c.givenName = identity.givenName;
        c.familyName = identity.familyName;
        c.ethnicity = identity.ethnicity;
        c.dateOfBirth = today.addDays(-ageDays);
        c.clinicalNeed = dice.chance(0.07);

        const QDate eighteenth = ChildAge::birthday(c.dateOfBirth, 18);
        bool preWindow = !c.uasc && c.dateOfBirth <= windowStart.addDays(-120) && dice.chance(0.45);
        if (eighteenth < windowStart.addDays(90))
            preWindow = true;
        care.generate(dice, ids, c, preWindow);
        c.createdOn = c.periods.first().start;

        if (!c.uasc && ageDays >= 5 * 365 && dice.chance(0.85))
            c.upn = demoUpn(dice, c.dateOfBirth);
        if (!(c.uasc ? dice.chance(0.25) : dice.chance(0.03))) {
            DemoNhsNumber n;
            n.id = DemoIds::next(ids.nhsNumber);
            n.number = demoNhsNumber(dice, usedNhs);
            n.validFrom = c.uasc ? qMin(today, c.periods.first().start.addDays(dice.between(7, 90)))
                                 : c.dateOfBirth;
            c.nhsNumbers << n;
            // Adoption re-issues the NHS number; the old one is kept as history.
            for (const auto& p : c.periods) {
                if (!isAdoption(p.endReason))
                    continue;
                const QDate reissued = p.end.addDays(dice.between(30, 150));
                if (reissued > today)
                    break;
                c.nhsNumbers.last().validTo = reissued;
                DemoNhsNumber m;
                m.id = DemoIds::next(ids.nhsNumber);
                m.number = demoNhsNumber(dice, usedNhs);
                m.validFrom = reissued;
                c.nhsNumbers << m;
            }
        }

        m_summary.superseded += assessments.simulate(
            dice, ids, c, c.uasc && dice.chance(0.9) ? identity.interpreterLanguage : QString());

        ++m_summary.children;
        m_summary.inCare += c.inCare ? 1 : 0;
        m_summary.carePeriods += int(c.periods.size());
        m_summary.episodes += int(c.episodes.size());
        m_summary.assessments += int(c.assessments.size());
        for (const auto& a : c.assessments) {
            m_summary.appointments += int(a.appointments.size());
            m_summary.paperworkIssues += int(a.paperworkIssues.size());
            m_summary.ooaRequests += int(a.ooaRequests.size());
        }
        if (auto s = sink.writeChild(c); !s)
            return s;
    }
    return {};
}

} // namespace lac
