// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A child process for tst_crashsafety, killed with SIGKILL part-way through its work:
//   trust_crash_writer save DB      saves forever, one child + its audit entry per transaction
//   trust_crash_writer import DB N  one transaction adding N children with audit entries, as
//                                   an import does; prints progress, then "committed"
#include "data/AuditLog.h"
#include "data/Database.h"
#include "data/SqlTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

using namespace lac;

namespace {

void say(const QByteArray& line)
{
    std::fputs((line + '\n').constData(), stdout);
    std::fflush(stdout);
}

bool addChild(const Database& db, const AuditLog& audit, qint64 n)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QSqlQuery q(QSqlDatabase::database(db.connectionName()));
    q.prepare(
        QStringLiteral("INSERT INTO children (case_id, given_name, family_name, date_of_birth, "
                       "notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    // A long note makes each row span pages, so a kill lands in the middle of real disk writes.
    for (const QVariant& v :
         QVariantList{QStringLiteral("K%1").arg(n), QStringLiteral("Zoë"),
                      QStringLiteral("O'Brien-%1").arg(n), QStringLiteral("2015-03-04"),
                      QString(600, QLatin1Char('x')), now, now})
        q.addBindValue(v);
    if (!q.exec() || !q.next()) {
        say("error " + q.lastError().text().toUtf8());
        return false;
    }
    AuditEntry e;
    e.action = QStringLiteral("create");
    e.entity = QStringLiteral("children");
    e.entityId = q.value(0).toLongLong();
    e.childId = e.entityId;
    e.summary = QStringLiteral("crash test child %1").arg(n);
    return audit.append(e).ok();
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    auto db = Database::open(args.at(2));
    if (!db) {
        say("error " + db.failure().text().toUtf8());
        return 1;
    }
    const AuditLog audit(*db.value(),
                         UserContext{QStringLiteral("crashtest"), UserRole::HealthAdmin});

    if (args.at(1) == QLatin1String("save")) {
        for (qint64 n = 1;; ++n) {
            SqlTransaction tx(*db.value());
            if (!tx.begun() || !addChild(*db.value(), audit, n) || !tx.commit())
                return 1;
            if (n % 50 == 0)
                say("saved " + QByteArray::number(n));
        }
    }
    if (args.at(1) == QLatin1String("import") && args.size() == 4) {
        const qint64 rows = args.at(3).toLongLong();
        SqlTransaction tx(*db.value());
        if (!tx.begun())
            return 1;
        for (qint64 n = 1; n <= rows; ++n) {
            if (!addChild(*db.value(), audit, n))
                return 1;
            if (n % 1000 == 0)
                say("progress " + QByteArray::number(n));
        }
        if (!tx.commit())
            return 1;
        say("committed");
        return 0;
    }
    return 2;
}
