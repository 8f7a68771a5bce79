// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DueDateChanges.h"

#include "common/DisplayDate.h"
#include "rules/IhaExemptionRule.h"

#include <QHash>

namespace lac {
namespace {

QString exemptionWords(const QString& key)
{
    switch (exemptionFromKey(key)) {
    case Exemption::LeftCare:
        return DueDateChanges::tr("the child left care before it was due");
    case Exemption::ShortBreak:
        return DueDateChanges::tr("short breaks are outside the timescales");
    case Exemption::IhaBeforeCare:
        return DueDateChanges::tr("an IHA was done in the months before care");
    case Exemption::None:
    case Exemption::Other:
        break;
    }
    return DueDateChanges::tr("recorded as not required");
}

} // namespace

DueDateChanges DueDateChanges::compare(const QList<AssessmentRecord>& before,
                                       const QList<AssessmentRecord>& after)
{
    DueDateChanges c;
    QHash<qint64, AssessmentRecord> old;
    for (const auto& a : before)
        old.insert(a.id, a);
    for (const auto& a : after) {
        const auto it = old.constFind(a.id);
        if (it == old.constEnd()) {
            if (a.exemption.isEmpty())
                c.m_lines << tr("%1 now expected, due %2").arg(a.kindName(), displayDate(a.due));
            else
                c.m_lines
                    << tr("%1 not required: %2").arg(a.kindName(), exemptionWords(a.exemption));
            continue;
        }
        const AssessmentRecord& b = *it;
        if (b.exemption != a.exemption) {
            if (a.exemption.isEmpty())
                c.m_lines << tr("%1 required again, due %2").arg(a.kindName(), displayDate(a.due));
            else
                c.m_lines << tr("%1 due %2 no longer required: %3")
                                 .arg(a.kindName(), displayDate(b.due),
                                      exemptionWords(a.exemption));
        } else if (b.due != a.due) {
            c.m_lines << tr("%1 due date moved from %2 to %3")
                             .arg(a.kindName(), displayDate(b.due), displayDate(a.due));
        }
        old.remove(a.id);
    }
    for (const auto& b : std::as_const(old)) {
        if (b.isOutstanding())
            c.m_lines << tr("%1 due %2 no longer expected").arg(b.kindName(), displayDate(b.due));
    }
    return c;
}

} // namespace lac
