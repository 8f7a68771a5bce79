// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/CaseTableExport.h"

#include "common/CsvWriter.h"
#include "security/AccessPolicy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace lac {

CaseTableExport::CaseTableExport(const AuditLog& audit)
    : m_audit(audit)
{}

Status CaseTableExport::allowed() const
{
    return AccessPolicy::require(m_audit.user(), Permission::ExportCaseData);
}

Status CaseTableExport::write(const QString& path, const QString& what, const QStringList& header,
                              const QList<QStringList>& rows) const
{
    if (auto s = allowed(); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure{tr("cannot write this file (%1)").arg(file.errorString()), path};
    CsvWriter csv(file);
    csv.writeRecord(header);
    for (const QStringList& r : rows)
        csv.writeRecord(r);
    if (!csv.ok() || !file.commit())
        return Failure{tr("the export could not be written completely "
                          "(%1); no file was saved")
                           .arg(file.errorString()),
                       path};
    AuditEntry e;
    e.action = QStringLiteral("export");
    e.entity = QStringLiteral("case_table");
    e.summary = tr("exported the %1 (%n row(s)) to %2", nullptr, int(rows.size()))
                    .arg(what, QFileInfo(path).fileName());
    e.after = QJsonObject{{QStringLiteral("file"), QFileInfo(path).absoluteFilePath()},
                          {QStringLiteral("table"), what},
                          {QStringLiteral("rows"), int(rows.size())}};
    return m_audit.append(e);
}

} // namespace lac
