// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "CliCommand.h"
#include "CliOutput.h"
#include "CommandRegistry.h"
#include "CompositionRoot.h"
#include "DatabaseStartup.h"
#include "MainWindow.h"
#include "data/Database.h"
#include "services/AppServices.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTranslator>

namespace lac {

GuiLauncher::GuiLauncher(const CommandRegistry& commands)
    : m_commands(commands)
{}

int GuiLauncher::run(const QStringList& arguments)
{
    auto* translator = new QTranslator(qApp);
    // The source text is British English without plural forms ("%n children"); where there
    // is no catalogue for the user's language (an en_US or C locale), the en_GB one supplies
    // them, so nobody reads "1 children".
    if (translator->load(QLocale(), QStringLiteral("lachealth"), QStringLiteral("_"),
                         QStringLiteral(":/i18n")) ||
        translator->load(QStringLiteral(":/i18n/lachealth_en_GB")))
        QCoreApplication::installTranslator(translator);
    auto* qtTranslator = new QTranslator(qApp);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    QCommandLineParser parser;
    QString description =
        tr("LAC Health Tracker: statutory health assessments for children in care.\n"
           "Without a command it opens the window. Commands:");
    for (const auto& c : m_commands.commands())
        description += QStringLiteral("\n  ") + c->summary();
    description += tr("\nRun 'lachealth COMMAND --help' for a command's options.");
    parser.setApplicationDescription(description);
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      tr("The database file (created if missing)."),
                                      QStringLiteral("path"));
    parser.addOption(dbOption);
    if (const int stop = CliOutput::parse(parser, arguments); stop >= 0)
        return stop;
    if (parser.isSet(QStringLiteral("version"))) {
        CliOutput::out(QStringLiteral("lachealth %1").arg(QCoreApplication::applicationVersion()));
        return ExitSuccess;
    }
    if (!parser.positionalArguments().isEmpty())
        return CliOutput::error(
            tr("unknown command '%1' (see --help)").arg(parser.positionalArguments().first()),
            ExitUsageError);

    // AppLocalDataLocation, not AppDataLocation: the roaming profile is often on a file
    // server, and SQLite on a network share corrupts.
    const QString path =
        parser.isSet(dbOption)
            ? parser.value(dbOption)
            : QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                  .filePath(QStringLiteral("lachealth.sqlite"));
    // One window per database on this PC, quick check, open, sign in (DatabaseStartup).
    auto opened = DatabaseStartup::open(path, nullptr);
    if (!opened)
        return ExitDataError;

    AppServices services(std::move(opened->database), opened->user);
    // The start-of-day backup: a failure is shown but does not stop the day's work.
    const auto backup = services.dailyBackup().runIfDue(QDate::currentDate());
    MainWindow window(services);
    if (!backup)
        QMessageBox::warning(&window, tr("No backup today"), backup.failure().text());
    CompositionRoot::populate(window, services);
    window.restoreLayout();
    window.show();
    return QApplication::exec();
}

} // namespace lac
