// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChildTableModel.h"

#include "common/DisplayDate.h"
#include "domain/CaseCodes.h"
#include "domain/PlacementGroup.h"
#include "rules/ChildAge.h"

#include <QBrush>
#include <QColor>
#include <QScopeGuard>

#include <algorithm>

namespace lac {
namespace {

QString locationText(PlacementLocation l)
{
    switch (l) {
    case PlacementLocation::InArea:
        return ChildTableModel::tr("In area");
    case PlacementLocation::OutOfArea:
        return ChildTableModel::tr("Out of area");
    case PlacementLocation::Unknown:
        break;
    }
    return ChildTableModel::tr("Unknown");
}

QString sexText(const QString& sex)
{
    switch (sexFromCode(sex)) {
    case Sex::Male:
        return ChildTableModel::tr("Male");
    case Sex::Female:
        return ChildTableModel::tr("Female");
    case Sex::NotKnown:
        break;
    }
    return ChildTableModel::tr("Not known");
}

std::optional<ChildListQuery::SortKey> sortKeyFor(int column)
{
    using K = ChildListQuery::SortKey;
    switch (column) {
    case ChildTableModel::CaseIdColumn:
        return K::CaseId;
    case ChildTableModel::NameColumn:
        return K::Name;
    case ChildTableModel::DateOfBirthColumn:
    case ChildTableModel::AgeColumn:
        return K::DateOfBirth;
    case ChildTableModel::SexColumn:
        return K::Sex;
    case ChildTableModel::InCareColumn:
        return K::InCare;
    case ChildTableModel::PlacementColumn:
        return K::PlacementType;
    case ChildTableModel::LocationColumn:
        return K::Location;
    case ChildTableModel::NextDueKindColumn:
        return K::NextDueKind;
    case ChildTableModel::NextDueDateColumn:
    case ChildTableModel::DaysToDueColumn:
        return K::NextDueDate;
    default:
        return std::nullopt;
    }
}

} // namespace

ChildTableModel::ChildTableModel(const ChildListSource& source, QObject* parent)
    : QAbstractTableModel(parent)
    , m_source(source)
{}

void ChildTableModel::setQuery(const ChildListQuery& query)
{
    m_query = query;
    m_queried = true;
    reload();
}

void ChildTableModel::refresh()
{
    if (!m_queried)
        return; // nothing shown yet, so nothing to bring up to date
    reload();
}

void ChildTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_lastError.clear();
    m_end = {};
    // Opening shows the count and the first page at once; each later page starts after the
    // last row loaded (see fetchMore).
    auto count = m_source.count(m_query);
    m_total = count ? count.value() : 0;
    if (count) {
        auto first = m_source.page(m_query, m_end, m_pageSize);
        if (first) {
            m_rows = first.value().rows;
            m_end = first.value().end;
            if (m_rows.size() < m_pageSize)
                m_total = int(m_rows.size()); // a change elsewhere since the count
        } else {
            m_lastError = first.failure().text();
        }
    } else {
        m_lastError = count.failure().text();
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        Q_EMIT loadFailed(m_lastError);
    Q_EMIT totalCountChanged(m_total);
}

int ChildTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChildTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ChildTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total && m_lastError.isEmpty();
}

void ChildTableModel::fetchMore(const QModelIndex& parent)
{
    // Views (and QAbstractItemModelTester) may ask again from inside our own row-insertion
    // signals; a second fetch then would load the same page twice.
    if (parent.isValid() || m_fetching)
        return;
    m_fetching = true;
    const auto done = qScopeGuard([this] { m_fetching = false; });
    auto page = m_source.page(m_query, m_end, m_pageSize);
    if (!page) {
        m_lastError = page.failure().text();
        Q_EMIT loadFailed(m_lastError);
        return;
    }
    const auto& rows = page.value().rows;
    // After someone else's change since the count, a short page is the end of the list and a
    // full page past the count means children were added (a refresh shows the rest).
    const int loaded = int(m_rows.size() + rows.size());
    const int total = rows.size() < m_pageSize ? loaded : std::max(m_total, loaded);
    if (!rows.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
        m_rows.append(rows);
        m_end = page.value().end;
        endInsertRows();
    }
    if (total != m_total) {
        m_total = total;
        Q_EMIT totalCountChanged(m_total);
    }
}

void ChildTableModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKeyFor(column);
    if (!key)
        return;
    ChildListQuery q = m_query;
    q.sortKey = *key;
    // Age runs the other way from date of birth; days to due the same way as the due date.
    const bool ascending = order == Qt::AscendingOrder;
    q.descending = column == AgeColumn ? ascending : !ascending;
    if (q == m_query && !m_rows.isEmpty())
        return;
    if (!m_queried) {
        m_query = q; // a view restoring its sort order: the first setQuery() reads it
        return;
    }
    setQuery(q);
}

QVariant ChildTableModel::displayValue(const ChildListRow& row, int column) const
{
    switch (column) {
    case CaseIdColumn:
        return row.caseId;
    case NameColumn:
        if (row.familyName.isEmpty() && row.givenName.isEmpty())
            return tr("(no name recorded)");
        return row.givenName.isEmpty() ? row.familyName
                                       : tr("%1, %2").arg(row.familyName, row.givenName);
    case DateOfBirthColumn:
        return displayDate(row.dateOfBirth);
    case AgeColumn: {
        const int years = ChildAge::yearsOn(row.dateOfBirth, m_query.today);
        return years < 0 ? QVariant() : QVariant(years);
    }
    case SexColumn:
        return sexText(row.sex);
    case InCareColumn:
        return row.inCare ? tr("In care") : tr("Left care");
    case PlacementColumn:
        if (row.placementType.isEmpty())
            return QString();
        return tr("%1 – %2").arg(row.placementType,
                                 PlacementGroup::displayName(row.placementGroup));
    case LocationColumn:
        return locationText(row.location);
    case NextDueKindColumn:
        return row.nextDueKind;
    case NextDueDateColumn:
        return row.nextDueDate.isValid() ? displayDate(row.nextDueDate) : QString();
    case DaysToDueColumn:
        if (!row.nextDueDate.isValid())
            return QVariant();
        return qint64(m_query.today.daysTo(row.nextDueDate));
    default:
        return {};
    }
}

QVariant ChildTableModel::rawValue(const ChildListRow& row, int column) const
{
    switch (column) {
    case CaseIdColumn:
        return row.caseId;
    case NameColumn:
        return QStringList{row.familyName, row.givenName}.join(QLatin1Char(' '));
    case DateOfBirthColumn:
        return row.dateOfBirth;
    case SexColumn:
        return row.sex;
    case InCareColumn:
        return row.inCare;
    case PlacementColumn:
        return row.placementType;
    case LocationColumn:
        return locationCode(row.location);
    case NextDueDateColumn:
        return row.nextDueDate;
    default:
        return displayValue(row, column);
    }
}

QVariant ChildTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChildListRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case RawValueRole:
        return rawValue(row, column);
    case ChildIdRole:
        return row.id;
    case Qt::TextAlignmentRole:
        if (column == AgeColumn || column == DaysToDueColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == NextDueDateColumn || column == DaysToDueColumn) {
            if (!row.nextDueDate.isValid())
                return tr("Nothing due: not in care, exempt, or no assessment recorded yet");
            const qint64 days = m_query.today.daysTo(row.nextDueDate);
            return days < 0
                       ? tr("%1 overdue by %n day(s)", nullptr, int(-days)).arg(row.nextDueKind)
                       : tr("%1 due in %n day(s)", nullptr, int(days)).arg(row.nextDueKind);
        }
        if (column == PlacementColumn)
            return PlacementGroup::displayName(row.placementGroup);
        return {};
    case Qt::ForegroundRole:
    case Qt::BackgroundRole:
        if ((column == NextDueDateColumn || column == DaysToDueColumn) &&
            row.nextDueDate.isValid()) {
            const qint64 days = m_query.today.daysTo(row.nextDueDate);
            // Red overdue, amber due soon; the text colour pairs with a light fill for contrast.
            if (days < 0)
                return role == Qt::BackgroundRole ? QBrush(QColor(0xf8, 0xd7, 0xda))
                                                  : QBrush(QColor(0x84, 0x20, 0x29));
            if (days <= m_amberDays)
                return role == Qt::BackgroundRole ? QBrush(QColor(0xff, 0xf3, 0xcd))
                                                  : QBrush(QColor(0x66, 0x4d, 0x03));
        }
        return {};
    default:
        return {};
    }
}

QVariant ChildTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CaseIdColumn:
        return tr("Case ID");
    case NameColumn:
        return tr("Name");
    case DateOfBirthColumn:
        return tr("Date of birth");
    case AgeColumn:
        return tr("Age");
    case SexColumn:
        return tr("Sex");
    case InCareColumn:
        return tr("Status");
    case PlacementColumn:
        return tr("Placement");
    case LocationColumn:
        return tr("Area");
    case NextDueKindColumn:
        return tr("Next due");
    case NextDueDateColumn:
        return tr("Due date");
    case DaysToDueColumn:
        return tr("Days to due");
    default:
        return {};
    }
}

} // namespace lac
