// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RecordListModel.h"
#include "immunisations/core/ImmunisationDose.h"

#include <QHash>

namespace lac {

/// One child's recorded doses, with what each counts for in the schedule (or why it does
/// not), so the nurse sees at a glance which record the status rests on.
class ImmunisationListModel : public RecordListModel<ImmunisationDose>
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        VaccineColumn,
        CountsColumn,
        SourceColumn,
        NotesColumn,
    };

    explicit ImmunisationListModel(QObject* parent = nullptr);
    static QString sourceText(DoseSource source);
    /// Names for the vaccine codes ("6in1" → "6-in-1 (DTaP/IPV/Hib/HepB)").
    void setVaccineNames(QHash<QString, QString> names) { m_names = std::move(names); }
    /// Rows and, by dose id, what each counts for ("MMR dose 1", "does not count: …").
    void setDoses(QList<ImmunisationDose> doses, QHash<qint64, QString> counts);

protected:
    QVariant cell(const ImmunisationDose& row, int column, int role) const override;

private:
    QHash<QString, QString> m_names;
    QHash<qint64, QString> m_counts;
};

} // namespace lac
