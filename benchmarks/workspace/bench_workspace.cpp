// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_workspace DB: times every admin-workspace view on a (demo) database: opening it
// (first page), sorting by each column both ways, and filtering (search, show, location);
// then the process's peak memory. Run it on `lachealth demo --children 100000`.
#include "BacklogModel.h"
#include "CompositionRoot.h"
#include "MainWindow.h"
#include "OutOfAreaLogModel.h"
#include "PaperworkLogModel.h"
#include "WorklistItemModel.h"
#include "WorklistSummaryModel.h"
#include "services/AppServices.h"
#include "workspace/CaseWork.h"
#include "workspace/ChildDetailView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTabWidget>
#include <QTextStream>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace lac;

namespace {

double worst = 0;
int over = 0;

template <typename F>
double timed(const QString& what, F&& f)
{
    QElapsedTimer t;
    t.start();
    f();
    const double ms = double(t.nsecsElapsed()) / 1e6;
    worst = std::max(worst, ms);
    if (ms >= 200)
        ++over;
    std::printf("%-58s %8.1f ms%s\n", qPrintable(what), ms, ms >= 200 ? "  OVER 200 ms" : "");
    return ms;
}

QString memory(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return QString::fromLatin1(line.mid(int(qstrlen(key)) + 1).trimmed());
    }
    return {};
}

template <typename Model, typename Query>
void exercise(const QString& name, Model& model, Query query,
              const std::function<void(Query&)>& filter)
{
    timed(name + QStringLiteral(": open"), [&] { model.setQuery(query); });
    for (int c = 0; c < model.columnCount(); ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timed(QStringLiteral("%1: sort by %2 %3")
                      .arg(name, model.headerData(c, Qt::Horizontal).toString(),
                           order == Qt::AscendingOrder ? QStringLiteral("asc")
                                                       : QStringLiteral("desc")),
                  [&] { model.sort(c, order); });
        }
    }
    Query filtered = model.query();
    filter(filtered);
    timed(name + QStringLiteral(": filter"), [&] { model.setQuery(filtered); });
    filtered.search = QStringLiteral("smith");
    timed(name + QStringLiteral(": search \"smith\""), [&] { model.setQuery(filtered); });
    model.setQuery(query); // unfiltered, then scroll: each page is one query
    for (int i = 0; i < 5 && model.canFetchMore({}); ++i)
        timed(name + QStringLiteral(": scroll, page %1").arg(i + 2), [&] { model.fetchMore({}); });
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_workspace DATABASE\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.failure().text()));
        return 1;
    }
    AppServices services(std::move(db).value(),
                         UserContext{QStringLiteral("bench"), UserRole::Administrator});
    const QDate today = QDate::currentDate();

    WorklistSummaryModel summary(services.worklist());
    timed(QStringLiteral("worklist: all eight counts"), [&] { summary.refresh(today); });
    for (int r = 0; r < summary.rowCount(); ++r)
        std::printf("    %s\n", qPrintable(summary.index(r).data().toString()));

    const auto& worklistRepo = services.caseLists().worklist();
    for (WorklistCategory c : allWorklistCategories()) {
        WorklistItemModel model(worklistRepo, services.worklist().ragRating());
        WorklistQuery q;
        q.category = c;
        q.today = today;
        exercise<WorklistItemModel, WorklistQuery>(
            QStringLiteral("worklist/%1").arg(worklistCategoryKey(c)), model, q,
            [](WorklistQuery& x) { x.search = QStringLiteral("1"); });
    }

    const auto& paperworkRepo = services.caseLists().paperworkLog();
    PaperworkLogModel paperwork(paperworkRepo);
    PaperworkLogQuery pq;
    pq.today = today;
    exercise<PaperworkLogModel, PaperworkLogQuery>(
        QStringLiteral("paperwork log"), paperwork, pq,
        [](PaperworkLogQuery& x) { x.show = PaperworkLogQuery::Show::All; });

    const auto& ooaRepo = services.caseLists().outOfAreaLog();
    OutOfAreaLogModel ooa(ooaRepo);
    OutOfAreaLogQuery oq;
    oq.today = today;
    exercise<OutOfAreaLogModel, OutOfAreaLogQuery>(
        QStringLiteral("out-of-area log"), ooa, oq,
        [](OutOfAreaLogQuery& x) { x.show = OutOfAreaLogQuery::Show::All; });

    const auto& backlogRepo = services.caseLists().backlog();
    BacklogModel backlog(backlogRepo);
    BacklogQuery bq;
    bq.today = today;
    exercise<BacklogModel, BacklogQuery>(
        QStringLiteral("backlog"), backlog, bq,
        [](BacklogQuery& x) { x.location = QStringLiteral("OUT"); });

    QUndoStack undo;
    CaseWork work(services, &undo);
    const qint64 someChild = backlog.rowCount() ? backlog.rowAt(0).childId : 1;
    timed(QStringLiteral("child window: open"), [&] { work.openChild(someChild)->hide(); });
    timed(QStringLiteral("child window: reload"), [&] { work.childWindow(someChild)->reload(); });

    // The kinds of record's piles, installed as in the window. Counting them and listing a
    // pile on the window's thread is the reference; the window itself counts on a worker and
    // a pile then opens from the worker's rows.
    MainWindow window(services);
    CompositionRoot::populate(window, services);
    WorklistSummaryModel piles(services.worklist());
    // A reference is timed but is not a pause the window has: not in "worst" or "over".
    const auto reference = [](const QString& what, auto&& f) {
        QElapsedTimer t;
        t.start();
        f();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        std::printf("%-58s %8.1f ms  (reference)\n", qPrintable(what), ms);
        return ms;
    };
    const double here = reference(QStringLiteral("every count on the window's thread"),
                                  [&] { piles.refresh(today); });
    const auto job = services.worklist().countsElsewhere(today);
    if (!job) {
        std::fprintf(stderr, "a pile cannot be counted elsewhere\n");
        return 1;
    }
    QElapsedTimer worker;
    worker.start();
    auto snapshot = job();
    const double elsewhere = double(worker.nsecsElapsed()) / 1e6;
    if (!snapshot) {
        std::fprintf(stderr, "%s\n", qPrintable(snapshot.failure().text()));
        return 1;
    }
    std::printf("%-58s %8.1f ms  (on the worker: %.2fx the reference)\n",
                "counts and every pile's rows, worker", elsewhere, elsewhere / here);
    for (WorklistCategory c : services.worklist().categories()) {
        if (!services.worklist().pile(c))
            continue;
        WorklistItemModel model(services.worklist().rows(), services.worklist().ragRating());
        WorklistQuery q;
        q.category = c;
        q.today = today;
        services.worklist().forgetSnapshot();
        const double alone = reference(
            QStringLiteral("%1, listed on the window's thread").arg(services.worklist().title(c)),
            [&] { model.setQuery(q); });
        services.worklist().adopt(snapshot.value());
        q.search = QStringLiteral("x"); // a different query, so the model reads again
        model.setQuery(q);
        q.search.clear();
        const double adopted = timed(
            QStringLiteral("%1: open from the worker's rows").arg(services.worklist().title(c)),
            [&] { model.setQuery(q); });
        std::printf("    %.3fx the reference\n", adopted / std::max(alone, 0.001));
    }

    // Every tab of the window, shown for the first time as a person clicks it: whatever a tab
    // reads on the window's thread when first shown is a pause.
    window.show();
    QApplication::processEvents();
    if (auto* tabs = window.findChild<QTabWidget*>()) {
        for (int i = 1; i < tabs->count(); ++i)
            timed(QStringLiteral("tab \"%1\": first shown").arg(tabs->tabText(i).remove(u'&')),
                  [&] {
                      tabs->setCurrentIndex(i);
                      QApplication::processEvents();
                  });
    }

    std::printf("\nworst %.1f ms; %d operation(s) at or over 200 ms\n", worst, over);
    std::printf("memory: peak %s, now %s\n", qPrintable(memory("VmHWM:")),
                qPrintable(memory("VmRSS:")));
    return over == 0 ? 0 : 1;
}
