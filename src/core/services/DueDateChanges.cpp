// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/DueDateChanges.h"

#include "common/DisplayDate.h"

#include <QHash>

namespace lac {
namespace {

QString exemptionWords(const QString& e)
{
    if (e == QLatin1String("left_care"))
        return DueDateChanges::tr("the child left care before it was due");
    if (e == QLatin1String("short_break"))
        return DueDateChanges::tr("short breaks are outside the timescales");
    if (e == QLatin1String("iha_before_care"))
        return DueDateChanges::tr("an IHA was done in the months before care");
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
                c.m_lines << tr("%1 now expected, due %2").arg(a.kind, displayDate(a.due));
            else
                c.m_lines << tr("%1 not required: %2").arg(a.kind, exemptionWords(a.exemption));
            continue;
        }
        const AssessmentRecord& b = *it;
        if (b.exemption != a.exemption) {
            if (a.exemption.isEmpty())
                c.m_lines << tr("%1 required again, due %2").arg(a.kind, displayDate(a.due));
            else
                c.m_lines << tr("%1 due %2 no longer required: %3")
                                 .arg(a.kind, displayDate(b.due), exemptionWords(a.exemption));
        } else if (b.due != a.due) {
            c.m_lines << tr("%1 due date moved from %2 to %3")
                             .arg(a.kind, displayDate(b.due), displayDate(a.due));
        }
        old.remove(a.id);
    }
    for (const auto& b : std::as_const(old)) {
        if (b.isOutstanding())
            c.m_lines << tr("%1 due %2 no longer expected").arg(b.kind, displayDate(b.due));
    }
    return c;
}

} // namespace lac
