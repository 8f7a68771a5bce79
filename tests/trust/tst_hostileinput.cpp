// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Hostile input: field limits, names from every language surviving the database and CSV
// round trips, formula injection, and the fuzzers' regression corpus replayed.
#include "TrustTestSupport.h"

#include "common/CsvWriter.h"
#include "domain/TextField.h"
#include "import/CsvReader.h"
#include "import/ImportDate.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace lac;
using namespace lac::trust;

namespace {

const QStringList awkwardNames{
    QStringLiteral("O'Brien"),
    QStringLiteral("\"Jojo\" Smith"),
    QStringLiteral("Smith, Jr."),
    QStringLiteral("Zoë Ní Bhriain"),
    QStringLiteral("\u200F\u0645\u062D\u0645\u062F \u0639\u0644\u064A\u200F"), // RTL marks + Arabic
    QStringLiteral("\u05D3\u05D5\u05D3 \u05DB\u05D4\u05DF"),                   // Hebrew
    QStringLiteral("Ana\u202Emaria"),                                          // RTL override
    QStringLiteral("Leo \U0001F600\U0001F468\u200D\U0001F469\u200D\U0001F467"), // emoji, ZWJ family
    QStringLiteral("=HYPERLINK(\"http://x\")"),
    QStringLiteral("-1+2"),
    QStringLiteral("@Dave"),
    QStringLiteral("  leading and trailing  "),
    QStringLiteral("Line\nbreak"),
    QStringLiteral("e\u0301"), // combining accent
};

QList<QStringList> readAll(const QByteArray& bytes, QString* error = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRecord(fields))
        rows << fields;
    if (error)
        *error = reader.errorMessage();
    return rows;
}

} // namespace

class TestHostileInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void textFieldLimits_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("max");
        QTest::addColumn<bool>("multiLine");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << QStringLiteral("Amira") << 100 << false << true;
        QTest::newRow("quotes") << QStringLiteral("O'Brien \"Jo\"") << 100 << false << true;
        QTest::newRow("rtl marks") << awkwardNames.at(4) << 100 << false << true;
        QTest::newRow("emoji count as one each")
            << QString(QStringLiteral("\U0001F600")).repeated(10) << 10 << false << true;
        QTest::newRow("emoji over the limit")
            << QString(QStringLiteral("\U0001F600")).repeated(11) << 10 << false << false;
        QTest::newRow("exactly at limit") << QString(100, QLatin1Char('a')) << 100 << false << true;
        QTest::newRow("one over") << QString(101, QLatin1Char('a')) << 100 << false << false;
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << 100 << false
                             << false;
        QTest::newRow("bell") << QStringLiteral("a\u0007b") << 100 << false << false;
        QTest::newRow("C1 control") << QStringLiteral("a\u0085b") << 100 << false << false;
        QTest::newRow("line break, single line") << QStringLiteral("a\nb") << 100 << false << false;
        QTest::newRow("line break, note") << QStringLiteral("a\r\nb\tc") << 100 << true << true;
        QTest::newRow("lone high surrogate") << QString(QChar(0xD83D)) << 100 << false << false;
        QTest::newRow("lone low surrogate")
            << QString(QChar(0xDE00)) + QStringLiteral("x") << 100 << false << false;
    }

    void textFieldLimits()
    {
        QFETCH(QString, value);
        QFETCH(int, max);
        QFETCH(bool, multiLine);
        QFETCH(bool, ok);
        const Status s =
            TextField::check(QStringLiteral("Family name"), value, max,
                             multiLine ? TextField::Lines::Multi : TextField::Lines::Single);
        QCOMPARE(s.ok(), ok);
        if (!ok) {
            QCOMPARE(s.failure().where, QStringLiteral("Family name"));
            QVERIFY(!s.failure().message.isEmpty());
        }
    }

    void csvCellsAreNeutralisedAndQuoted_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
        QTest::newRow("plus") << QStringLiteral("+44 20") << QStringLiteral("'+44 20");
        QTest::newRow("minus") << QStringLiteral("-5") << QStringLiteral("'-5");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("\"'\r=1\"");
        QTest::newRow("full-width equals")
            << QStringLiteral("\uFF1D1") << QStringLiteral("'\uFF1D1");
        QTest::newRow("formula with comma")
            << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("comma") << QStringLiteral("Smith, Jr.") << QStringLiteral("\"Smith, Jr.\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"")
                               << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("equals inside is fine") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void csvCellsAreNeutralisedAndQuoted()
    {
        QFETCH(QString, cell);
        QFETCH(QString, encoded);
        QCOMPARE(CsvWriter::encodeCell(cell), encoded);
    }

    void namesSurviveTheCsvRoundTrip()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(out, CsvWriter::Options{true, false});
        writer.writeRecord({QStringLiteral("case_id"), QStringLiteral("name")});
        for (int i = 0; i < awkwardNames.size(); ++i)
            writer.writeRecord({QString::number(i), awkwardNames.at(i)});
        QVERIFY(writer.ok());
        QString error;
        const auto rows = readAll(out.data(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), awkwardNames.size() + 1);
        for (int i = 0; i < awkwardNames.size(); ++i)
            QCOMPARE(rows.at(i + 1).at(1), awkwardNames.at(i));
    }

    void neutralisedFormulasReadBackWithTheirApostrophe()
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        CsvWriter writer(out);
        writer.writeRecord({QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("@x, y")});
        const auto rows = readAll(out.data());
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().at(0), QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(rows.first().at(1), QStringLiteral("'@x, y"));
    }

    void namesSurviveTheDatabaseRoundTrip()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("names.sqlite")));
        QVERIFY(db);
        for (int i = 0; i < awkwardNames.size(); ++i)
            addChild(*db.value(), QStringLiteral("N%1").arg(i), awkwardNames.at(i),
                     awkwardNames.at(i), QStringLiteral("2015-01-01"));
        for (int i = 0; i < awkwardNames.size(); ++i) {
            QCOMPARE(scalar(*db.value(),
                            QStringLiteral("SELECT family_name FROM children WHERE case_id = ?"),
                            {QStringLiteral("N%1").arg(i)})
                         .toString(),
                     awkwardNames.at(i));
        }
    }

    /// Every input the fuzzers ever crashed or hung on, fed again to the same code.
    void fuzzRegressionCorpus()
    {
        const QString root = QStringLiteral(TRUST_REGRESSION_DIR);
        int replayed = 0;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            QFile f(file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray data = f.readAll();
            if (file.contains(QStringLiteral("/date/"))) {
                const QDate d = ImportDate::parse(QString::fromUtf8(data));
                QVERIFY(!d.isValid() || d.year() >= 1900);
            } else if (file.contains(QStringLiteral("/csv/"))) {
                readAll(data);
                QBuffer out;
                out.open(QIODevice::WriteOnly);
                CsvWriter writer(out);
                writer.writeRecord(QString::fromUtf8(data).split(QLatin1Char(',')));
                const auto back = readAll(out.data());
                QVERIFY(back.size() <= 1);
            }
            ++replayed;
        }
        QVERIFY2(replayed > 0, qPrintable(root));
        qInfo("replayed %d fuzz regression inputs", replayed);
    }
};

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
