// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_demo [DIR] [N ...]: time and size of `lachealth demo` at 1,650, 10,000 and 100,000
// children (or the sizes given), split into generating the data in memory (a sink that keeps
// nothing), the whole build (generate + write + verify + rename), and the file size.
// Reports CPU time beside wall time: on a shared machine the wall time includes waiting.
#include "demo/DemoDatabaseBuilder.h"
#include "demo/DemoGenerator.h"
#include "rules/WorkingDayCalendar.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <ctime>

namespace {

/// Counts what the generator makes and throws it away.
class NullSink : public lac::DemoSink
{
public:
    lac::Status writeReferenceData(const lac::DemoReferenceData&) override { return {}; }
    lac::Status writeChild(const lac::DemoChild&) override { return {}; }
};

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString dir = args.isEmpty() ? QDir::tempPath() : args.takeFirst();
    QList<int> sizes;
    for (const QString& a : args)
        sizes << a.toInt();
    if (sizes.isEmpty())
        sizes = {1650, 10000, 100000};

    QTextStream out(stdout);
    out << "children  generate-only s (cpu)  full build s (cpu)  write s  verify s  size MB\n";
    for (int n : sizes) {
        lac::DemoOptions options;
        options.children = n;
        options.seed = 1;
        const lac::WorkingDayCalendar calendar;

        QElapsedTimer wall;
        double cpu = cpuSeconds();
        wall.start();
        NullSink sink;
        lac::DemoGenerator generator(options, calendar, lac::AssessmentPolicy{});
        if (auto s = generator.generate(sink); !s) {
            out << "generate failed: " << s.failure().text() << "\n";
            return 1;
        }
        const double genWall = double(wall.elapsed()) / 1000.0;
        const double genCpu = cpuSeconds() - cpu;

        const QString path = QDir(dir).filePath(QStringLiteral("bench-demo-%1.sqlite").arg(n));
        QFile::remove(path);
        cpu = cpuSeconds();
        wall.restart();
        auto report = lac::DemoDatabaseBuilder::build(
            path, options, true,
            lac::UserContext{QStringLiteral("bench"), lac::UserRole::Administrator});
        const double buildWall = double(wall.elapsed()) / 1000.0;
        const double buildCpu = cpuSeconds() - cpu;
        if (!report) {
            out << "build failed: " << report.failure().text() << "\n";
            return 1;
        }
        out << QStringLiteral("%1  %2 (%3)  %4 (%5)  %6  %7  %8\n")
                   .arg(n, 8)
                   .arg(genWall, 14, 'f', 1)
                   .arg(genCpu, 0, 'f', 1)
                   .arg(buildWall, 13, 'f', 1)
                   .arg(buildCpu, 0, 'f', 1)
                   .arg(double(report->generateMs) / 1000.0, 7, 'f', 1)
                   .arg(double(report->verifyMs) / 1000.0, 8, 'f', 1)
                   .arg(double(report->bytes) / (1024.0 * 1024.0), 7, 'f', 1);
        out.flush();
        QFile::remove(path);
    }
    return 0;
}
