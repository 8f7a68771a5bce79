// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;

namespace lac {

class BacklogModel;
class CaseTable;
class CaseWork;

/// Backlog priorities: overdue children ranked under 5 and 17+ first, then the nurse's
/// clinical-need flag, with the suggested mode; ticking the flag is an undoable command; the
/// list prints (or saves as PDF) for the clinic planning meeting.
class BacklogView : public QWidget
{
    Q_OBJECT

public:
    explicit BacklogView(CaseWork& work, QWidget* parent = nullptr);
    ~BacklogView() override;

    BacklogModel* model() const { return m_model; }
    CaseTable* table() const { return m_table; }
    /// The printable list as HTML (at most \a maxRows rows).
    QString printableHtml(int maxRows = 500);
    /// Writes the printable list to a PDF file; empty on success, else what went wrong.
    QString savePdf(const QString& path);

public Q_SLOTS:
    void refresh();

protected:
    /// The backlog is read the first time it is shown, not when the window is built.
    void showEvent(QShowEvent* event) override;

private:
    void applyFilter();
    void print();

    CaseWork& m_work;
    BacklogModel* m_model = nullptr;
    CaseTable* m_table = nullptr;
    QComboBox* m_location = nullptr;
    bool m_read = false; ///< shown once, so its rows are read and kept up to date
};

} // namespace lac
