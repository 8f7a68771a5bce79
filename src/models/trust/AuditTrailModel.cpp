// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "trust/AuditTrailModel.h"

#include "services/AuditTrailService.h"

#include <QDateTime>
#include <QLocale>

namespace lac {

AuditTrailModel::AuditTrailModel(const AuditTrailService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{
    reload();
}

void AuditTrailModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditTrailModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    auto total = m_service.count(m_filter);
    m_total = total ? *total : 0;
    if (!total)
        m_error = total.failure().text();
    m_atEnd = !total || m_total == 0;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
    Q_EMIT loaded();
}

int AuditTrailModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTrailModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTrailModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void AuditTrailModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    auto page = m_service.page(m_filter, m_rows.isEmpty() ? 0 : m_rows.last().id, pageSize);
    if (!page) {
        m_error = page.failure().text();
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < pageSize;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
}

QVariant AuditTrailModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord& r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return r.summary;
    if (role == Qt::ToolTipRole && index.column() == At)
        return tr("%1 UTC").arg(r.at);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At: {
        const QDateTime utc = QDateTime::fromString(r.at, Qt::ISODate);
        return utc.isValid()
                   ? QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                   : r.at;
    }
    case User:
        return r.login;
    case Action:
        return r.action;
    case Record:
        return r.entityId ? QStringLiteral("%1 #%2").arg(r.entity).arg(r.entityId) : r.entity;
    case Child:
        return r.caseId.isEmpty() && r.childId ? QStringLiteral("#%1").arg(r.childId) : r.caseId;
    case Summary:
        return r.summary;
    default:
        return {};
    }
}

QVariant AuditTrailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case At:
        return tr("When");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Child:
        return tr("Child (case ID)");
    case Summary:
        return tr("What happened");
    default:
        return {};
    }
}

} // namespace lac
