// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "incoming/core/IncomingRequest.h"
#include "workspace/CaseDialog.h"

class QComboBox;
class QLineEdit;

namespace lac {

class DateField;
class RequestingAuthorities;

/// A child another authority has placed in our area, as the requester identifies them: the
/// responsible authority (from the reference list), their case ID, NHS number, name, date of
/// birth, the placement's area and dates. The service links the child to our own record when
/// the NHS number is one of ours.
class HostChildDialog : public CaseDialog
{
    Q_OBJECT

public:
    HostChildDialog(const HostChild& initial, const RequestingAuthorities& authorities, QDate today,
                    QWidget* parent = nullptr);
    /// What was entered on top of the child the dialog was opened with, or the date field that
    /// cannot be read.
    Result<HostChild> child() const;

private:
    DateField* date(QDate value, const QString& name, bool optional);
    QLineEdit* line(const QString& text, const QString& name);

    HostChild m_initial;
    QComboBox* m_authority = nullptr;
    QLineEdit* m_caseId = nullptr;
    QLineEdit* m_nhs = nullptr;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_family = nullptr;
    DateField* m_born = nullptr;
    QLineEdit* m_area = nullptr;
    DateField* m_from = nullptr;
    DateField* m_to = nullptr;
    QLineEdit* m_notes = nullptr;
};

} // namespace lac
