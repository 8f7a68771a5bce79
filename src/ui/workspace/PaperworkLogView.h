// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseLogView.h"

namespace lac {

class PaperworkLogModel;

/// The paperwork issues log: open (or closed) issues, oldest first, with days outstanding.
/// Recording that an issue was put right moves the request on when it was the last one.
class PaperworkLogView : public CaseLogView
{
    Q_OBJECT

public:
    explicit PaperworkLogView(CaseWork& work, QWidget* parent = nullptr);
    ~PaperworkLogView() override;

    PaperworkLogModel* model() const { return m_model; }
    void putRight();
    void markReturned();
    void edit();

protected:
    void applyFilter() override;

private:
    PaperworkLogModel* m_model = nullptr;
};

} // namespace lac
