// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliOutput.h"

#include <QCoreApplication>

#include "CliCommand.h"

#include <cstdio>

namespace lac {

void CliOutput::out(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int CliOutput::error(const QString& message, int exitCode)
{
    const QByteArray bytes = QStringLiteral("lachealth: %1\n").arg(message).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    return exitCode;
}

int CliOutput::failure(const Failure& f, int exitCode)
{
    return error(f.text(), exitCode);
}

int CliOutput::parse(QCommandLineParser& parser, const QStringList& arguments)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return error(parser.errorText(), ExitUsageError);
    if (parser.isSet(help)) {
        out(parser.helpText());
        return ExitSuccess;
    }
    return -1;
}

int CliOutput::notForServer(const QString& command, const QString& instead)
{
    return error(QCoreApplication::translate("lac::CliOutput",
                                             "'%1' works on a database file; a team database on a "
                                             "server is looked after by its administrator: %2 "
                                             "(docs/deployment.md)")
                     .arg(command, instead),
                 ExitDataError);
}

} // namespace lac
