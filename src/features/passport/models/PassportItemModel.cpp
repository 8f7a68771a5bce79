// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "passport/models/PassportItemModel.h"

#include "passport/core/PassportCopy.h"

namespace lac {

PassportItemModel::PassportItemModel(QObject* parent)
    : RecordListModel({tr("Section"), tr("Heading"), tr("In their copy"), tr("What it says")},
                      parent)
{}

QVariant PassportItemModel::cell(const PassportItem& item, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return item.id;
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    const bool raw = role == PagedTableModel::RawValueRole;
    switch (column) {
    case SectionColumn:
        return raw ? QVariant(int(item.section) * 10000 + item.position)
                   : QVariant(PassportCopy::sectionTitle(item.section));
    case LabelColumn:
        return item.label;
    case TextColumn:
        return raw ? item.text : item.text.section(QLatin1Char('\n'), 0, 0);
    case SharedColumn:
        return raw ? QVariant(item.shared)
                   : QVariant(item.shared ? tr("Yes") : tr("Not to be shared"));
    default:
        return {};
    }
}

PassportVersionModel::PassportVersionModel(QObject* parent)
    : RecordListModel(
          {tr("Version"), tr("Signed off"), tr("Offered"), tr("Answer"), tr("Delivered")}, parent)
{}

QString PassportVersionModel::formatText(PassportFormat format)
{
    switch (format) {
    case PassportFormat::NotChosen:
        return {};
    case PassportFormat::Printed:
        return tr("printed");
    case PassportFormat::Pdf:
        return tr("PDF");
    case PassportFormat::PrintedAndPdf:
        break;
    }
    return tr("printed and PDF");
}

QVariant PassportVersionModel::cell(const PassportVersion& v, int column, int role) const
{
    if (role == PagedTableModel::RecordIdRole)
        return v.id;
    if (role != Qt::DisplayRole && role != PagedTableModel::RawValueRole)
        return {};
    const bool raw = role == PagedTableModel::RawValueRole;
    const auto day = [raw](QDate d, const QString& by) {
        if (raw)
            return QVariant(d);
        return QVariant(d.isValid() ? tr("%1 (%2)").arg(dayText(d), by) : QString());
    };
    switch (column) {
    case NumberColumn:
        return v.number;
    case SignedOffColumn:
        return day(v.signedOff, v.signedOffBy);
    case OfferedColumn:
        return day(v.offered, v.offeredBy);
    case AnswerColumn:
        if (raw)
            return int(v.answer);
        if (v.answer == PassportAnswer::Declined)
            return tr("declined %1").arg(dayText(v.answered));
        if (v.answer == PassportAnswer::Accepted)
            return tr("accepted %1, %2").arg(dayText(v.answered), formatText(v.format));
        return QString();
    case DeliveredColumn:
        return day(v.delivered, v.deliveredBy);
    default:
        return {};
    }
}

} // namespace lac
