// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "oc2/ui/Oc2YearFactsDialog.h"

#include "oc2/core/Oc2Year.h"
#include "oc2/models/Oc2YearFactsListModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace lac {
namespace {

QComboBox* answerBox(std::optional<bool> value, const QString& name, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(name);
    for (int v : {-1, 0, 1})
        box->addItem(
            Oc2YearFactsListModel::answerText(v < 0 ? std::nullopt : std::optional<bool>(v == 1)),
            v);
    box->setCurrentIndex(box->findData(value ? int(*value) : -1));
    return box;
}

std::optional<bool> answer(const QComboBox* box)
{
    if (!box->isEnabled())
        return std::nullopt;
    const int v = box->currentData().toInt();
    return v < 0 ? std::nullopt : std::optional<bool>(v == 1);
}

} // namespace

Oc2YearFactsDialog::Oc2YearFactsDialog(const QString& heading, const Oc2YearFacts& initial,
                                       QDate today, QWidget* parent)
    : CaseDialog(parent)
    , m_initial(initial)
{
    setWindowTitle(initial.id ? tr("Correct OC2 year facts") : tr("Record OC2 year facts"));
    auto* prompt = new QLabel(heading, this);
    prompt->setWordWrap(true);
    m_year = new QComboBox(this);
    m_year->setAccessibleName(tr("Year"));
    const Oc2Year current = Oc2Year::containing(today);
    for (int y = current.firstYear; y >= current.firstYear - 3; --y)
        m_year->addItem(Oc2Year{y}.label(), y);
    if (initial.firstYear) {
        if (m_year->findData(initial.firstYear) < 0)
            m_year->addItem(Oc2Year{initial.firstYear}.label(), initial.firstYear);
        m_year->setCurrentIndex(m_year->findData(initial.firstYear));
        m_year->setEnabled(!initial.id);
    } else {
        // The year a return is due for is the one most often filled in.
        m_year->setCurrentIndex(m_year->findData(Oc2Year::lastEnded(today).firstYear));
    }
    m_misuse = answerBox(initial.substanceMisuse, tr("Substance misuse"), this);
    m_received = answerBox(initial.interventionReceived, tr("Intervention received"), this);
    m_offered = answerBox(initial.interventionOffered, tr("Intervention offered"), this);
    m_convicted = answerBox(initial.convicted, tr("Convicted"), this);
    m_convicted->setToolTip(tr("Convicted or given a final warning or reprimand (youth caution) "
                               "in the year; asked from age 10. Social care supplies it."));
    m_notes = new QLineEdit(initial.notes, this);
    m_notes->setAccessibleName(tr("Notes"));
    connect(m_misuse, &QComboBox::currentIndexChanged, this, &Oc2YearFactsDialog::updateOpen);
    connect(m_received, &QComboBox::currentIndexChanged, this, &Oc2YearFactsDialog::updateOpen);
    updateOpen();

    layOutRecordForm(prompt, {{tr("&Year:"), m_year},
                              {tr("&Substance misuse identified:"), m_misuse},
                              {tr("Intervention &received:"), m_received},
                              {tr("Intervention &offered:"), m_offered},
                              {tr("&Convicted or cautioned:"), m_convicted},
                              {tr("&Notes:"), m_notes}});
    m_misuse->setFocus();
}

void Oc2YearFactsDialog::updateOpen()
{
    const bool misuse = m_misuse->currentData().toInt() == 1;
    m_received->setEnabled(misuse);
    m_offered->setEnabled(misuse && m_received->currentData().toInt() == 0);
}

Oc2YearFacts Oc2YearFactsDialog::facts() const
{
    Oc2YearFacts f = m_initial;
    f.firstYear = m_year->currentData().toInt();
    f.substanceMisuse = answer(m_misuse);
    f.interventionReceived = answer(m_received);
    f.interventionOffered = answer(m_offered);
    f.convicted = answer(m_convicted);
    f.notes = m_notes->text().trimmed();
    return f;
}

} // namespace lac
