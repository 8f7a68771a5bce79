// SPDX-FileCopyrightText: 2026 LAC Health Tracker contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Result.h"

#include <QtTest>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace lac;

/// Result is how every service reports failure; reading the value of a failed Result used to be
/// undefined behaviour (an empty std::optional dereferenced), which showed up as garbage on
/// screen or a crash far from the cause.
class tst_Result : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valueOfASuccess()
    {
        Result<int> r(42);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 42);
        QCOMPARE(*r, 42);
        QCOMPARE(r.valueOr(7), 42);
    }

    void valueOrGivesTheFallbackOnAFailure()
    {
        const Result<QList<int>> r(
            Failure{QStringLiteral("no such child"), QStringLiteral("id 3")});
        QVERIFY(!r.ok());
        QCOMPARE(r.valueOr({1, 2}), QList<int>({1, 2}));
        QCOMPARE(r.failure().text(), QStringLiteral("id 3: no such child"));
    }

    void valueOfAFailureStopsTheProgramWithTheReason()
    {
        // The child process reads the value of a failure; it must abort, never return.
        int fds[2];
        QVERIFY(pipe(fds) == 0);
        const pid_t pid = fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            // Qt Test's own message and crash handlers would catch both; the program's are the
            // defaults.
            qInstallMessageHandler(nullptr);
            std::signal(SIGABRT, SIG_DFL);
            dup2(fds[1], STDERR_FILENO);
            const Result<int> r(Failure{QStringLiteral("the database is busy"), {}});
            const int v = r.value();
            _exit(v == 0 ? 3 : 4); // not reached when value() stops the program
        }
        close(fds[1]);
        QByteArray stderrText;
        char buf[512];
        ssize_t n;
        while ((n = read(fds[0], buf, sizeof buf)) > 0)
            stderrText.append(buf, n);
        close(fds[0]);
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QVERIFY2(WIFSIGNALED(status), "value() of a failure returned instead of stopping");
        QCOMPARE(WTERMSIG(status), SIGABRT);
        QVERIFY2(stderrText.contains("the database is busy"), stderrText.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Result)
#include "tst_result.moc"
