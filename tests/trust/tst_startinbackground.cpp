// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The start's slow parts after the window is up: a sound file is checked in the background,
// its writes let through and the day's backup made and audited; a damaged file stops every
// write, tells the person in the same words as before and starts the program again to check
// first and offer the backup.
#include "TrustTestSupport.h"

#include "DatabaseStartup.h"
#include "MainWindow.h"
#include "StartInBackground.h"
#include "data/SqlTransaction.h"
#include "security/UserDirectory.h"
#include "services/AppServices.h"

#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTimer>

using namespace lac;
using namespace lac::trust;

namespace {

/// Damages the pages of the children table's root (its index of rows), leaving the schema
/// readable: damage that opening does not notice and only the check finds.
void corrupt(const QString& path)
{
    const int root = scalarAt(path, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE "
                                                   "type = 'table' AND name = 'children'"))
                         .toInt();
    const int pageSize = scalarAt(path, QStringLiteral("PRAGMA page_size")).toInt();
    QVERIFY(root > 1 && pageSize > 0);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(qint64(root - 1) * pageSize + 8);
    f.write(QByteArray(pageSize - 16, '\xA5'));
}

void makeCounty(const QString& path, int children)
{
    auto db = Database::open(path);
    QVERIFY(db);
    // The person has signed in before: signing in writes nothing.
    QVERIFY(UserDirectory(*db.value()).signIn(UserContext::osLogin()));
    for (int i = 0; i < children; ++i)
        addChild(*db.value(), QStringLiteral("C%1").arg(i), QStringLiteral("Ada"),
                 QStringLiteral("Okafor-%1").arg(i), QStringLiteral("2014-02-0%1").arg(1 + i % 9));
}

} // namespace

class TestStartInBackground : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aSoundFileIsCheckedAndBackedUpAfterTheWindowIsUp()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sound.sqlite"));
        makeCounty(path, 50);
        auto opened = DatabaseStartup::open(path, nullptr);
        QVERIFY(opened);
        QVERIFY(opened->check.valid()); // at the current schema: checked in the background
        AppServices services(std::move(opened->database), opened->user);
        MainWindow window(services);
        window.show();
        StartInBackground background(services, window, path, opened->check);
        bool restarted = false;
        background.setRestart([&restarted](const QString&) { restarted = true; });
        background.start();
        const QString backup =
            dir.filePath(QStringLiteral("backups/sound-%1.sqlite")
                             .arg(services.caseContext().today().toString(Qt::ISODate)));
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(services.database(),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup'"))
                    .toInt() == 1,
            10000);
        QVERIFY(QFile::exists(backup));
        QVERIFY(!restarted);
        SqlTransaction tx(services.database());
        QVERIFY(tx.begun());
        background.finish();
    }

    void aDamagedFileStopsWorkWithThePlainMessage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
        makeCounty(path, 600);
        corrupt(path);
        QString message;
        QTimer answer;
        connect(&answer, &QTimer::timeout, this, [&message] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                message = box->text();
                if (!qEnvironmentVariableIsEmpty("LACHEALTH_SCREENSHOTS"))
                    box->grab().save(qEnvironmentVariable("LACHEALTH_SCREENSHOTS") +
                                     QStringLiteral("/damaged-in-background.png"));
                box->accept();
            }
        });
        answer.start(50);
        auto opened = DatabaseStartup::open(path, nullptr);
        QVERIFY2(opened, qPrintable(message));
        QVERIFY(opened);
        QVERIFY(opened->check.valid());
        AppServices services(std::move(opened->database), opened->user);
        MainWindow window(services);
        window.show();
        StartInBackground background(services, window, path, opened->check);
        QString restartedOn;
        background.setRestart([&restartedOn](const QString& location) { restartedOn = location; });
        background.start();
        QTRY_VERIFY_WITH_TIMEOUT(!restartedOn.isEmpty(), 10000);
        QCOMPARE(restartedOn, path);
        QVERIFY2(message.contains(QStringLiteral("found damage")), qPrintable(message));
        QVERIFY(!window.isVisible());
        // Nothing was or can be written: no backup of a damaged file, no transaction.
        SqlTransaction tx(services.database());
        QVERIFY(!tx.begun());
        background.finish();
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("backups"))) ||
                QDir(dir.filePath(QStringLiteral("backups"))).isEmpty());
    }
};

QTEST_MAIN(TestStartInBackground)
#include "tst_startinbackground.moc"
