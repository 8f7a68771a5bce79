// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiLauncher.h"

#include "CliCommand.h"
#include "CliOutput.h"
#include "CommandRegistry.h"
#include "CompositionRoot.h"
#include "DatabaseStartup.h"
#include "MainWindow.h"
#include "StartInBackground.h"
#include "connect/ConnectDialog.h"
#include "data/Database.h"
#include "data/ServerDatabaseOpener.h"
#include "services/AppServices.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

namespace lac {
namespace {

const QString rememberedLocationKey = QStringLiteral("Database/location");

/// What is wrong with a location the person typed, in their words (empty when usable).
QString checkLocation(const QString& location)
{
    if (Database::isServerLocation(location)) {
        const auto parsed = ServerLocation::parse(location);
        return parsed ? QString() : parsed.failure().text();
    }
    return QFileInfo::exists(location) ? QString()
                                       : GuiLauncher::tr("There is no database file at %1.")
                                             .arg(QDir::toNativeSeparators(location));
}

/// File → Connect to a database…: remembers the choice and starts the program again on it,
/// so that every view is built afresh for the new database and its sign-in.
void addConnectAction(MainWindow& window, const QString& current)
{
    auto* connectTo = new QAction(GuiLauncher::tr("&Connect to a database…"), &window);
    connectTo->setStatusTip(
        GuiLauncher::tr("Open another database file, or the team database on a server"));
    QObject::connect(connectTo, &QAction::triggered, &window, [&window, current] {
        ConnectDialog dialog(current, checkLocation, &window);
        if (dialog.exec() != QDialog::Accepted || dialog.location() == current)
            return;
        QSettings().setValue(rememberedLocationKey, dialog.location());
        if (!QProcess::startDetached(QCoreApplication::applicationFilePath(),
                                     {QStringLiteral("--db"), dialog.location()})) {
            QMessageBox::warning(&window, GuiLauncher::tr("Connect to a database"),
                                 GuiLauncher::tr("The program could not start again; start it "
                                                 "yourself and it will open %1.")
                                     .arg(dialog.location()));
            return;
        }
        window.close();
    });
    QMenu* file = window.fileMenu();
    QAction* quit = file->actions().isEmpty() ? nullptr : file->actions().constLast();
    file->insertAction(quit, connectTo);
    file->insertSeparator(quit);
}

} // namespace

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
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        tr("The database file (created if missing), or a team database on a PostgreSQL server "
           "(postgresql://user@host/database or service=NAME)."),
        QStringLiteral("path"));
    parser.addOption(dbOption);
    // Given by the program itself when a background check found damage: check before opening.
    QCommandLineOption checkFirstOption(QStringLiteral("check-first"));
    checkFirstOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(checkFirstOption);
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
    const QString localPath =
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
            .filePath(QStringLiteral("lachealth.sqlite"));
    // --db, else the database chosen last with File → Connect, else the local file.
    QSettings settings;
    QString path = parser.isSet(dbOption)
                       ? parser.value(dbOption)
                       : settings.value(rememberedLocationKey, localPath).toString();
    // One window per database on this PC, quick check, open, sign in (DatabaseStartup).
    auto opened = DatabaseStartup::open(path, nullptr, parser.isSet(checkFirstOption));
    while (!opened && !parser.isSet(dbOption) && path != localPath) {
        // The remembered database cannot be opened (a server down, a file moved): the person
        // chooses again rather than being shut out.
        ConnectDialog choose(path, checkLocation);
        if (choose.exec() != QDialog::Accepted)
            return ExitDataError;
        path = choose.location();
        settings.setValue(rememberedLocationKey, path);
        opened = DatabaseStartup::open(path, nullptr);
    }
    if (!opened)
        return ExitDataError;

    AppServices services(std::move(opened->database), opened->user);
    MainWindow window(services);
    CompositionRoot::populate(window, services);
    addConnectAction(window, path);
    window.restoreLayout();
    window.show();
    // The quick check and the start-of-day backup, after the window is up (a failed backup
    // is shown but does not stop the day's work; damage does).
    auto* background = new StartInBackground(services, window, path, opened->check);
    background->start();
    // benchmarks/startup times launch to window: once the window is shown and the events its
    // showing posted (painting) are done, say when, and stop.
    if (!qEnvironmentVariableIsEmpty("LACHEALTH_STARTUP_PROBE"))
        QTimer::singleShot(0, &window, [&window] {
            CliOutput::out(
                QStringLiteral("window shown at %1").arg(QDateTime::currentMSecsSinceEpoch()));
            window.close();
        });
    const int status = QApplication::exec();
    background->finish();
    return status;
}

} // namespace lac
