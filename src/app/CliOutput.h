// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCommandLineParser>
#include <QString>

namespace lac {

/// Shared output helpers for the commands: one line on stderr, the exit code returned.
class CliOutput
{
public:
    static void out(const QString& line);                   ///< stdout, with a newline
    static int error(const QString& message, int exitCode); ///< "lachealth: message" on stderr
    static int failure(const Failure& failure, int exitCode);
    /// For a command that works on a database file when --db names a team server instead:
    /// says so, and what does the job on a server (\a instead), with exit status 1.
    static int notForServer(const QString& command, const QString& instead);
    /// Parses and handles --help; returns -1 to go on, or the exit code to stop with.
    static int parse(QCommandLineParser& parser, const QStringList& arguments);
};

} // namespace lac
