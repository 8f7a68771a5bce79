// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The dependency rule, checked in the sources: app -> ui -> models -> core, Qt Sql and SQL text
// only in src/core/data, Qt Charts only in src/ui/charts, no widgets below src/ui, and no
// data-layer header in src/ui or src/models (they get services, which check the role), and no
// stored code compared as a string literal outside src/core/data (compare the domain enums).
#include "LayeringChecker.h"

#include <QTest>

using namespace lac::test;

namespace {

using ModuleSet = QSet<QString>;
const QStringList kQtModules{QStringLiteral("QtGui"),          QStringLiteral("QtWidgets"),
                             QStringLiteral("QtSql"),          QStringLiteral("QtCharts"),
                             QStringLiteral("QtSvg"),          QStringLiteral("QtSvgWidgets"),
                             QStringLiteral("QtPrintSupport"), QStringLiteral("QtOpenGL"),
                             QStringLiteral("QtOpenGLWidgets")};

} // namespace

class tst_Layering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void qtModulesPerLayer_data();
    void qtModulesPerLayer();
    void noIncludeOfAHigherLayer();
    void noSqlOutsideTheDataLayer();
    void noDataHeaderInUiOrModels();
    void noDatabaseHandleInUiOrModels();
    void noCodeComparedAsText();
    void checkerFindsWhatItShould();

private:
    QString m_root = QStringLiteral(LACHEALTH_SOURCE_DIR);
    QList<SourceFile> m_sources;
    LayeringChecker m_checker{LayeringChecker::installedQtHeaders(kQtModules)};
};

void tst_Layering::initTestCase()
{
    m_sources = LayeringChecker::load(m_root, QStringLiteral("src"));
    QVERIFY2(m_sources.size() > 20, "the source tree was not found");
    // The header index must know Qt's headers, or every check below would pass vacuously.
    QVERIFY(!LayeringChecker::installedQtHeaders({QStringLiteral("QtSql")})
                 .value(QStringLiteral("QSqlQuery"))
                 .isEmpty());
    QVERIFY(!LayeringChecker::installedQtHeaders({QStringLiteral("QtWidgets")})
                 .value(QStringLiteral("QWidget"))
                 .isEmpty());
}

void tst_Layering::qtModulesPerLayer_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("except");
    QTest::addColumn<ModuleSet>("forbidden");
    const ModuleSet gui{QStringLiteral("QtGui"),        QStringLiteral("QtWidgets"),
                        QStringLiteral("QtCharts"),     QStringLiteral("QtSvg"),
                        QStringLiteral("QtSvgWidgets"), QStringLiteral("QtPrintSupport"),
                        QStringLiteral("QtOpenGL"),     QStringLiteral("QtOpenGLWidgets")};
    const ModuleSet sql{QStringLiteral("QtSql")};
    const ModuleSet charts{QStringLiteral("QtCharts")};
    const ModuleSet widgets{QStringLiteral("QtWidgets"), QStringLiteral("QtCharts"),
                            QStringLiteral("QtSvgWidgets"), QStringLiteral("QtPrintSupport"),
                            QStringLiteral("QtOpenGLWidgets")};

    QTest::newRow("core: no Qt Gui, widgets or charts") << "src/core" << QString() << gui;
    QTest::newRow("core outside data/: no Qt Sql") << "src/core"
                                                   << "src/core/data" << sql;
    QTest::newRow("models: no Qt Sql, no widgets") << "src/models" << QString() << (sql | widgets);
    QTest::newRow("ui: no Qt Sql") << "src/ui" << QString() << sql;
    QTest::newRow("ui outside charts/: no Qt Charts") << "src/ui"
                                                      << "src/ui/charts" << charts;
    QTest::newRow("app: no Qt Sql, no Qt Charts") << "src/app" << QString() << (sql | charts);
}

void tst_Layering::qtModulesPerLayer()
{
    QFETCH(QString, folder);
    QFETCH(QString, except);
    QFETCH(ModuleSet, forbidden);
    QStringList findings;
    int checked = 0;
    for (const SourceFile& file : std::as_const(m_sources)) {
        if (!file.layerPath.startsWith(folder + QLatin1Char('/')))
            continue;
        if (!except.isEmpty() && file.layerPath.startsWith(except + QLatin1Char('/')))
            continue;
        ++checked;
        findings << m_checker.forbiddenQtIncludes(file, forbidden);
    }
    if (folder != QLatin1String("src/models")) // models may still be a placeholder
        QVERIFY2(checked > 0, qPrintable(QStringLiteral("no sources under %1").arg(folder)));
    QVERIFY2(findings.isEmpty(), qPrintable(QLatin1Char('\n') + findings.join(QLatin1Char('\n'))));
}

void tst_Layering::noIncludeOfAHigherLayer()
{
    QSet<QString> existing;
    for (const SourceFile& file : std::as_const(m_sources))
        existing.insert(file.path);
    QStringList findings;
    for (const SourceFile& file : std::as_const(m_sources))
        findings << m_checker.upwardIncludes(file, existing);
    QVERIFY2(findings.isEmpty(), qPrintable(QLatin1Char('\n') + findings.join(QLatin1Char('\n'))));
}

void tst_Layering::noSqlOutsideTheDataLayer()
{
    QStringList findings;
    for (const SourceFile& file : std::as_const(m_sources))
        if (!file.layerPath.startsWith(QLatin1String("src/core/data/")))
            findings << LayeringChecker::sqlStatements(file);
    QVERIFY2(findings.isEmpty(), qPrintable(QLatin1Char('\n') + findings.join(QLatin1Char('\n'))));
}

void tst_Layering::noDataHeaderInUiOrModels()
{
    QStringList findings;
    int checked = 0;
    for (const SourceFile& file : std::as_const(m_sources)) {
        if (!file.layerPath.startsWith(QLatin1String("src/ui/")) &&
            !file.layerPath.startsWith(QLatin1String("src/models/")))
            continue;
        ++checked;
        findings << LayeringChecker::dataLayerIncludes(file);
    }
    QVERIFY2(checked > 0, "no sources under src/ui or src/models");
    QVERIFY2(findings.isEmpty(), qPrintable(QLatin1Char('\n') + findings.join(QLatin1Char('\n'))));
}

void tst_Layering::noDatabaseHandleInUiOrModels()
{
    QStringList findings;
    for (const SourceFile& file : std::as_const(m_sources)) {
        if (file.layerPath.startsWith(QLatin1String("src/ui/")) ||
            file.layerPath.startsWith(QLatin1String("src/models/")))
            findings << LayeringChecker::databaseHandles(file);
    }
    QVERIFY2(findings.isEmpty(), qPrintable(QLatin1Char('\n') + findings.join(QLatin1Char('\n'))));
}

void tst_Layering::noCodeComparedAsText()
{
    // Codes are enums in src/core/domain everywhere; only the data layer reads and writes the
    // text (the demo county included: it makes enums, and its writer stores their codes).
    QStringList findings;
    for (const SourceFile& file : std::as_const(m_sources)) {
        if (file.layerPath.startsWith(QLatin1String("src/core/data/")))
            continue;
        findings << LayeringChecker::codeComparisons(file);
    }
    QVERIFY2(findings.isEmpty(), qPrintable(QLatin1Char('\n') + findings.join(QLatin1Char('\n'))));
}

void tst_Layering::checkerFindsWhatItShould()
{
    // Each check against a file that breaks it, so that a broken check cannot pass silently.
    const SourceFile bad{
        QStringLiteral("src/core/services/Bad.cpp"),
        QStringLiteral(
            "// SPDX\n#include \"Bad.h\"\n#include <QSqlQuery>\n#include <QtSql/QSqlError>\n"
            "#include <QtSql>\n  #  include <QWidget>\n#include <qcolor.h>\n"
            "#include <QString>\n#include \"MainWindow.h\"\n"
            "#include \"../../ui/charts/Chart.h\"\n"
            "auto q = QStringLiteral(\n    \"SELECT id FROM child\");\n"
            "auto t = tr(\"Delete the selected child\");\n")};
    const QStringList sql = m_checker.forbiddenQtIncludes(bad, {QStringLiteral("QtSql")});
    QCOMPARE(sql, (QStringList{
                      QStringLiteral("src/core/services/Bad.cpp:3: includes <QSqlQuery> from "
                                     "QtSql, which this layer must not use"),
                      QStringLiteral("src/core/services/Bad.cpp:4: includes <QtSql/QSqlError> "
                                     "from QtSql, which this layer must not use"),
                      QStringLiteral("src/core/services/Bad.cpp:5: includes <QtSql> from QtSql, "
                                     "which this layer must not use")}));
    const QStringList gui =
        m_checker.forbiddenQtIncludes(bad, {QStringLiteral("QtGui"), QStringLiteral("QtWidgets")});
    QCOMPARE(gui.size(), 2);
    QVERIFY(gui.at(0).startsWith(QLatin1String("src/core/services/Bad.cpp:6: includes <QWidget>")));
    QVERIFY(
        gui.at(1).startsWith(QLatin1String("src/core/services/Bad.cpp:7: includes <qcolor.h>")));

    const QSet<QString> existing{bad.path, QStringLiteral("src/core/services/Bad.h"),
                                 QStringLiteral("src/ui/MainWindow.h"),
                                 QStringLiteral("src/ui/charts/Chart.h")};
    const QStringList upward = m_checker.upwardIncludes(bad, existing);
    QCOMPARE(upward.size(), 2);
    QVERIFY(upward.at(0).startsWith(QLatin1String("src/core/services/Bad.cpp:9:")));
    QVERIFY(upward.at(1).startsWith(QLatin1String("src/core/services/Bad.cpp:10:")));

    const SourceFile view{
        QStringLiteral("src/ui/workspace/BadView.cpp"),
        QStringLiteral("#include \"BadView.h\"\n#include \"data/WorklistRepository.h\"\n"
                       "#include \"services/CaseListService.h\"\n"
                       "#include \"../../core/data/Database.h\"\n#include <data/Nothing.h>\n"
                       "#include \"metadata/Fine.h\"\n")};
    QCOMPARE(
        LayeringChecker::dataLayerIncludes(view),
        (QStringList{QStringLiteral("src/ui/workspace/BadView.cpp:2: includes "
                                    "\"data/WorklistRepository.h\" from src/core/data; read "
                                    "and write through a service in src/core/services instead"),
                     QStringLiteral("src/ui/workspace/BadView.cpp:4: includes "
                                    "\"../../core/data/Database.h\" from src/core/data; read "
                                    "and write through a service in src/core/services instead"),
                     QStringLiteral("src/ui/workspace/BadView.cpp:5: includes "
                                    "\"data/Nothing.h\" from src/core/data; read "
                                    "and write through a service in src/core/services instead")}));

    const SourceFile handle{QStringLiteral("src/ui/MainWindow.cpp"),
                            QStringLiteral("auto t = services.database().path();\n"
                                           "auto u = m_services->database ( );\n"
                                           "auto v = databaseLocation();\n")};
    const QStringList handles = LayeringChecker::databaseHandles(handle);
    QCOMPARE(handles.size(), 2);
    QVERIFY(handles.at(0).startsWith(QLatin1String("src/ui/MainWindow.cpp:1:")));
    QVERIFY(handles.at(1).startsWith(QLatin1String("src/ui/MainWindow.cpp:2:")));

    const SourceFile codes{QStringLiteral("src/ui/workspace/CodeView.cpp"),
                           QStringLiteral("if (a.status == QLatin1String(\"booked\"))\n"
                                          "    on = p.location != QStringLiteral(\"OUT\");\n"
                                          "ok = QLatin1String(\"not_required\") == a.status;\n"
                                          "// text a person reads, a file name, a symbol:\n"
                                          "x = label == tr(\"Booked\");\n"
                                          "x = t == QLatin1String(\"Not yet requested\");\n"
                                          "y = name == QLatin1String(\"uasc.csv\");\n"
                                          "y = c == QLatin1String(\"*\");\n")};
    const QStringList compared = LayeringChecker::codeComparisons(codes);
    QCOMPARE(compared.size(), 3);
    QCOMPARE(compared.at(0), QStringLiteral("src/ui/workspace/CodeView.cpp:1: compares the code "
                                            "\"booked\" as text; compare the enum in "
                                            "src/core/domain"));
    QVERIFY(compared.at(1).startsWith(
        QLatin1String("src/ui/workspace/CodeView.cpp:2: compares the code \"OUT\"")));
    QVERIFY(compared.at(2).startsWith(
        QLatin1String("src/ui/workspace/CodeView.cpp:3: compares the code \"not_required\"")));

    const QStringList statements = LayeringChecker::sqlStatements(bad);
    QCOMPARE(statements.size(), 1);
    QVERIFY(
        statements.at(0).startsWith(QLatin1String("src/core/services/Bad.cpp:11: SQL (SELECT)")));

    // A feature folder keeps the same rules: its subfolders are its layers.
    QCOMPARE(LayeringChecker::layerPath(QStringLiteral("src/features/dental/data/Store.cpp")),
             QStringLiteral("src/core/data/features/dental/Store.cpp"));
    QCOMPARE(LayeringChecker::layerPath(QStringLiteral("src/features/dental/ui/Tab.cpp")),
             QStringLiteral("src/ui/features/dental/Tab.cpp"));
    const auto featureFile = [](const char* path, const char* text) {
        const QString p = QString::fromLatin1(path);
        return SourceFile{p, QString::fromLatin1(text), LayeringChecker::layerPath(p)};
    };
    const SourceFile tab =
        featureFile("src/features/dental/ui/Tab.cpp", "#include \"dental/data/Store.h\"\n"
                                                      "#include \"dental/core/Service.h\"\n");
    QCOMPARE(LayeringChecker::dataLayerIncludes(tab).size(), 1);
    const SourceFile service =
        featureFile("src/features/dental/core/Service.cpp", "#include \"dental/ui/Tab.h\"\n"
                                                            "#include \"dental/data/Store.h\"\n");
    const QSet<QString> featureFiles{QStringLiteral("src/features/dental/ui/Tab.h"),
                                     QStringLiteral("src/features/dental/data/Store.h")};
    const QStringList up = m_checker.upwardIncludes(service, featureFiles);
    QCOMPARE(up.size(), 1);
    QVERIFY(up.at(0).startsWith(QLatin1String("src/features/dental/core/Service.cpp:1:")));
    QVERIFY(!LayeringChecker::sqlStatements(featureFile("src/features/dental/core/Service.cpp",
                                                        "auto q = QStringLiteral(\"SELECT 1\");"))
                 .isEmpty());
}

QTEST_GUILESS_MAIN(tst_Layering)
#include "tst_layering.moc"
