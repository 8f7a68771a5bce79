// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The PDF board paper: the table values are in it (checked with pdftotext), no child's name
// or case ID is, and it is A4 with numbered pages. The charts export to PNG and SVG.
#include "ReportFixture.h"
#include "charts/ReportChartWidget.h"
#include "data/SettingsStore.h"
#include "report/BoardPaperExport.h"
#include "report/BoardPaperPdfWriter.h"
#include "report/TimelinessChartsView.h"
#include "reporting/ReportHtmlWriter.h"
#include "reporting/TimelinessReportService.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace lac;
using lac::test::ReportFixture;

class TestBoardPaper : public QObject
{
    Q_OBJECT

    std::unique_ptr<ReportFixture> fx;
    TimelinessReport quarter;
    QTemporaryDir out;

    QString pdfText(const QString& pdf, bool layout = true)
    {
        QProcess p;
        QStringList args;
        if (layout)
            args << QStringLiteral("-layout");
        args << pdf << QStringLiteral("-");
        p.start(QStringLiteral("pdftotext"), args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private Q_SLOTS:
    void initTestCase()
    {
        fx = std::make_unique<ReportFixture>(QStringLiteral("paper"));
        fx->buildQuarterScenario();
        fx->setSetting(QStringLiteral("authority.name"),
                       QStringLiteral("Northshire County Council"));
        const SettingsStore settings(fx->db());
        auto r = TimelinessReportService(fx->db(), settings)
                     .build(ReportRequest{QDate(2026, 1, 1), QDate(2026, 3, 1), QDate(2026, 5, 31)},
                            ReportSettings::load(settings));
        QVERIFY(r);
        quarter = r.value();
    }

    void pdfIsA4WithPages()
    {
        auto pdf = BoardPaperPdfWriter::write(PublishedReport(quarter, 5));
        QVERIFY(pdf);
        QVERIFY(pdf->startsWith("%PDF-"));
        QVERIFY(pdf->contains("/MediaBox [0 0 595"));
    }

    void tableValuesAreInThePdfAndNoIdentifiers()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        // Unsuppressed (internal copy): every count of the table can be found.
        const QString internalPath = out.filePath(QStringLiteral("internal.pdf"));
        QVERIFY(BoardPaperPdfWriter::writeFile(PublishedReport(quarter, 0), internalPath));
        const QString text = pdfText(internalPath);
        QVERIFY(text.contains(QStringLiteral("Northshire County Council")));
        QVERIFY(text.contains(QStringLiteral("January 2026 to March 2026")));
        QVERIFY(text.contains(QStringLiteral("NOT FOR PUBLICATION")));
        // The "Children who entered care" block: Jan 2 2 4 / Feb 1 0 1 / Mar 2 0 2 / Q1 5 2 7
        // (the child whose placement is not known is counted with those out of area).
        const QRegularExpression enteredInArea(
            QStringLiteral("Children who entered care\\s+In area\\s+2\\s+1\\s+2\\s+5"));
        QVERIFY2(enteredInArea.match(text).hasMatch(), qPrintable(text.left(3000)));
        QVERIFY(QRegularExpression(QStringLiteral("Out / not known\\s+2\\s+0\\s+0\\s+2"))
                    .match(text)
                    .hasMatch());
        QVERIFY(
            QRegularExpression(QStringLiteral("All\\s+4\\s+1\\s+2\\s+7")).match(text).hasMatch());
        QVERIFY(QRegularExpression(
                    QStringLiteral("% IHAs in time\\s+In area\\s+100%\\s+0%\\s+50%\\s+50%"))
                    .match(text)
                    .hasMatch());
        QVERIFY(text.contains(QStringLiteral("Late: 1 cancelled by carer.")));
        // pdftotext may give the "fi" ligature as one character.
        QVERIFY(QRegularExpression(QStringLiteral("De(fi|\\x{FB01})nitions and method"))
                    .match(text)
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("Page 1 of \\d")).match(text).hasMatch());

        // The public paper: suppressed, and never a name, date of birth or case ID.
        const QString publicPath = out.filePath(QStringLiteral("public.pdf"));
        QVERIFY(BoardPaperPdfWriter::writeFile(PublishedReport(quarter, 5), publicPath));
        const QString published = pdfText(publicPath) + pdfText(publicPath, false);
        QVERIFY(published.contains(QStringLiteral("<5")));
        // Laid out by rule (BoardTableLayout): the months' entries (4, 1, 2) are mostly 1 to
        // 4 and so is the quarter's out-of-area part (2), so the row is given for the quarter
        // only, for all children: 7, in the split table, marked "not split".
        QVERIFY2(!QRegularExpression(QStringLiteral("Children who entered care\\s+<5"))
                      .match(published)
                      .hasMatch(),
                 qPrintable(published.left(3000)));
        QVERIFY(published.contains(
            QStringLiteral("Where the child was placed, January 2026 to March 2026")));
        QVERIFY2(QRegularExpression(
                     QStringLiteral("Children who entered care\\s+not split\\s+not split\\s+7"))
                     .match(published)
                     .hasMatch(),
                 qPrintable(published.left(3000)));
        QSqlQuery q = fx->exec(
            QStringLiteral("SELECT case_id, given_name, family_name, date_of_birth FROM children"));
        int children = 0;
        while (q.next()) {
            ++children;
            for (int i = 0; i < 4; ++i)
                QVERIFY2(!published.contains(q.value(i).toString()),
                         qPrintable(q.value(i).toString()));
        }
        QCOMPARE(children, 12);
        // The method box says what "<5" means, and the layout's rule.
        QVERIFY(QRegularExpression(QStringLiteral("Layout\\s+of\\s+the\\s+table"))
                    .match(published)
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("counts\\s+from\\s+1\\s+to\\s+4"))
                    .match(published)
                    .hasMatch());
        QVERIFY(QRegularExpression(QStringLiteral("for\\s+the\\s+whole\\s+period\\s+only"))
                    .match(published)
                    .hasMatch());
    }

    void theCoverSaysPurposeRecommendationsAndAuthor()
    {
        const BoardPaperCover cover = BoardPaperExport::coverFrom(
            QStringLiteral("  Jo Smith,\tDesignated Nurse "),
            QStringLiteral("To update the Board on health assessments.\n"),
            QStringLiteral("1. The Board notes the report.\n\n- The Board asks for a plan\n"));
        QCOMPARE(cover.author, QStringLiteral("Jo Smith, Designated Nurse"));
        QCOMPARE(cover.recommendations, (QStringList{QStringLiteral("The Board notes the report."),
                                                     QStringLiteral("The Board asks for a plan")}));
        PublishedReport paper(quarter, 5);
        paper.setCover(cover);
        const QString html = QString::fromUtf8(ReportHtmlWriter::write(paper));
        QVERIFY(html.contains(QStringLiteral("Report of: Jo Smith, Designated Nurse")));
        QVERIFY(html.contains(QStringLiteral("<h2>Purpose of the report</h2>")));
        QVERIFY(html.contains(QStringLiteral("<ol>\n<li>The Board notes the report.</li>")));
        QVERIFY(html.indexOf(QStringLiteral("Recommendations")) <
                html.indexOf(QStringLiteral("<h2>Summary</h2>")));
        const QString pdfPath = out.filePath(QStringLiteral("cover.pdf"));
        QVERIFY(BoardPaperPdfWriter::writeFile(paper, pdfPath));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString text = pdfText(pdfPath, false).simplified();
        QVERIFY2(text.contains(QStringLiteral("Report of: Jo Smith, Designated Nurse")),
                 qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("The Board asks for a plan")));
    }

    void aTableNeverLeavesOneRowAloneOnAPage_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("rows");
        QTest::addColumn<double>("roomInRows");
        QTest::addColumn<bool>("breaks");
        QTest::newRow("fits") << 3 << 10 << 4.0 << false;
        QTest::newRow("does not fit") << 3 << 10 << 0.5 << true;
        QTest::newRow("last two, room for one: both go over") << 8 << 10 << 1.5 << true;
        QTest::newRow("last two, room for both") << 8 << 10 << 2.0 << false;
        QTest::newRow("last row, room for it") << 9 << 10 << 1.0 << false;
        QTest::newRow("two-row table keeps its first row") << 0 << 2 << 1.2 << false;
    }

    void aTableNeverLeavesOneRowAloneOnAPage()
    {
        QFETCH(int, row);
        QFETCH(int, rows);
        QFETCH(double, roomInRows);
        QFETCH(bool, breaks);
        const double height = 11.5;
        QCOMPARE(BoardPaperPdfWriter::breakBeforeRow(row, rows, roomInRows * height, height),
                 breaks);
    }

    void chartFilesAreNamedAndEndInTheirType()
    {
        const QString png = TimelinessChartsView::suggestedChartPath(
            QStringLiteral("IHAs completed within 20 working days"),
            QStringLiteral("January 2026 to March 2026"), false);
        QVERIFY2(png.endsWith(QStringLiteral(
                     "/ihas-completed-within-20-working-days-january-2026-to-march-2026.png")),
                 qPrintable(png));
        QVERIFY(QFileInfo(png).isAbsolute());
        QVERIFY(QFileInfo(png).absolutePath() != QDir::currentPath());
        QCOMPARE(TimelinessChartsView::withImageSuffix(QStringLiteral("/tmp/iha"), false),
                 QStringLiteral("/tmp/iha.png"));
        QCOMPARE(TimelinessChartsView::withImageSuffix(QStringLiteral("/tmp/iha.PNG"), false),
                 QStringLiteral("/tmp/iha.PNG"));
        QCOMPARE(TimelinessChartsView::withImageSuffix(QStringLiteral("/tmp/iha.png"), true),
                 QStringLiteral("/tmp/iha.png.svg"));
    }

    void chartsExportToPngAndSvg()
    {
        ReportChartWidget chart;
        chart.resize(900, 500);
        chart.setSpec(ReportChartSpec::build(PublishedReport(quarter, 0),
                                             ReportChartSpec::Kind::IhaTimeliness));
        const QString png = out.filePath(QStringLiteral("iha.png"));
        const QString svg = out.filePath(QStringLiteral("iha.svg"));
        QVERIFY(chart.exportPng(png));
        QVERIFY(chart.exportSvg(svg));
        const QImage image(png);
        QVERIFY(image.width() >= 1600);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("IHAs completed within 20 working days"));
    }
};

QTEST_MAIN(TestBoardPaper)
#include "tst_ui_boardpaper.moc"
