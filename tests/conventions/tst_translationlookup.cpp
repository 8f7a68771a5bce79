// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A translation is used only if tr() asks for it under the context the catalogue files it
// under. This test runs lupdate on the sources (as update_translations does), translates every
// message to a marked pseudo text ("⟦source⟧", plural forms "⟦source⟧₁" and "⟦source⟧ₙ"),
// compiles it with lrelease, installs it and calls code of each kind: a member of a class with
// Q_DECLARE_TR_FUNCTIONS, a free function calling Name::tr(), a QT_TR_NOOP / QT_TRANSLATE_NOOP
// table, a plural. A text that comes back unmarked was looked up under another context.
// It also compiles the committed en_GB catalogue and loads it as the application does.

#include "data/Database.h"
#include "domain/CodeList.h"
#include "domain/NhsNumber.h"
#include "domain/PlacementGroup.h"
#include "domain/TextField.h"
#include "domain/Worklist.h"
#include "import/EpisodeChain.h"
#include "import/ImportCounts.h"
#include "reporting/DelayOwner.h"
#include "reporting/ExceptionsCommentary.h"
#include "reporting/ReportIndicator.h"
#include "rules/BankHolidayRules.h"
#include "rules/GovUkBankHolidayList.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace lac;

namespace {

const QString sourceDir = QStringLiteral(LACHEALTH_SOURCE_DIR);

/// Runs \a program, failing the test with its output if it does not succeed.
bool run(const QString& program, const QStringList& arguments, QString* output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(sourceDir);
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning().noquote() << program << "failed:" << p.readAll();
        return false;
    }
    if (output)
        *output = QString::fromUtf8(p.readAll());
    return true;
}

/// The catalogue with every message translated to "⟦source⟧" (plural forms marked ₁ and ₙ).
QString pseudoTranslated(QString ts)
{
    static const QRegularExpression message(
        QStringLiteral("<message( numerus=\"yes\")?>(.*?)</message>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression source(QStringLiteral("<source>(.*?)</source>"),
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression translation(QStringLiteral("<translation.*?</translation>"),
                                                QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype from = 0;
    for (auto it = message.globalMatch(ts); it.hasNext();) {
        const auto m = it.next();
        const QString text = source.match(m.captured(2)).captured(1);
        const QString pseudo =
            m.captured(1).isEmpty()
                ? QStringLiteral("<translation>⟦%1⟧</translation>").arg(text)
                : QStringLiteral("<translation><numerusform>⟦%1⟧₁</numerusform>"
                                 "<numerusform>⟦%1⟧ₙ</numerusform></translation>")
                      .arg(text);
        QString body = m.captured(0);
        body.replace(translation, pseudo);
        out += QStringView(ts).mid(from, m.capturedStart() - from);
        out += body;
        from = m.capturedEnd();
    }
    out += QStringView(ts).mid(from);
    return out;
}

/// The text with the pseudo translation's marks taken out: what English shows.
QString unmarked(QString text)
{
    static const QRegularExpression marks(QStringLiteral("⟦|⟧[₁ₙ]?"));
    return text.remove(marks);
}

QString firstSubstituteDay()
{
    for (const auto& h : BankHolidayRules::holidays(CalendarDivision::EnglandAndWales, 2021)) {
        if (h.date == QDate(2021, 12, 27))
            return h.title;
    }
    return {};
}

QString overlappingEpisodes()
{
    QList<ChainEpisode> episodes{
        {QDate(2020, 1, 1), QDate(2020, 3, 1), QStringLiteral("S"), QStringLiteral("X1"), 2},
        {QDate(2020, 2, 1), {}, QStringLiteral("P"), {}, 3}};
    QList<ChainProblem> problems;
    EpisodeChain::derive(episodes, problems);
    return problems.isEmpty() ? QString() : problems.first().reason;
}

struct Sample
{
    const char* what;
    int lookups; ///< translated pieces the text is made of
    QString text;
};

/// One text from each way the sources call tr(), produced under the current translators.
QList<Sample> samples()
{
    return {
        {"member tr() of a Q_DECLARE_TR_FUNCTIONS class (was a local lambda)", 1,
         NhsNumber::parse(QStringLiteral("123")).failure().message},
        {"member tr() (was a file-local helper)", 1,
         TextField::check(QStringLiteral("Name"), QString(5, QLatin1Char('x')), 2)
             .failure()
             .message},
        {"Name::tr() from a free function", 3, overlappingEpisodes()},
        {"QT_TR_NOOP table read by Name::tr()", 1,
         CodeList::label(CodeList::sexes(), QStringLiteral("F"))},
        {"QT_TR_NOOP + Name::tr() + member tr()", 2, firstSubstituteDay()},
        {"QT_TRANSLATE_NOOP table, class context", 1,
         DelayOwner::displayName(QStringLiteral("health"))},
        {"QT_TRANSLATE_NOOP table, class context (2)", 1,
         PlacementGroup::displayName(QStringLiteral("adoption"))},
        {"QT_TRANSLATE_NOOP table, ExceptionsCommentary", 1,
         ExceptionsCommentary::reasonPhrase(QStringLiteral("consent"))},
        {"QT_TRANSLATE_NOOP table, enum context", 1, indicatorLabel(ReportIndicator::IhaLate)},
        {"translate() with a literal enum context", 1,
         worklistCategoryTitle(WorklistCategory::OverdueIha)},
        {"member tr() of a struct", 1, ImportCounts{}.summary()},
        {"member tr() (was a local lambda, 2)", 1,
         GovUkBankHolidayList::parse("not json").failure().message},
    };
}

} // namespace

class TestTranslationLookup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everySampleIsFoundInTheCatalogue();
    void pluralFormsAreChosenByCount();
    void committedCatalogueCompilesAndLoads();

private:
    QTemporaryDir m_dir;
    QTranslator m_pseudo;
    QList<Sample> m_english;
};

void TestTranslationLookup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_english = samples();
    for (const auto& sample : m_english)
        QVERIFY2(!sample.text.isEmpty(), sample.what);

    QStringList files;
    for (const char* dir : {"src", "ui"}) {
        QDirIterator it(sourceDir + QLatin1Char('/') + QLatin1String(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    QVERIFY(files.size() > 100);
    const QString list = m_dir.filePath(QStringLiteral("sources.txt"));
    QFile listFile(list);
    QVERIFY(listFile.open(QIODevice::WriteOnly));
    listFile.write(files.join(QLatin1Char('\n')).toUtf8());
    listFile.close();

    const QString ts = m_dir.filePath(QStringLiteral("pseudo.ts"));
    QVERIFY(run(QStringLiteral(LACHEALTH_LUPDATE),
                {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                 QStringLiteral("-target-language"), QStringLiteral("en_GB"), QStringLiteral("-I"),
                 sourceDir + QStringLiteral("/src/core"), QStringLiteral("-I"),
                 sourceDir + QStringLiteral("/src/models"), QStringLiteral("-I"),
                 sourceDir + QStringLiteral("/src/ui"), QStringLiteral("-I"),
                 sourceDir + QStringLiteral("/src/app"), QLatin1Char('@') + list,
                 QStringLiteral("-ts"), ts}));
    QFile tsFile(ts);
    QVERIFY(tsFile.open(QIODevice::ReadOnly));
    const QString pseudo = pseudoTranslated(QString::fromUtf8(tsFile.readAll()));
    tsFile.close();
    QVERIFY(pseudo.count(QStringLiteral("⟦")) > 1000);
    QVERIFY(tsFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    tsFile.write(pseudo.toUtf8());
    tsFile.close();

    const QString qm = m_dir.filePath(QStringLiteral("pseudo.qm"));
    QVERIFY(run(QStringLiteral(LACHEALTH_LRELEASE),
                {QStringLiteral("-silent"), ts, QStringLiteral("-qm"), qm}));
    QVERIFY(m_pseudo.load(qm));
    QVERIFY(QCoreApplication::installTranslator(&m_pseudo));
}

void TestTranslationLookup::everySampleIsFoundInTheCatalogue()
{
    const auto translated = samples();
    QCOMPARE(translated.size(), m_english.size());
    for (qsizetype i = 0; i < translated.size(); ++i) {
        const Sample& s = translated.at(i);
        // Each piece found in the catalogue is marked; a piece looked up under another
        // context than lupdate's comes back unmarked.
        QVERIFY2(s.text.count(QStringLiteral("⟦")) == s.lookups,
                 qPrintable(QStringLiteral("%1: %2 of %3 lookups found in the catalogue: %4")
                                .arg(QLatin1String(s.what))
                                .arg(s.text.count(QStringLiteral("⟦")))
                                .arg(s.lookups)
                                .arg(s.text)));
        // The English is unchanged: the pseudo text is the source text, marked.
        QCOMPARE(unmarked(s.text), m_english.at(i).text);
    }
}

void TestTranslationLookup::pluralFormsAreChosenByCount()
{
    // The catalogue's plural rules come from its language (en_GB: one, other), and %n is
    // replaced in the translation, not the source.
    QCOMPARE(QCoreApplication::translate("lac::CaseTableExport",
                                         "exported the %1 (%n row(s)) to %2", nullptr, 1),
             QStringLiteral("⟦exported the %1 (1 row(s)) to %2⟧₁"));
    QCOMPARE(QCoreApplication::translate("lac::CaseTableExport",
                                         "exported the %1 (%n row(s)) to %2", nullptr, 3),
             QStringLiteral("⟦exported the %1 (3 row(s)) to %2⟧ₙ"));
}

void TestTranslationLookup::committedCatalogueCompilesAndLoads()
{
    const QString qm = m_dir.filePath(QStringLiteral("lachealth_en_GB.qm"));
    QString report;
    QVERIFY(run(
        QStringLiteral(LACHEALTH_LRELEASE),
        {sourceDir + QStringLiteral("/translations/lachealth_en_GB.ts"), QStringLiteral("-qm"), qm},
        &report));
    QTranslator translator;
    QVERIFY2(translator.load(QLocale(QLocale::English, QLocale::UnitedKingdom),
                             QStringLiteral("lachealth"), QStringLiteral("_"), m_dir.path()),
             qPrintable(report));
    QCOMPARE(translator.language(), QStringLiteral("en_GB"));

    // British English readers see "1 day" and "3 days", not the source's "day(s)".
    const auto say = [&translator](const char* context, const char* source, int n) {
        return translator.translate(context, source, nullptr, n)
            .replace(QStringLiteral("%n"), QString::number(n));
    };
    QCOMPARE(say("lac::ChildTableModel", "%1 overdue by %n day(s)", 1),
             QStringLiteral("%1 overdue by 1 day"));
    QCOMPARE(say("lac::ChildTableModel", "%1 overdue by %n day(s)", 3),
             QStringLiteral("%1 overdue by 3 days"));
    QCOMPARE(say("lac::ChildTableModel", "%1 due in %n day(s)", 0),
             QStringLiteral("%1 due in 0 days"));
    // The children list's count ("%Ln": the number in the reader's locale).
    QCOMPARE(translator.translate("lac::ChildrenView", "%Ln children", nullptr, 1),
             QStringLiteral("%Ln child"));
    QCOMPARE(translator.translate("lac::ChildrenView", "%Ln children", nullptr, 2),
             QStringLiteral("%Ln children"));
}

QTEST_GUILESS_MAIN(TestTranslationLookup)
#include "tst_translationlookup.moc"
