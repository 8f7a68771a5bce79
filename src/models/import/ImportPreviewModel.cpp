// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace lac {

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ImportPreviewModel::setChanges(const QList<ImportChange>& changes)
{
    beginResetModel();
    m_changes = changes;
    endResetModel();
}

void ImportPreviewModel::clear()
{
    setChanges({});
}

QString ImportPreviewModel::kindName(ImportChange::Kind kind)
{
    switch (kind) {
    case ImportChange::Kind::Added:
        return tr("New");
    case ImportChange::Kind::Updated:
        return tr("Updated");
    case ImportChange::Kind::Rejected:
        return tr("Rejected");
    }
    return {};
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportChange& c = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChangeColumn:
            return kindName(c.kind);
        case RecordColumn:
            return c.record;
        case CaseIdColumn:
            return c.caseId;
        case DetailColumn:
            return QString(c.detail).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case FileColumn:
            return c.file;
        case LineColumn:
            return c.line > 0 ? QVariant(c.line) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? QVariant(c.detail) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == ChangeColumn && c.kind == ImportChange::Kind::Rejected)
            return QBrush(QColor(0xb0, 0x1c, 0x1c)); // dark red, readable on white and grey
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == LineColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                            : QVariant();
    case KindRole:
        return int(c.kind);
    case LineRole:
        return c.line;
    case SortRole:
        return index.column() == LineColumn ? QVariant(c.line) : data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChangeColumn:
        return tr("Change");
    case RecordColumn:
        return tr("Record");
    case CaseIdColumn:
        return tr("Case ID");
    case DetailColumn:
        return tr("What changes, or why it is rejected");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    }
    return {};
}

} // namespace lac
