// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace lac {

class BankHolidayService;
class WorkingDayCalendar;

/// Shows the bank holidays the due dates are counted with, year by year and where each came
/// from, and lets an administrator add a newly announced day or withdraw one.
class BankHolidaysDialog : public QDialog
{
    Q_OBJECT

public:
    /// Opens on the year of \a today.
    BankHolidaysDialog(const WorkingDayCalendar& calendar, const BankHolidayService& service,
                       QDate today, QWidget* parent = nullptr);

private:
    void showYear(int year);
    void addDay();
    void withdrawDay();

    const WorkingDayCalendar& m_calendar;
    const BankHolidayService& m_service;
    QSpinBox* m_year = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace lac
