// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "oc2/core/Oc2ReturnService.h"

#include <QDate>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace lac {

class CaseWork;
class Oc2GapListModel;

/// File → Year-end OC2 return…: checks a collection year's return and lists its gaps like a
/// worklist (a double-click opens the child), then writes oc2.csv, header.csv and episodes.csv
/// to a folder the user chooses, the same files as `lachealth oc2`. With gaps left it writes
/// only when the user ticks "write with the gaps left blank".
class Oc2ReturnDialog : public QDialog
{
    Q_OBJECT

public:
    Oc2ReturnDialog(const Oc2ReturnService& service, CaseWork& work, QDate today,
                    QWidget* parent = nullptr);

    /// Checks the year chosen (also run on opening).
    void check();
    /// Writes to \a folder; false (with the reason shown) when refused.
    bool writeTo(const QString& folder);
    const Oc2GapListModel* gaps() const { return m_gaps; }

private:
    void chooseFolderAndWrite();

    const Oc2ReturnService& m_service;
    CaseWork& m_work;
    std::optional<Oc2Return> m_return;
    QComboBox* m_year = nullptr;
    QLabel* m_summary = nullptr;
    QTableView* m_table = nullptr;
    Oc2GapListModel* m_gaps = nullptr;
    QCheckBox* m_allowGaps = nullptr;
    QPushButton* m_write = nullptr;
};

} // namespace lac
