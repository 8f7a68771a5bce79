// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reporting/PublishedReport.h"

#include <QAbstractTableModel>

#include <memory>

namespace lac {

/// The board table on screen: one row per indicator and location (in area, out of area,
/// all), one column per month and the period, exactly the cells of the PDF and HTML papers.
/// Headline percentages carry a red/amber/green background against the targets.
class TimelinessTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IndicatorColumn,
        LocationColumnIndex,
        FirstMonthColumn, ///< months, then the period
    };
    enum Role
    {
        TargetStatusRole = Qt::UserRole + 1, ///< int(TargetStatus) for headline rows
    };

    explicit TimelinessTableModel(QObject* parent = nullptr);
    ~TimelinessTableModel() override;

    void setReport(const PublishedReport& report);
    const PublishedReport* report() const { return m_report.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::unique_ptr<PublishedReport> m_report;
};

} // namespace lac
