// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// lachealth: `lachealth [--db PATH]` opens the window; `lachealth <command> ...` runs a command
// without one (see CommandRegistry).
#include "CliOutput.h"
#include "CommandRegistry.h"
#include "GuiLauncher.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("LACHealthTracker"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lachealth.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("lachealth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LACHEALTH_VERSION));
}

} // namespace

int main(int argc, char* argv[])
{
    const lac::CommandRegistry registry;
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (lac::CliCommand* command = registry.find(first)) {
        std::unique_ptr<QCoreApplication> app;
        if (command->needsGui()) {
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen"); // a command never opens a window
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        describeApplication();
        QStringList arguments = QCoreApplication::arguments();
        arguments.removeAt(1); // the command name
        return command->run(arguments);
    }

    if (!first.isEmpty() && !first.startsWith(QLatin1Char('-')))
        return lac::CliOutput::error(
            QStringLiteral("unknown command '%1' (see 'lachealth --help')").arg(first),
            lac::ExitUsageError);

    // --help and --version print and exit: they must work without a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--help" || arg == "-h" || arg == "--version" || arg == "-v") {
            QCoreApplication app(argc, argv);
            describeApplication();
            return lac::GuiLauncher(registry).run(QCoreApplication::arguments());
        }
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setDesktopFileName(QStringLiteral("invalid.lachealth.LacHealthTracker"));
    return lac::GuiLauncher(registry).run(QCoreApplication::arguments());
}
