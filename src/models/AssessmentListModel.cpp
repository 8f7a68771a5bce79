// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentListModel.h"

#include "domain/CaseCodes.h"
#include "domain/CodeList.h"

namespace lac {

AssessmentListModel::AssessmentListModel(QObject* parent)
    : RecordListModel({tr("Assessment"), tr("Due"), tr("Stage"), tr("Requested"), tr("Paperwork"),
                       tr("Completed"), tr("Late reason"), tr("Report"), tr("Doctor review")},
                      parent)
{}

QVariant AssessmentListModel::cell(const AssessmentRecord& a, int column, int role) const
{
    switch (role) {
    case PagedTableModel::RecordIdRole:
    case PagedTableModel::AssessmentIdRole:
        return a.id;
    case PagedTableModel::ChildIdRole:
        return a.childId;
    case Qt::BackgroundRole:
    case Qt::ForegroundRole:
        if (column == DueColumn && a.isOutstanding())
            return PagedTableModel::ragBrush(m_rag.rate(a.due, m_today), role);
        if (column == LateReasonColumn && a.completedDate > a.due && a.lateReasonCode.isEmpty())
            return PagedTableModel::ragBrush(RagRating::Red, role);
        return {};
    case Qt::ToolTipRole:
        if (column == DueColumn)
            return a.isIha()
                       ? tr("20 working days after care started on %1").arg(dayText(a.clockStart))
                       : tr("Review after the assessment on %1").arg(dayText(a.clockStart));
        if (column == LateReasonColumn && !a.lateReasonNote.isEmpty())
            return a.lateReasonNote;
        return {};
    case Qt::DisplayRole:
    case PagedTableModel::RawValueRole: {
        const bool raw = role == PagedTableModel::RawValueRole;
        auto date = [raw](QDate d) { return raw ? QVariant(d) : QVariant(dayText(d)); };
        switch (column) {
        case KindColumn:
            return a.kindName();
        case DueColumn:
            return date(a.due);
        case StatusColumn:
            if (raw)
                return assessmentStatusCode(a.status);
            if (!a.exemption.isEmpty())
                return tr("Not required (%1)").arg(a.exemption);
            return CodeList::label(CodeList::assessmentStatuses(), assessmentStatusCode(a.status));
        case RequestedColumn:
            return date(a.requestedDate);
        case PaperworkColumn:
            return raw ? paperworkStatusCode(a.paperworkStatus)
                       : CodeList::label(CodeList::paperworkStatuses(),
                                         paperworkStatusCode(a.paperworkStatus));
        case CompletedColumn:
            if (raw)
                return a.completedDate;
            if (!a.completedDate.isValid())
                return QString();
            return a.completedBy == Clinician::None
                       ? dayText(a.completedDate)
                       : tr("%1 by %2")
                             .arg(dayText(a.completedDate),
                                  CodeList::label(CodeList::completedBy(),
                                                  clinicianCode(a.completedBy))
                                      .toLower());
        case LateReasonColumn:
            if (!raw && a.completedDate > a.due && a.lateReasonCode.isEmpty())
                return tr("Missing");
            return raw ? a.lateReasonCode : m_lateReasons.value(a.lateReasonCode, a.lateReasonCode);
        case ReportColumn:
            return date(a.reportReceivedDate);
        case DoctorReviewColumn:
            if (raw)
                return doctorReviewCode(a.doctorReview);
            return a.doctorReview == DoctorReview::NotNeeded
                       ? QString()
                       : CodeList::label(CodeList::doctorReviews(),
                                         doctorReviewCode(a.doctorReview));
        default:
            return {};
        }
    }
    default:
        return {};
    }
}

} // namespace lac
