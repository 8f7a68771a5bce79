// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/RetentionTableModel.h"

namespace lac {

RetentionTableModel::RetentionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RetentionTableModel::setCases(const QList<RetentionCase>& cases)
{
    beginResetModel();
    m_cases = cases;
    endResetModel();
}

int RetentionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cases.size());
}

int RetentionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole)
        return {};
    const RetentionCase& c = m_cases.at(index.row());
    switch (index.column()) {
    case CaseId:
        return c.caseId;
    case Name:
        return c.name;
    case DateOfBirth:
        return c.dateOfBirth.toString(Qt::ISODate);
    case RetainUntil:
        return c.retainUntil.toString(Qt::ISODate);
    case State:
        if (c.inCare)
            return tr("Still recorded as in care");
        return c.closedAt.isEmpty() ? tr("Open record") : tr("Closed %1").arg(c.closedAt.left(10));
    case LastActivity:
        return c.lastActivity.left(10);
    default:
        return {};
    }
}

QVariant RetentionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseId:
        return tr("Case ID");
    case Name:
        return tr("Name");
    case DateOfBirth:
        return tr("Date of birth");
    case RetainUntil:
        return tr("Kept until (75th birthday)");
    case State:
        return tr("Record");
    case LastActivity:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace lac
