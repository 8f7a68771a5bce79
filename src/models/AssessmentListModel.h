// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "domain/AssessmentRecord.h"
#include "rules/RagRating.h"

#include <QHash>

namespace lac {

/// A child's assessments, expected and done: due date, stage, paperwork, completion, late
/// reason. Outstanding ones are coloured by days to due.
class AssessmentListModel : public RecordListModel<AssessmentRecord>
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        DueColumn,
        StatusColumn,
        RequestedColumn,
        PaperworkColumn,
        CompletedColumn,
        LateReasonColumn,
        ReportColumn,
        DoctorReviewColumn,
        ColumnCount
    };

    explicit AssessmentListModel(QObject* parent = nullptr);
    /// Late reason code -> description, so the table shows words rather than codes.
    void setLateReasons(QHash<QString, QString> descriptions)
    {
        m_lateReasons = std::move(descriptions);
    }
    void setToday(QDate today, RagRating rag)
    {
        m_today = today;
        m_rag = rag;
    }

protected:
    QVariant cell(const AssessmentRecord& a, int column, int role) const override;

private:
    QDate m_today; ///< set by setToday() from the services' clock
    RagRating m_rag;
    QHash<QString, QString> m_lateReasons;
};

} // namespace lac
