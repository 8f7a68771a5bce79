// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/DateField.h"

#include "common/DisplayDate.h"
#include "common/TypedDate.h"

#include <QAction>
#include <QCalendarWidget>
#include <QMenu>
#include <QStyle>
#include <QWidgetAction>

namespace lac {

DateField::DateField(QWidget* parent)
    : QLineEdit(parent)
{
    setPlaceholderText(tr("dd/mm/yyyy"));
    setToolTip(tr("Type the date as dd/mm/yyyy (also d/m/yyyy, with . or -, or ddmmyyyy), "
                  "or pick it from the calendar (Alt+Down)"));
    setMaxLength(10);
    QAction* pick = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                              QLineEdit::TrailingPosition);
    pick->setToolTip(tr("Pick from the calendar (Alt+Down)"));
    pick->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    pick->setShortcutContext(Qt::WidgetShortcut);
    connect(pick, &QAction::triggered, this, &DateField::showCalendar);
    connect(this, &QLineEdit::textChanged, this, &DateField::check);
}

QDate DateField::date() const
{
    const auto parsed = TypedDate::parse(text());
    return parsed ? parsed.value() : QDate();
}

void DateField::setDate(QDate date)
{
    setText(date.isValid() ? displayDate(date) : QString());
}

QString DateField::problem() const
{
    if (m_optional && text().trimmed().isEmpty())
        return {};
    const auto parsed = TypedDate::parse(text());
    return parsed ? QString() : parsed.failure().message;
}

void DateField::check()
{
    const QDate now = date();
    // A red edge while the text is not a date yet; the reason is given when the form is saved
    // and in the tooltip, so typing is not interrupted.
    const bool bad = !text().trimmed().isEmpty() && !now.isValid();
    setStyleSheet(bad ? QStringLiteral("QLineEdit { border: 1px solid #b02a37; }") : QString());
    if (now != m_last) {
        m_last = now;
        Q_EMIT dateChanged(now);
    }
}

void DateField::showCalendar()
{
    QMenu popup(this);
    auto* calendar = new QCalendarWidget(&popup);
    calendar->setGridVisible(true);
    calendar->setFirstDayOfWeek(Qt::Monday);
    if (m_minimum.isValid())
        calendar->setMinimumDate(m_minimum);
    if (m_maximum.isValid())
        calendar->setMaximumDate(m_maximum);
    if (date().isValid())
        calendar->setSelectedDate(date());
    auto* holder = new QWidgetAction(&popup);
    holder->setDefaultWidget(calendar);
    popup.addAction(holder);
    connect(calendar, &QCalendarWidget::activated, &popup, [this, &popup](QDate picked) {
        setDate(picked);
        popup.close();
    });
    connect(calendar, &QCalendarWidget::clicked, &popup, [this, &popup](QDate picked) {
        setDate(picked);
        popup.close();
    });
    calendar->setFocus();
    popup.exec(mapToGlobal(QPoint(0, height())));
}

} // namespace lac
