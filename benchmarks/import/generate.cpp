// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// bench_import_generate N DIR: a synthetic, valid SSDA903 export with N episodes (about 2.5
// per child, chains of follow-on episodes, some starting before the data window, a few
// leaving and coming back) in DIR/header.csv and DIR/episodes.csv. Deterministic (fixed
// seed), streamed to disk, children in a scrambled order so the file is not sorted by CHILD.
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: bench_import_generate EPISODES DIR\n");
        return 2;
    }
    const qint64 total = args.at(1).toLongLong();
    const QDir dir(args.at(2));
    QDir().mkpath(dir.path());
    QFile header(dir.filePath(QStringLiteral("header.csv")));
    QFile episodes(dir.filePath(QStringLiteral("episodes.csv")));
    if (!header.open(QIODevice::WriteOnly) || !episodes.open(QIODevice::WriteOnly))
        return 1;
    QTextStream h(&header);
    QTextStream e(&episodes);
    h << "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
    e << "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,"
         "PL_POST,URN\r\n";

    QRandomGenerator rng(903);
    const char* places[] = {"U1", "U3", "U4", "U6", "K2", "K3", "R1", "P1", "A4", "Z11", "H5"};
    const char* statuses[] = {"C1", "C2", "V2", "E1", "L2", "J1"};
    const char* rnes[] = {"P", "L", "T", "B", "U"};
    const char* districts[] = {"WV1", "WV2", "WV10", "B1", "DY3", "ST4"};
    const QDate windowStart(2015, 4, 1);
    const QString fmt = QStringLiteral("dd/MM/yyyy");
    qint64 written = 0;
    for (qint64 child = 0; written < total; ++child) {
        // Scramble the id so the file is not in CHILD order.
        const qint64 id = 100000 + (child * 7919) % 9000000;
        const QDate dob = QDate(2005, 1, 1).addDays(rng.bounded(5000));
        h << id << ',' << (1 + rng.bounded(2)) << ',' << dob.toString(fmt) << ",WBRI,,,\r\n";
        const int count = int(qMin<qint64>(1 + rng.bounded(4), total - written));
        QDate start = qMax(dob.addDays(30), windowStart.addDays(rng.bounded(2500)));
        for (int i = 0; i < count; ++i) {
            const bool first = i == 0;
            const bool comeBack = !first && rng.bounded(10) == 0;
            if (comeBack)
                start = start.addDays(30 + rng.bounded(200));
            const char* rne =
                (first && rng.bounded(10) < 7) || comeBack ? "S" : rnes[rng.bounded(5)];
            const bool last = i == count - 1;
            const bool open = last && rng.bounded(2) == 0;
            const QDate end = start.addDays(20 + rng.bounded(400));
            const bool leaves = !open && (last || rng.bounded(10) == 0);
            e << id << ',' << start.toString(fmt) << ',' << rne << ',' << statuses[rng.bounded(6)]
              << ",N1," << places[rng.bounded(11)] << ",PR1,"
              << (open ? QString() : end.toString(fmt)) << ','
              << (open ? "" : (leaves ? "E11" : "X1")) << ",,WV1 1AA," << districts[rng.bounded(6)]
              << " 9ZZ," << (1000000 + written) << "\r\n";
            ++written;
            start = end;
            if (leaves && !last)
                start = start.addDays(1); // a gap: the next episode is a new period
        }
    }
    h.flush();
    e.flush();
    std::printf("%lld episodes written to %s\n", written, qPrintable(dir.path()));
    return 0;
}
