// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sdq/ui/SdqDialog.h"

#include "common/DateField.h"
#include "sdq/models/SdqListModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace lac {

SdqDialog::SdqDialog(const QString& heading, const SdqRecord& initial, QDate today, QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id ? tr("Correct an SDQ") : tr("Record an SDQ"));
    auto* prompt = new QLabel(heading, this);
    prompt->setWordWrap(true);
    m_date = new DateField(this);
    m_date->setDate(initial.date.isValid() ? initial.date : today);
    m_date->setMaximumDate(today);
    m_date->setAccessibleName(tr("Date"));
    m_outcome = new QComboBox(this);
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("Score returned"), int(SdqReason::None));
    for (SdqReason r :
         {SdqReason::OutsideAgeRange, SdqReason::CarerRefused, SdqReason::DisabilityTooSevere,
          SdqReason::Other, SdqReason::YoungPersonRefused})
        m_outcome->addItem(SdqListModel::reasonText(r), int(r));
    m_outcome->setCurrentIndex(m_outcome->findData(int(initial.reason)));
    m_score = new QSpinBox(this);
    m_score->setRange(0, 40);
    m_score->setValue(initial.score.value_or(0));
    m_score->setAccessibleName(tr("Score"));
    m_score->setToolTip(tr("The carer's total difficulties score, 0 to 40"));
    m_notes = new QLineEdit(initial.notes, this);
    m_notes->setAccessibleName(tr("Notes"));
    const auto scoreOpen = [this] { m_score->setEnabled(m_outcome->currentIndex() == 0); };
    connect(m_outcome, &QComboBox::currentIndexChanged, this, scoreOpen);
    scoreOpen();

    layOutRecordForm(prompt, {{tr("&Date:"), m_date},
                              {tr("&Outcome:"), m_outcome},
                              {tr("&Score (0-40):"), m_score},
                              {tr("&Notes:"), m_notes}});
    m_date->setFocus();
}

SdqRecord SdqDialog::sdq() const
{
    SdqRecord s = m_initial;
    s.date = m_date->date();
    s.reason = SdqReason(m_outcome->currentData().toInt());
    s.score = s.reason == SdqReason::None ? std::optional<int>(m_score->value()) : std::nullopt;
    s.notes = m_notes->text().trimmed();
    return s;
}

} // namespace lac
