// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// workspace_screens DB OUTDIR: opens the real main window on a (demo) database and saves the
// README's screenshots of the admin workspace: worklist.png, child.png, booking.png,
// paperwork-log.png, ooa-log.png, backlog.png. Run it under Xvfb, not offscreen, so that the
// pictures are what a person sees.
#include "CompositionRoot.h"
#include "MainWindow.h"
#include "data/WorklistRepository.h"
#include "services/AppServices.h"
#include "workspace/AdminWorkspace.h"
#include "workspace/BacklogView.h"
#include "workspace/CaseDialog.h"
#include "workspace/CaseWork.h"
#include "workspace/ChildDetailView.h"
#include "workspace/OutOfAreaLogView.h"
#include "workspace/PaperworkLogView.h"
#include "workspace/WorklistView.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

using namespace lac;

namespace {

void settle()
{
    QEventLoop loop;
    QTimer::singleShot(300, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* w, const QString& path)
{
    settle();
    const bool ok = w->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

/// A child whose outstanding assessment is at \a status (and paperwork complete if asked).
qint64 findChild(AppServices& s, WorklistCategory category, AssessmentStatus status,
                 bool paperworkComplete, qint64* assessmentId)
{
    WorklistQuery q;
    q.category = category;
    auto rows = WorklistRepository(s.database()).page(q, 0, 400);
    if (!rows)
        return 0;
    for (const auto& r : rows.value()) {
        auto a = s.assessments().assessment(r.assessmentId);
        if (a && a.value().status == status &&
            (!paperworkComplete || a.value().paperworkStatus == PaperworkStatus::Complete)) {
            *assessmentId = r.assessmentId;
            return r.childId;
        }
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("LACHealthTrackerScreens"));
    QApplication::setApplicationName(QStringLiteral("workspace_screens"));
    if (argc < 3) {
        std::fprintf(stderr, "usage: workspace_screens DATABASE OUTDIR\n");
        return 2;
    }
    auto db = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.failure().text()));
        return 1;
    }
    const QDir out(QString::fromLocal8Bit(argv[2]));
    AppServices services(std::move(db).value(),
                         UserContext{QStringLiteral("j.smith"), UserRole::HealthAdmin});
    MainWindow window(services);
    CompositionRoot::populate(window, services);
    window.resize(1360, 800);
    window.show();
    auto* admin = window.findChild<AdminWorkspace*>();
    if (!admin)
        return 1;
    bool ok = true;

    window.workspaces()->setCurrentWidget(admin->worklist());
    admin->worklist()->showCategory(WorklistCategory::AwaitingPaperwork);
    ok &= save(&window, out.filePath(QStringLiteral("worklist.png")));

    window.workspaces()->setCurrentWidget(admin->paperworkLog());
    ok &= save(&window, out.filePath(QStringLiteral("paperwork-log.png")));
    window.workspaces()->setCurrentWidget(admin->outOfAreaLog());
    ok &= save(&window, out.filePath(QStringLiteral("ooa-log.png")));
    window.workspaces()->setCurrentWidget(admin->backlog());
    ok &= save(&window, out.filePath(QStringLiteral("backlog.png")));

    qint64 assessment = 0;
    const qint64 booked = findChild(services, WorklistCategory::OverdueRha,
                                    AssessmentStatus::Booked, true, &assessment);
    if (booked) {
        ChildDetailView* view = admin->work().openChild(booked, &window);
        view->resize(1200, 720);
        view->selectAssessment(assessment);
        ok &= save(view, out.filePath(QStringLiteral("child.png")));
        view->close();
    }
    const qint64 ready = findChild(services, WorklistCategory::DueWithin30Days,
                                   AssessmentStatus::Requested, true, &assessment);
    if (ready) {
        ChildDetailView* view = admin->work().openChild(ready, &window);
        view->selectAssessment(assessment);
        view->action(QStringLiteral("book"))->trigger();
        if (CaseDialog* d = view->lastDialog()) {
            d->adjustSize();
            ok &= save(d, out.filePath(QStringLiteral("booking.png")));
            d->reject();
        }
        view->close();
    }
    window.close();
    return ok ? 0 : 1;
}
