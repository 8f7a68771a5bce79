// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace lac {

/// Exit codes every command uses, so that scripts can tell a typo from bad data.
enum ExitCode
{
    ExitSuccess = 0,
    ExitDataError = 1,  ///< the input or the database is wrong; the message says what and where
    ExitUsageError = 2, ///< the command line is wrong
};

/// One `lachealth <command> ...` subcommand. Commands run without a window (QCoreApplication)
/// and print one-line errors on stderr.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual QString name() const = 0;
    /// One line for `lachealth --help`.
    virtual QString summary() const = 0;
    /// \a arguments starts with the program name, then the command's own arguments
    /// (the command name itself removed), ready for a QCommandLineParser.
    virtual int run(const QStringList& arguments) = 0;
    /// True for a command that draws (PDF, charts): main() then starts a QApplication, on the
    /// offscreen platform unless QT_QPA_PLATFORM says otherwise, so no display is needed.
    virtual bool needsGui() const { return false; }
};

} // namespace lac
