// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/CsvReader.h"

#include <QBuffer>
#include <QTest>

using namespace lac;

static QStringList row(std::initializer_list<const char*> fields)
{
    QStringList r;
    for (const char* f : fields)
        r << QString::fromUtf8(f);
    return r;
}

static QList<QStringList> rows(std::initializer_list<std::initializer_list<const char*>> records)
{
    QList<QStringList> r;
    for (const auto& fields : records)
        r << row(fields);
    return r;
}

/// Reads every record of \a bytes; the last element holds the error, if any, as "!line:msg".
static QList<QStringList> readAll(const QByteArray& bytes, QList<qint64>* lines = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields)) {
        records << fields;
        if (lines)
            *lines << reader.recordLine();
    }
    if (reader.hasError())
        records << QStringList{
            QStringLiteral("!%1:%2").arg(reader.errorLine()).arg(reader.errorMessage())};
    return records;
}

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::newRow("lf") << QByteArray("a,b\n1,2\n") << rows({{"a", "b"}, {"1", "2"}});
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << rows({{"a", "b"}, {"1", "2"}});
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << rows({{"a", "b"}, {"1", "2"}});
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                           "CHILD,SEX\n1,2\n")
                             << rows({{"CHILD", "SEX"}, {"1", "2"}});
        QTest::newRow("quoted comma") << QByteArray("a,\"x, y\",c\n") << rows({{"a", "x, y", "c"}});
        QTest::newRow("doubled quote")
            << QByteArray("\"say \"\"hi\"\"\",b\n") << rows({{"say \"hi\"", "b"}});
        QTest::newRow("quoted newline crlf") << QByteArray("a,\"line1\r\nline2\",c\r\nd,e,f\r\n")
                                             << rows({{"a", "line1\nline2", "c"}, {"d", "e", "f"}});
        QTest::newRow("empty fields")
            << QByteArray("a,,c\n,,x\n") << rows({{"a", "", "c"}, {"", "", "x"}});
        QTest::newRow("blank lines skipped")
            << QByteArray("a,b\n\n1,2\n\r\n,,\n") << rows({{"a", "b"}, {"1", "2"}});
        QTest::newRow("utf8") << QByteArray("n\nZo\xC3\xAB\n") << rows({{"n"}, {"Zo\xC3\xAB"}});
        QTest::newRow("trailing empty field") << QByteArray("a,b,\n") << rows({{"a", "b", ""}});
        QTest::newRow("quote inside unquoted field is literal")
            << QByteArray("ab\"c,d\n") << rows({{"ab\"c", "d"}});
    }
    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, expected);
        QCOMPARE(readAll(input), expected);
    }

    void recordLinesCountQuotedNewlines()
    {
        QList<qint64> lines;
        readAll("h1,h2\n\"a\nb\nc\",d\ne,f\n\ng,h\n", &lines);
        QCOMPARE(lines, (QList<qint64>{1, 2, 5, 7}));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expectedPrefix");
        QTest::newRow("unterminated quote")
            << QByteArray("a,b\n1,2\n3,\"oops\n4,5\n") << QStringLiteral("!3:unterminated quote");
        QTest::newRow("text after closing quote")
            << QByteArray("a,b\n\"x\"y,2\n") << QStringLiteral("!2:unexpected text");
        QTest::newRow("binary (zip / xlsx)") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8)
                                             << QStringLiteral("!1:this is not a CSV file at all");
        QTest::newRow("binary nul bytes")
            << QByteArray("ab\0cd\n", 6) << QStringLiteral("!1:this is not a CSV file at all");
        QTest::newRow("not utf8") << QByteArray("a,b\nZo\xEB,1\n")
                                  << QStringLiteral("!2:this is not UTF-8 text");
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expectedPrefix);
        const auto records = readAll(input);
        QVERIFY(!records.isEmpty());
        QVERIFY2(records.last().first().startsWith(expectedPrefix),
                 qPrintable(records.last().first()));
    }

    void offsetsAllowRereadingARecord()
    {
        const QByteArray data("\xEF\xBB\xBF"
                              "a,b\r\n1,\"x\r\ny\"\r\n3,4\r\n");
        QBuffer buffer;
        buffer.setData(data);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList fields;
        QList<qint64> offsets;
        while (reader.readRecord(fields))
            offsets << reader.recordOffset();
        QCOMPARE(offsets.size(), 3);
        buffer.seek(offsets.at(1));
        CsvReader again(&buffer);
        QVERIFY(again.readRecord(fields));
        QCOMPARE(fields, (row({"1", "x\ny"})));
    }

    void largeInputStreams()
    {
        QByteArray data("CHILD,DECOM\n");
        for (int i = 0; i < 50000; ++i)
            data += QByteArray::number(i) + ",01/02/2020\n";
        const auto records = readAll(data);
        QCOMPARE(records.size(), 50001);
        QCOMPARE(records.last(), (row({"49999", "01/02/2020"})));
    }

    void quoting()
    {
        QCOMPARE(CsvReader::quoted(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvReader::quoted(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvReader::quoted(QStringLiteral("say \"x\"")),
                 QStringLiteral("\"say \"\"x\"\"\""));
        QCOMPARE(CsvReader::quoted(QStringLiteral("l1\nl2")), QStringLiteral("\"l1\nl2\""));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
