// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oc2/core/Oc2YearFacts.h"
#include "workspace/CaseDialog.h"

#include <QDate>

class QComboBox;
class QLineEdit;

namespace lac {

/// Records one collection year's OC2 facts of a child: substance misuse, interventions and a
/// conviction or caution, each "Not known" until someone says. The intervention answers open
/// only when they are asked (misuse identified; "offered" only if none was received).
class Oc2YearFactsDialog : public CaseDialog
{
    Q_OBJECT

public:
    Oc2YearFactsDialog(const QString& heading, const Oc2YearFacts& initial, QDate today,
                       QWidget* parent = nullptr);
    Oc2YearFacts facts() const;

private:
    void updateOpen();

    Oc2YearFacts m_initial;
    QComboBox* m_year = nullptr;
    QComboBox* m_misuse = nullptr;
    QComboBox* m_received = nullptr;
    QComboBox* m_offered = nullptr;
    QComboBox* m_convicted = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace lac
