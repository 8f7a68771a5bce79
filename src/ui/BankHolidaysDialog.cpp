// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BankHolidaysDialog.h"

#include "common/DisplayDate.h"
#include "rules/WorkingDayCalendar.h"
#include "services/BankHolidayService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace lac {

BankHolidaysDialog::BankHolidaysDialog(const WorkingDayCalendar& calendar,
                                       const BankHolidayService& service, QDate today,
                                       QWidget* parent)
    : QDialog(parent)
    , m_calendar(calendar)
    , m_service(service)
{
    setWindowTitle(tr("Bank holidays"));
    m_year = new QSpinBox(this);
    m_year->setRange(2000, 2100);
    m_year->setValue(today.year());
    m_year->setAccessibleName(tr("Year"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Holiday"), tr("Source")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Bank holidays of the year"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);

    auto* add = new QPushButton(tr("&Add a day…"), this);
    add->setToolTip(tr("Add a newly announced bank holiday; every due date is recomputed"));
    auto* withdraw = new QPushButton(tr("&Withdraw selected…"), this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("&Year:"), this));
    top->addWidget(m_year);
    top->addStretch();
    top->addWidget(add);
    top->addWidget(withdraw);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    static_cast<QLabel*>(top->itemAt(0)->widget())->setBuddy(m_year);

    connect(m_year, &QSpinBox::valueChanged, this, &BankHolidaysDialog::showYear);
    connect(add, &QPushButton::clicked, this, &BankHolidaysDialog::addDay);
    connect(withdraw, &QPushButton::clicked, this, &BankHolidaysDialog::withdrawDay);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showYear(m_year->value());
    resize(560, 420);
}

void BankHolidaysDialog::showYear(int year)
{
    const auto days = m_calendar.holidays(year);
    m_table->setRowCount(int(days.size()));
    for (int i = 0; i < days.size(); ++i) {
        const auto& h = days.at(i);
        auto* date = new QTableWidgetItem(h.date.toString(QStringLiteral("ddd dd/MM/yyyy")));
        date->setData(Qt::UserRole, h.date);
        m_table->setItem(i, 0, date);
        m_table->setItem(i, 1, new QTableWidgetItem(h.title));
        QString source;
        switch (h.source) {
        case BankHoliday::Source::GovUk:
            source = tr("GOV.UK list");
            break;
        case BankHoliday::Source::Rule:
            source = tr("Standing rules");
            break;
        case BankHoliday::Source::Administrator:
            source = tr("Added by an administrator");
            break;
        }
        m_table->setItem(i, 2, new QTableWidgetItem(source));
    }
    m_message->setText(
        tr("Due dates count working days: Monday to Friday that are not bank holidays."));
}

void BankHolidaysDialog::addDay()
{
    QDialog ask(this);
    ask.setWindowTitle(tr("Add a bank holiday"));
    auto* date = new QDateEdit(QDate(m_year->value(), 1, 1), &ask);
    date->setCalendarPopup(true);
    date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    auto* title = new QLineEdit(&ask);
    title->setMaxLength(200);
    title->setPlaceholderText(tr("e.g. Extra bank holiday for …"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    auto* form = new QFormLayout(&ask);
    form->addRow(tr("&Date:"), date);
    form->addRow(tr("&Name:"), title);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    if (ask.exec() != QDialog::Accepted)
        return;
    const Status s = m_service.addHoliday(date->date(), title->text());
    if (!s) {
        QMessageBox::warning(this, tr("Bank holiday not added"), s.failure().text());
        return;
    }
    m_year->setValue(date->date().year());
    showYear(date->date().year());
    m_message->setText(tr("Added. Every due date has been recomputed with the new day."));
}

void BankHolidaysDialog::withdrawDay()
{
    const int row = m_table->currentRow();
    if (row < 0) {
        m_message->setText(tr("Select a day in the table first."));
        return;
    }
    const QDate date = m_table->item(row, 0)->data(Qt::UserRole).toDate();
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Withdraw a bank holiday"),
                              tr("Why is %1 no longer a bank holiday?").arg(displayDate(date)),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const Status s = m_service.withdrawHoliday(date, reason);
    if (!s) {
        QMessageBox::warning(this, tr("Bank holiday not withdrawn"), s.failure().text());
        return;
    }
    showYear(m_year->value());
    m_message->setText(tr("Withdrawn. Every due date has been recomputed."));
}

} // namespace lac
