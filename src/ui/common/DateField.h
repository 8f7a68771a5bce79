// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLineEdit>

class QCalendarWidget;

namespace lac {

/// The one date input of every form. QDateEdit edits one section at a time, so typing a whole
/// date into it changed dates quietly (14/07/2019 became 14/12/2021; 31/02/2026 became
/// 31/12/2021). This field keeps exactly what was typed, parses it with TypedDate when it is
/// read, and says why when it is not a date; the calendar button is only a shortcut for
/// picking one. It starts empty unless given a date: it never invents one.
class DateField : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateField(QWidget* parent = nullptr);

    /// The typed date, or an invalid QDate when the text is empty or not a date.
    QDate date() const;
    /// Shows \a date as dd/mm/yyyy (an invalid date empties the field).
    void setDate(QDate date);
    /// Why the text is not a date, or empty when it is one. Empty text is a problem too
    /// ("enter the date…") unless the field is optional.
    QString problem() const;
    /// An optional field may be left empty.
    void setOptional(bool optional) { m_optional = optional; }
    /// Limits of the calendar shortcut only; the rules on what a date may be are the services'.
    void setMinimumDate(QDate date) { m_minimum = date; }
    void setMaximumDate(QDate date) { m_maximum = date; }

Q_SIGNALS:
    /// Emitted when the text becomes a different valid date, or stops being one (invalid date).
    void dateChanged(QDate date);

private:
    void showCalendar();
    void check();

    QDate m_minimum;
    QDate m_maximum;
    QDate m_last;
    bool m_optional = false;
};

} // namespace lac
