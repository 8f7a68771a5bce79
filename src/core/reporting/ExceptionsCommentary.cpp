// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/ExceptionsCommentary.h"

#include <QCoreApplication>

namespace lac {
namespace {

struct Phrase
{
    const char* code;
    const char* words;
};

constexpr Phrase reasonPhrases[] = {
    {"late_notification", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary",
                                            "late notification or request from social care")},
    {"paperwork",
     QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "paperwork incorrect or incomplete")},
    {"consent", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "consent delayed or refused")},
    {"ooa_capacity",
     QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "out of area, provider waiting list")},
    {"health_capacity", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "no clinic or doctor slot")},
    {"was_not_brought", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "was not brought")},
    {"cancelled_by_carer", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "cancelled by carer")},
    {"cancelled_by_health", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "cancelled by health")},
    {"child_declined", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "young person declined")},
    {"placement_moved",
     QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "placement moved after booking")},
    {"child_unavailable",
     QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "child missing, in hospital or in custody")},
    {"interpreter_uasc",
     QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "interpreter or UASC needs")},
    {"hard_to_engage", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "hard to engage")},
    {"unknown", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "reason unknown")},
    {"", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "no reason recorded")},
};

constexpr Phrase appointmentPhrases[] = {
    {"was_not_brought", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "was not brought")},
    {"cancelled_by_carer", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "cancelled by carer")},
    {"cancelled_by_health", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "cancelled by health")},
    {"cancelled_by_child",
     QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "cancelled by the young person")},
    {"declined", QT_TRANSLATE_NOOP("lac::ExceptionsCommentary", "declined")},
};

QString joined(const QList<ExceptionsCommentary::Item>& items)
{
    QStringList parts;
    for (const auto& item : items)
        parts << QStringLiteral("%1 %2").arg(item.countText, item.words);
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString ExceptionsCommentary::reasonPhrase(const QString& code, const QString& description)
{
    for (const auto& p : reasonPhrases) {
        if (code == QLatin1String(p.code))
            return tr(p.words);
    }
    if (!description.isEmpty())
        return description.left(1).toLower() + description.mid(1);
    return code;
}

QString ExceptionsCommentary::appointmentPhrase(const QString& outcome)
{
    for (const auto& p : appointmentPhrases) {
        if (outcome == QLatin1String(p.code))
            return tr(p.words);
    }
    return outcome;
}

QString ExceptionsCommentary::describe(const QList<Item>& lateReasons,
                                       const QList<Item>& missedAppointments)
{
    QStringList sentences;
    if (lateReasons.isEmpty())
        sentences << tr("No late assessments.");
    else
        sentences << tr("Late: %1.").arg(joined(lateReasons));
    if (!missedAppointments.isEmpty())
        sentences << tr("Appointments missed: %1.").arg(joined(missedAppointments));
    return sentences.join(QLatin1Char(' '));
}

QString ExceptionsCommentary::describeMissed(const QList<Item>& missedAppointments)
{
    if (missedAppointments.isEmpty())
        return tr("No appointments missed.");
    return tr("Appointments missed: %1.").arg(joined(missedAppointments));
}

} // namespace lac
