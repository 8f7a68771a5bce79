// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace lac {

class RetentionReview;

/// Tools > Records past retention (administrators): the case records whose retention period
/// (to the child's 75th birthday) has ended, for the council's records officer to decide on.
/// The program itself never deletes them.
class RetentionReviewDialog : public QDialog
{
    Q_OBJECT

public:
    RetentionReviewDialog(const RetentionReview& review, QDate today, QWidget* parent = nullptr);
};

} // namespace lac
