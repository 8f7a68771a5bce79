// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QComboBox;
class QSpinBox;

namespace lac {

/// A month of a report: a list of the twelve months beside a year. A QDateEdit showing
/// "MMM yyyy" ignored typing and the arrow keys on its month, so ranges could only be changed
/// with the mouse. Here the month list takes Up/Down, Page keys and the first letters of a
/// month's name ("Jul"); the year takes typed digits and the arrows. Moving the month past
/// December or before January carries into the year, as a person expects.
class MonthField : public QWidget
{
    Q_OBJECT

public:
    /// Shows the month of \a month (none chosen yet when invalid: the caller sets one).
    explicit MonthField(QDate month = {}, QWidget* parent = nullptr);

    /// The first day of the month shown.
    QDate month() const;
    /// Shows the month containing \a date (any day of it).
    void setMonth(QDate date);

    QComboBox* monthBox() const { return m_month; }
    QSpinBox* yearBox() const { return m_year; }

Q_SIGNALS:
    /// Emitted once for each change of month or year, with the first day of the new month.
    void monthChanged(QDate month);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void emitChange();

    QComboBox* m_month = nullptr;
    QSpinBox* m_year = nullptr;
    bool m_setting = false;
};

} // namespace lac
