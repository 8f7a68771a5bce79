// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseStartup.h"

#include "data/IntegrityCheck.h"
#include "security/UserDirectory.h"
#include "services/DailyBackup.h"
#include "services/DatabaseRecovery.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace lac {
namespace {

void tell(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::critical(parent, title, text);
}

} // namespace

bool DatabaseStartup::offerLatestBackup(const QString& path, const QString& problem,
                                        QWidget* parent)
{
    const QString backup = DailyBackup::latestGoodBackup(DailyBackup::defaultFolder(path), path);
    // The plain story in the message; SQLite's own list (which can be long) under "Details".
    if (backup.isEmpty()) {
        QMessageBox box(
            QMessageBox::Critical, tr("The database is damaged"),
            tr("<p>The database file <b>%1</b> is damaged and cannot be used safely.</p>"
               "<p>No good backup was found in %2. Nothing has been changed. Ask IT "
               "to restore the file from the council's backups, or restore a backup "
               "you have with <code>lachealth restore</code>.</p>")
                .arg(QDir::toNativeSeparators(path).toHtmlEscaped(),
                     QDir::toNativeSeparators(DailyBackup::defaultFolder(path)).toHtmlEscaped()),
            QMessageBox::Close, parent);
        box.setDetailedText(problem);
        box.exec();
        return false;
    }
    QMessageBox box(
        QMessageBox::Warning, tr("The database is damaged"),
        tr("<p>The database file <b>%1</b> is damaged and cannot be used safely "
           "(the check found problems in its structure; see Details).</p>"
           "<p>The latest good backup is <b>%2</b> (saved %3). Work entered after "
           "that backup will need to be entered again.</p><p>Restore it now? The "
           "damaged file is kept beside it, so nothing is thrown away.</p>")
            .arg(QDir::toNativeSeparators(path).toHtmlEscaped(),
                 QFileInfo(backup).fileName().toHtmlEscaped(),
                 QLocale().toString(QFileInfo(backup).lastModified(), QLocale::ShortFormat)),
        QMessageBox::NoButton, parent);
    box.setDetailedText(problem);
    QPushButton* restore = box.addButton(tr("Restore the backup"), QMessageBox::AcceptRole);
    box.addButton(tr("Quit without changing anything"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() != restore)
        return false;
    auto kept = DatabaseRecovery::restoreWhileLocked(path, backup, UserContext::osLogin());
    if (!kept) {
        tell(parent, tr("The backup could not be restored"), kept.failure().text());
        return false;
    }
    QMessageBox::information(parent, tr("Backup restored"),
                             tr("The backup was restored. The damaged file was kept as %1.")
                                 .arg(QDir::toNativeSeparators(*kept)));
    return true;
}

Status DatabaseStartup::quickCheck(const QString& path)
{
    auto report = IntegrityCheck::run(path, IntegrityCheck::Depth::Quick);
    if (!report)
        return report.failure();
    if (report->ok || report->fromNewerVersion || report->foreign)
        return {};
    return Failure{report->problems.join(QLatin1Char('\n')), path};
}

std::optional<DatabaseStartup::Opened> DatabaseStartup::open(const QString& path, QWidget* parent,
                                                             bool checkFirst)
{
    Opened opened;
    bool background = false;
    // A team database has no file to lock or check: the server serialises writers and keeps
    // its own consistency, and the person signs in as the login the server checked.
    const bool server = Database::isServerLocation(path);
    if (!server) {
        auto lock = DatabaseInstanceLock::acquire(path);
        if (!lock) {
            tell(parent, tr("Already open"), lock.failure().message);
            return std::nullopt;
        }
        opened.lock = std::move(lock).value();

        if (QFileInfo::exists(path)) {
            // Opening writes nothing to a file at the current schema, so its pages are checked
            // while the window opens; an upgrade writes, so its file is checked first.
            auto header = IntegrityCheck::run(path, IntegrityCheck::Depth::Header);
            background = !checkFirst && header && header->ok &&
                         header->schemaVersion == Database::latestSchemaVersion();
            auto report =
                background ? header : IntegrityCheck::run(path, IntegrityCheck::Depth::Quick);
            const bool damaged =
                report && !report->ok && !report->fromNewerVersion && !report->foreign;
            if (damaged &&
                !offerLatestBackup(path, report->problems.join(QLatin1Char('\n')), parent))
                return std::nullopt;
        }
    }

    auto database = Database::open(path);
    if (!database && background) {
        // Damage bad enough to stop opening: the same check and offer as before the window.
        auto report = IntegrityCheck::run(path, IntegrityCheck::Depth::Quick);
        if (report && !report->ok && !report->fromNewerVersion && !report->foreign) {
            if (!offerLatestBackup(path, report->problems.join(QLatin1Char('\n')), parent))
                return std::nullopt;
            background = false;
            database = Database::open(path);
        }
    }
    if (!database) {
        tell(parent, server ? tr("Cannot open the team database") : tr("Cannot open the database"),
             database.failure().text());
        return std::nullopt;
    }
    opened.database = std::move(database).value();
    if (background) {
        // Every write (a first sign-in included) waits for the verdict.
        opened.check = std::async(std::launch::async, [path] { return quickCheck(path); }).share();
        if (auto held = opened.database->holdWritesFor(opened.check); !held) {
            opened.check.wait();
            tell(parent, tr("Cannot open the database"), held.failure().text());
            return std::nullopt;
        }
    }
    if (!opened.database->storageWarning().isEmpty())
        QMessageBox::warning(
            parent, server ? tr("Team database connection") : tr("Database on a network share"),
            opened.database->storageWarning());

    auto user = UserDirectory(*opened.database).signIn(UserContext::osLogin());
    if (!user) {
        // A first sign-in writes, so it waited for the check: if that found damage, start
        // again checking first, for the plain message and the offer of a backup.
        if (opened.check.valid() && !opened.check.get()) {
            opened = {};
            return open(path, parent, true);
        }
        tell(parent, tr("You cannot sign in to this database"), user.failure().text());
        return std::nullopt;
    }
    opened.user = *user;
    return opened;
}

} // namespace lac
