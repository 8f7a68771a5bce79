// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// File → Connect to a database…: the choice between a file and a team server, and a location
// that cannot be used kept in the dialog with the reason shown, never accepted.
#include "Screenshots.h"
#include "connect/ConnectDialog.h"

#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTest>

using namespace lac;

class TestConnectDialog : public QObject
{
    Q_OBJECT

    static QLineEdit* field(ConnectDialog& d, const QString& name)
    {
        for (auto* e : d.findChildren<QLineEdit*>())
            if (e->accessibleName() == name)
                return e;
        return nullptr;
    }
    static QLabel* shownError(ConnectDialog& d)
    {
        for (auto* l : d.findChildren<QLabel*>())
            if (l->isVisible() && l->styleSheet().contains(QStringLiteral("color")))
                return l;
        return nullptr;
    }

private Q_SLOTS:
    void opensOnTheCurrentKind()
    {
        ConnectDialog onServer(QStringLiteral("service=lachealth"), {});
        QCOMPARE(onServer.location(), QStringLiteral("service=lachealth"));
        QVERIFY(!field(onServer, QStringLiteral("Database file"))->isEnabled());
        ConnectDialog onFile(QStringLiteral("/data/lac.sqlite"), {});
        QCOMPARE(onFile.location(), QStringLiteral("/data/lac.sqlite"));
        QVERIFY(!field(onFile, QStringLiteral("Team database connection"))->isEnabled());
    }

    void refusesWhatTheCheckRefusesAndKeepsTheInput()
    {
        ConnectDialog d(QStringLiteral("/data/lac.sqlite"), [](const QString& l) {
            return l.contains(QStringLiteral(":secret@")) ? QStringLiteral("no passwords here")
                                                          : QString();
        });
        d.show();
        d.findChildren<QRadioButton*>().at(1)->setChecked(true);
        QLineEdit* connection = field(d, QStringLiteral("Team database connection"));
        QVERIFY(connection->isEnabled());
        connection->setText(QStringLiteral("postgresql://jo:secret@db/lac"));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Rejected)); // still open
        QVERIFY(shownError(d));
        QCOMPARE(shownError(d)->text(), QStringLiteral("no passwords here"));
        test::keepScreenshot(&d, QStringLiteral("connect-refused"));
        QCOMPARE(connection->text(), QStringLiteral("postgresql://jo:secret@db/lac"));

        connection->setText(QStringLiteral("db.trust.nhs.uk")); // not a connection at all
        d.accept();
        QVERIFY(shownError(d)->text().contains(QStringLiteral("postgresql://")));

        connection->setText(QStringLiteral("postgresql://jo@db/lac"));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.location(), QStringLiteral("postgresql://jo@db/lac"));
    }

    void anEmptyChoiceIsNamed()
    {
        ConnectDialog d(QString(), {});
        d.show();
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY(shownError(d)->text().contains(QStringLiteral("file")));
        test::keepScreenshot(&d, QStringLiteral("connect-file"));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
