// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reporting/TimelinessTableModel.h"

#include "reporting/BoardTableRow.h"
#include "reporting/TargetStatus.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace lac {
namespace {

const QList<BoardTableRow>& tableRows()
{
    static const QList<BoardTableRow> rows = BoardTableRow::rows();
    return rows;
}

} // namespace

TimelinessTableModel::TimelinessTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

TimelinessTableModel::~TimelinessTableModel() = default;

void TimelinessTableModel::setReport(const PublishedReport& report)
{
    beginResetModel();
    m_report = std::make_unique<PublishedReport>(report);
    endResetModel();
}

int TimelinessTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_report)
        return 0;
    return int(tableRows().size() * 3);
}

int TimelinessTableModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_report)
        return 0;
    return FirstMonthColumn + m_report->monthCount() + 1;
}

QVariant TimelinessTableModel::data(const QModelIndex& index, int role) const
{
    if (!m_report || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const BoardTableRow& row = tableRows().at(index.row() / 3);
    const LocationColumn where = BoardTableRow::locations().at(index.row() % 3);
    const int column = index.column() - FirstMonthColumn;
    std::optional<double> percent;
    TargetStatus status = TargetStatus::None;
    if (column >= 0 && row.isHeadline()) {
        const ReportSettings& s = m_report->report().settings;
        percent = m_report->percentValue(column, *row.measure, where);
        status = rateAgainstTarget(
            percent,
            *row.measure == TimelinessMeasure::IhaInTime ? s.ihaTargetPercent : s.rhaTargetPercent,
            s.amberMarginPercent);
    }
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (index.column() == IndicatorColumn)
            return index.row() % 3 == 0 ? row.label : QString();
        if (index.column() == LocationColumnIndex)
            return BoardTableRow::locationLabel(where);
        return row.cell(*m_report, column, where);
    case Qt::TextAlignmentRole:
        return index.column() < FirstMonthColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                 : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        switch (status) {
        case TargetStatus::Green:
            return QBrush(QColor(0xcc, 0xe2, 0xd8));
        case TargetStatus::Amber:
            return QBrush(QColor(0xff, 0xe4, 0xb5));
        case TargetStatus::Red:
            return QBrush(QColor(0xf6, 0xd7, 0xd2));
        case TargetStatus::None:
            break;
        }
        return {};
    case Qt::FontRole:
        if (row.isHeadline() && where == LocationColumn::Total) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case TargetStatusRole:
        return int(status);
    default:
        return {};
    }
}

QVariant TimelinessTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || !m_report)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == IndicatorColumn)
        return tr("Indicator");
    if (section == LocationColumnIndex)
        return tr("Placed");
    return m_report->columnTitle(section - FirstMonthColumn);
}

} // namespace lac
