// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/MonthField.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLocale>
#include <QSpinBox>

namespace lac {

MonthField::MonthField(QDate month, QWidget* parent)
    : QWidget(parent)
    , m_month(new QComboBox(this))
    , m_year(new QSpinBox(this))
{
    const QLocale uk(QLocale::English, QLocale::UnitedKingdom);
    for (int m = 1; m <= 12; ++m)
        m_month->addItem(uk.standaloneMonthName(m, QLocale::LongFormat), m);
    m_month->setAccessibleName(tr("Month"));
    m_year->setRange(2000, 2100);
    m_year->setAccessibleName(tr("Year"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_month);
    layout->addWidget(m_year);
    setFocusProxy(m_month);
    m_month->installEventFilter(this);
    if (month.isValid())
        setMonth(month);
    connect(m_month, &QComboBox::currentIndexChanged, this, &MonthField::emitChange);
    connect(m_year, &QSpinBox::valueChanged, this, &MonthField::emitChange);
}

QDate MonthField::month() const
{
    return QDate(m_year->value(), m_month->currentIndex() + 1, 1);
}

void MonthField::setMonth(QDate date)
{
    if (!date.isValid() ||
        (date.year() == m_year->value() && date.month() == m_month->currentIndex() + 1))
        return;
    m_setting = true;
    m_year->setValue(date.year());
    m_month->setCurrentIndex(date.month() - 1);
    m_setting = false;
    Q_EMIT monthChanged(month());
}

void MonthField::emitChange()
{
    if (!m_setting)
        Q_EMIT monthChanged(month());
}

bool MonthField::eventFilter(QObject* watched, QEvent* event)
{
    // Up from January goes to December of the year before; Down from December to January.
    if (watched == m_month && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int step = key->key() == Qt::Key_Up ? -1 : key->key() == Qt::Key_Down ? 1 : 0;
        const int index = m_month->currentIndex() + step;
        if (step != 0 && (index < 0 || index > 11) && !m_month->view()->isVisible()) {
            setMonth(month().addMonths(step));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace lac
