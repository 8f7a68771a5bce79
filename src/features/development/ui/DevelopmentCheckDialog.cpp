// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "development/ui/DevelopmentCheckDialog.h"

#include "common/DateField.h"
#include "development/models/DevelopmentCheckListModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace lac {

DevelopmentCheckDialog::DevelopmentCheckDialog(const QString& heading,
                                               const DevelopmentCheckRecord& initial, QDate today,
                                               QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id ? tr("Correct a development review")
                              : tr("Record a development review"));
    auto* prompt = new QLabel(heading, this);
    prompt->setWordWrap(true);
    m_review = new QComboBox(this);
    m_review->setAccessibleName(tr("Review"));
    for (DevelopmentReview r : {DevelopmentReview::SixToEightWeeks, DevelopmentReview::OneYear,
                                DevelopmentReview::TwoYears})
        m_review->addItem(DevelopmentCheckListModel::reviewText(r), int(r));
    m_review->setCurrentIndex(m_review->findData(int(initial.review)));
    m_date = new DateField(this);
    m_date->setDate(initial.date.isValid() ? initial.date : today);
    m_date->setMaximumDate(today);
    m_date->setAccessibleName(tr("Date"));
    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome"));
    for (DevelopmentOutcome o :
         {DevelopmentOutcome::Done, DevelopmentOutcome::Declined, DevelopmentOutcome::WasNotBrought,
          DevelopmentOutcome::NotDoneOther})
        m_outcome->addItem(DevelopmentCheckListModel::outcomeText(o), int(o));
    m_outcome->setCurrentIndex(m_outcome->findData(int(initial.outcome)));
    m_reviewer = new QLineEdit(initial.reviewer, this);
    m_reviewer->setAccessibleName(tr("Health visitor"));
    m_reviewer->setPlaceholderText(tr("health visitor or team"));
    m_notes = new QLineEdit(initial.notes, this);
    m_notes->setAccessibleName(tr("Notes"));

    layOutRecordForm(prompt, {{tr("&Review:"), m_review},
                              {tr("&Date:"), m_date},
                              {tr("&Outcome:"), m_outcome},
                              {tr("&Health visitor:"), m_reviewer},
                              {tr("&Notes:"), m_notes}});
    m_review->setFocus();
}

DevelopmentCheckRecord DevelopmentCheckDialog::check() const
{
    DevelopmentCheckRecord c = m_initial;
    c.review = DevelopmentReview(m_review->currentData().toInt());
    c.date = m_date->date();
    c.outcome = DevelopmentOutcome(m_outcome->currentData().toInt());
    c.reviewer = m_reviewer->text().trimmed();
    c.notes = m_notes->text().trimmed();
    return c;
}

} // namespace lac
