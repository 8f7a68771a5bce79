// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/ImportPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace lac;

class TestImportPreviewModel : public QObject
{
    Q_OBJECT

    static QList<ImportChange> sample()
    {
        using K = ImportChange::Kind;
        return {
            {K::Added, QStringLiteral("child"), QStringLiteral("1001"),
             QStringLiteral("born 14/02/2013, sex M"), QStringLiteral("header.csv"), 2},
            {K::Updated, QStringLiteral("episode"), QStringLiteral("1002"),
             QStringLiteral("DECOM 15/02/2016: DEC (none) → 14/08/2017"),
             QStringLiteral("episodes.csv"), 4},
            {K::Rejected, QStringLiteral("row"), QString(),
             QStringLiteral("DECOM: 01/05/2020: overlapping episodes:\nsecond line"),
             QStringLiteral("episodes.csv"), 12},
            {K::Added, QStringLiteral("period of care"), QStringLiteral("1001"),
             QStringLiteral("from 06/01/2020"), QStringLiteral("episodes.csv"), 0},
        };
    }

private Q_SLOTS:
    void passesTheModelTester()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges(sample());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(ImportPreviewModel::ColumnCount));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        model.setChanges(sample());
    }

    void showsWhatChangesAndWhy()
    {
        ImportPreviewModel model;
        model.setChanges(sample());
        auto cell = [&model](int row, int column, int role = Qt::DisplayRole) {
            return model.data(model.index(row, column), role);
        };
        QCOMPARE(cell(0, ImportPreviewModel::ChangeColumn).toString(), QStringLiteral("New"));
        QCOMPARE(cell(1, ImportPreviewModel::ChangeColumn).toString(), QStringLiteral("Updated"));
        QCOMPARE(cell(2, ImportPreviewModel::ChangeColumn).toString(), QStringLiteral("Rejected"));
        QVERIFY(cell(2, ImportPreviewModel::ChangeColumn, Qt::ForegroundRole).isValid());
        QVERIFY(!cell(0, ImportPreviewModel::ChangeColumn, Qt::ForegroundRole).isValid());
        // One line in the table, the full text in the tooltip.
        QVERIFY(!cell(2, ImportPreviewModel::DetailColumn).toString().contains(QLatin1Char('\n')));
        QVERIFY(cell(2, ImportPreviewModel::DetailColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1Char('\n')));
        QCOMPARE(cell(2, ImportPreviewModel::LineColumn).toLongLong(), 12);
        QVERIFY(!cell(3, ImportPreviewModel::LineColumn).isValid()); // derived: no line
        QCOMPARE(cell(1, ImportPreviewModel::CaseIdColumn).toString(), QStringLiteral("1002"));
        QCOMPARE(cell(2, 0, ImportPreviewModel::KindRole).toInt(),
                 int(ImportChange::Kind::Rejected));
        QCOMPARE(model.headerData(ImportPreviewModel::DetailColumn, Qt::Horizontal).toString(),
                 QStringLiteral("What changes, or why it is rejected"));
    }

    void filtersAndSortsThroughAProxy()
    {
        ImportPreviewModel model;
        model.setChanges(sample());
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setFilterKeyColumn(ImportPreviewModel::ChangeColumn);
        proxy.setFilterFixedString(ImportPreviewModel::kindName(ImportChange::Kind::Added));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterFixedString(QString());
        proxy.setSortRole(ImportPreviewModel::SortRole);
        proxy.sort(ImportPreviewModel::LineColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ImportPreviewModel::LineColumn).data().toLongLong(), 12);
        proxy.sort(ImportPreviewModel::LineColumn, Qt::AscendingOrder);
        QVERIFY(!proxy.index(0, ImportPreviewModel::LineColumn).data().isValid()); // derived
        QCOMPARE(proxy.index(1, ImportPreviewModel::LineColumn).data().toLongLong(), 2);
    }
};

QTEST_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"
