// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassportCommand.h"

#include "CliOutput.h"
#include "CommandDatabase.h"
#include "passport/core/PassportService.h"
#include "passport/models/PassportDocument.h"
#include "services/AppServices.h"

#include <QFileInfo>

namespace lac {

QString PassportCommand::summary() const
{
    return tr("passport --db PATH --child CASE_ID --out FILE.pdf|FILE.html   a young person's "
              "health passport");
}

int PassportCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the latest signed-off health passport of one young person as an A5 PDF "
           "booklet, or (for a file ending .html) as an accessible web page with real headings "
           "for a screen reader. The export is recorded in the audit trail."));
    const QCommandLineOption dbOption(QStringLiteral("db"), tr("The database."),
                                      QStringLiteral("path"));
    const QCommandLineOption childOption(QStringLiteral("child"), tr("The child's case ID."),
                                         QStringLiteral("case-id"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       tr("The file to write: .pdf for the booklet, .html for "
                                          "the accessible web page."),
                                       QStringLiteral("file"));
    parser.addOptions({dbOption, childOption, outOption});
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;
    if (!parser.isSet(dbOption) || !parser.isSet(childOption) || !parser.isSet(outOption))
        return CliOutput::error(tr("passport needs --db, --child and --out (a passport is "
                                   "personal data, so it is never written to the current "
                                   "folder by default), e.g. 'lachealth passport --db "
                                   "lac.sqlite --child C1234 --out ~/passports/C1234.pdf'"),
                                ExitUsageError);
    if (!parser.positionalArguments().isEmpty())
        return CliOutput::error(
            tr("unexpected argument '%1'").arg(parser.positionalArguments().first()),
            ExitUsageError);
    auto opened = CommandDatabase::open(parser.value(dbOption));
    if (!opened)
        return CliOutput::failure(opened.failure(), ExitDataError);
    AppServices services(std::move(opened.value().db), opened.value().user);
    const PassportService passports(services.caseContext(), services.settings());
    auto child = passports.childByCaseId(parser.value(childOption));
    if (!child)
        return CliOutput::failure(child.failure(), ExitDataError);
    // Named in full here, so the audit trail says exactly where the copy went.
    const QString out = QFileInfo(parser.value(outOption)).absoluteFilePath();
    if (Status s = passports.exportCopy(child.value(), out, *PassportDocument::forPath(out)); !s)
        return CliOutput::failure(s.failure(), ExitDataError);
    CliOutput::out(tr("wrote %1").arg(out));
    return ExitSuccess;
}

} // namespace lac
