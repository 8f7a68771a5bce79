// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CaseDialog.h"
#include "domain/AppointmentRecord.h"
#include <memory>

class QLineEdit;

namespace Ui {
class BookingDialog;
}

namespace lac {

/// Booking (or rebooking) an assessment: provider, clinician, venue, date and time, mode
/// and interpreter. Every attempt is kept, so a rebook is a new booking.
class BookingDialog : public CaseDialog
{
    Q_OBJECT

public:
    /// An initial assessment (\a initialAssessment) is never done by questionnaire, so that
    /// mode is not offered for it (it used to be, and was refused only on saving).
    BookingDialog(const QString& assessment, bool initialAssessment,
                  const QList<ReferenceItem>& providers, const AppointmentRecord& initial,
                  QWidget* parent = nullptr);
    AppointmentRecord booking() const;
    /// Turns the dialog into a move of an existing booking: adds the required "Why moved"
    /// field (who asked, and why), kept with the old booking.
    void askWhyMoved();
    QString whyMoved() const;
    /// Offers earlier clinicians, venues and languages as the user types (any part matches).
    void setSuggestions(const BookingSuggestions& suggestions);
    ~BookingDialog() override;
    Ui::BookingDialog& form() { return *m_ui; }

private:
    std::unique_ptr<Ui::BookingDialog> m_ui;
    QLineEdit* m_whyMoved = nullptr;
};

} // namespace lac
