// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Times the children table on a real database: open, first page for every sort order, search
// and filters, scrolling to the end. Usage: bench_children DATABASE
#include "ChildTableModel.h"
#include "data/Database.h"
#include "services/CaseListService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

using namespace lac;

namespace {

QTextStream out(stdout);

template <typename F>
double timeMs(F&& f, int runs = 5)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2); // median
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

// The first scroll past the first page (a user's first turn of the wheel), median of 5.
double firstScroll(ChildTableModel& model, const ChildListQuery& query)
{
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        model.setQuery(query);
        QElapsedTimer t;
        t.start();
        model.fetchMore({});
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        out << "usage: bench_children DATABASE\n";
        return 2;
    }
    QElapsedTimer openTimer;
    openTimer.start();
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        out << db.failure().text() << "\n";
        return 1;
    }
    out << "open database: " << openTimer.elapsed() << " ms\n";
    const CaseListService lists(*db.value(),
                                UserContext{QStringLiteral("bench"), UserRole::Administrator});
    ChildTableModel model(lists.children());

    ChildListQuery base;
    base.inCare = std::nullopt;
    const double first = timeMs([&] { model.setQuery(base); });
    out << "children: " << model.totalCount() << "\n";
    out << "open (count + first 200 rows), everyone: " << first << " ms (median of 5)\n";

    for (int c = 0; c < ChildTableModel::ColumnCount; ++c) {
        for (auto order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            model.sort(c, order); // works out the query for this column and direction
            const ChildListQuery sorted = model.query();
            const double ms = timeMs([&] { model.setQuery(sorted); });
            out << "sort by " << model.headerData(c, Qt::Horizontal).toString()
                << (order == Qt::AscendingOrder ? " asc" : " desc") << ": " << ms
                << " ms, then first scroll " << firstScroll(model, sorted) << " ms\n";
        }
    }

    struct Case
    {
        const char* name;
        ChildListQuery query;
    };
    QList<Case> cases;
    ChildListQuery q = base;
    q.search = QStringLiteral("smi");
    cases.append({"search 'smi'", q});
    q = base;
    q.search = QStringLiteral("9434765919");
    cases.append({"search an NHS number", q});
    q = base;
    q.inCare = true;
    cases.append({"in care now", q});
    q.location = PlacementLocation::OutOfArea;
    cases.append({"in care, out of area", q});
    q = base;
    q.overdueOnly = true;
    cases.append({"overdue only", q});
    q = base;
    q.placementGroup = QStringLiteral("homes_secure");
    q.ageBand = ChildListQuery::AgeBand::SixteenPlus;
    cases.append({"children's homes, 16+", q});
    for (const auto& c : cases) {
        const double ms = timeMs([&] { model.setQuery(c.query); });
        out << c.name << ": " << model.totalCount() << " rows, " << ms << " ms\n";
    }

    // Scrolling: fetch pages until the end of everyone, as a view scrolled to the bottom would.
    model.setQuery(base);
    model.sort(ChildTableModel::NameColumn, Qt::AscendingOrder);
    QElapsedTimer scroll;
    scroll.start();
    int pages = 0;
    double worstPage = 0;
    while (model.canFetchMore({})) {
        QElapsedTimer t;
        t.start();
        model.fetchMore({});
        worstPage = std::max(worstPage, double(t.nsecsElapsed()) / 1e6);
        ++pages;
    }
    out << "scroll to the end: " << pages << " pages in " << scroll.elapsed()
        << " ms, slowest page " << worstPage << " ms\n";
    out << "peak memory: " << peakRssKb() / 1024 << " MB\n";
    return 0;
}
