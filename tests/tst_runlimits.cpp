// `run` and `serve` at the edges of the process's life (issue 19): a run under a limit on
// threads and processes records what it could not start and ends with its trace, and a stop
// signal that comes before the program's own code runs is not lost.
//
// The pid-limit test runs `sockscope-cli run` as nobody (setpriv) with RLIMIT_NPROC lowered by
// prlimit(1), as tests/tst_limits.cpp does; root ignores the limit, so it needs root and says
// so when skipped. No test asserts how long anything took.

#include "trace/tracefile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace sockscope;

namespace {

constexpr int kBoundMs = 60000; // only keeps a broken binary from hanging the test
constexpr uint kNobody = 65534;

QString cli()
{
    return qEnvironmentVariable("SOCKSCOPE_CLI");
}

// Threads and processes of nobody on the whole machine: RLIMIT_NPROC counts them all.
int tasksOfNobody()
{
    int tasks = 0;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &name : entries) {
        bool isPid = false;
        name.toInt(&isPid);
        if (!isPid)
            continue;
        QFile status(QStringLiteral("/proc/%1/status").arg(name));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = status.readAll();
        const qsizetype at = text.indexOf("\nUid:\t");
        if (at < 0 || text.mid(at + 6).split('\t').value(0).toUInt() != kNobody)
            continue;
        tasks += QDir(QStringLiteral("/proc/%1/task").arg(name))
                     .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                     .size();
    }
    return tasks;
}

QStringList asNobody(int nproc)
{
    QStringList args = {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                        QStringLiteral("--clear-groups")};
    if (nproc > 0)
        args << QStringLiteral("prlimit") << QStringLiteral("--nproc=%1").arg(nproc)
             << QStringLiteral("--");
    return args;
}

// A folder nobody may write into.
bool openToAll(const QTemporaryDir &dir)
{
    return QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                 QFileDevice::WriteOther | QFileDevice::ExeOther);
}

int countThreadSpawnErrors(const Trace &trace)
{
    int n = 0;
    for (const Event &e : trace.events())
        n += e.kind == EventKind::Error && EventKind(e.call) == EventKind::ThreadSpawn;
    return n;
}

} // namespace

class TestRunLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cli()), "SOCKSCOPE_CLI must name sockscope-cli"); }

    // 200 threaded clients under a limit with room for only a few threads: the clients (and
    // server workers) that get none are recorded as `error` events, the run still has the
    // thread that supervises it (created before the clients), ends, and writes its trace.
    void runUnderAPidLimit()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: RLIMIT_NPROC is set on a run as nobody (root ignores it)");
        QTemporaryDir dir;
        QVERIFY(openToAll(dir));
        const QString tracePath = dir.filePath(QStringLiteral("run.json"));
        const QStringList run = {cli(),
                                 QStringLiteral("run"),
                                 QStringLiteral("--scenario"),
                                 QStringLiteral("thread-per-client-many"),
                                 QStringLiteral("--model"),
                                 QStringLiteral("threaded"),
                                 QStringLiteral("--speed"),
                                 QStringLiteral("10"),
                                 QStringLiteral("--trace"),
                                 tracePath};
        // The threads a run has before its clients: as many as `serve` has while it waits
        // (the main thread and the server's), plus the supervisor. Room for four more.
        int serveTasks = 0;
        {
            QProcess calibration;
            calibration.start(QStringLiteral("setpriv"),
                              asNobody(0) + QStringList{cli(), QStringLiteral("serve"),
                                                        QStringLiteral("--model"),
                                                        QStringLiteral("threaded")});
            QVERIFY(calibration.waitForStarted(kBoundMs));
            QByteArray line;
            while (!line.contains('\n') && calibration.waitForReadyRead(kBoundMs))
                line += calibration.readAllStandardOutput();
            QVERIFY2(line.startsWith("listening"), calibration.readAllStandardError().constData());
            serveTasks = QDir(QStringLiteral("/proc/%1/task").arg(calibration.processId()))
                             .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                             .size();
            QCOMPARE(::kill(pid_t(calibration.processId()), SIGTERM), 0); // our own child only
            QVERIFY(calibration.waitForFinished(kBoundMs));
        }
        QProcess p;
        p.start(QStringLiteral("setpriv"), asNobody(tasksOfNobody() + serveTasks + 1 + 4) + run);
        auto killOnFailure = qScopeGuard([&] {
            if (p.state() != QProcess::NotRunning) {
                ::kill(pid_t(p.processId()), SIGKILL); // our own child only
                p.waitForFinished(kBoundMs);
            }
        });
        QVERIFY(p.waitForStarted(kBoundMs));
        QVERIFY(p.waitForFinished(kBoundMs));
        const QByteArray said = p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(!said.contains("supervises the run"), said.constData());
        QString error;
        const auto trace = loadTraceFile(tracePath, &error);
        QVERIFY2(trace, qPrintable(error + QLatin1Char('\n') + QString::fromLocal8Bit(said)));
        QVERIFY2(countThreadSpawnErrors(*trace) > 0, said.constData());
    }

    // A SIGINT (SIGTERM) that is already waiting when the program starts, here made certain by
    // blocking it in the child before exec: the handlers are installed and the signals
    // unblocked before anything runs, so the command stops as if it came later: the trace is
    // written and the status says how it ended.
    void signalBeforeTheHandlerExists_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("stopSignal");
        QTest::addColumn<int>("status");
        QTest::newRow("run SIGINT") << QStringLiteral("run") << int(SIGINT) << 130;
        QTest::newRow("run SIGTERM") << QStringLiteral("run") << int(SIGTERM) << 143;
        QTest::newRow("serve SIGINT") << QStringLiteral("serve") << int(SIGINT) << 0;
    }
    void signalBeforeTheHandlerExists()
    {
        QFETCH(QString, command);
        QFETCH(int, stopSignal);
        QFETCH(int, status);
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("trace.json"));
        QStringList args = {command};
        if (command == QLatin1String("run"))
            args << QStringLiteral("--scenario") << QStringLiteral("one-slow-client")
                 << QStringLiteral("--model") << QStringLiteral("threaded")
                 << QStringLiteral("--speed") << QStringLiteral("0.05");
        else
            args << QStringLiteral("--model") << QStringLiteral("threaded")
                 << QStringLiteral("--duration") << QStringLiteral("600");
        args << QStringLiteral("--trace") << tracePath;
        QProcess p;
        p.setChildProcessModifier([] {
            sigset_t stops;
            sigemptyset(&stops);
            sigaddset(&stops, SIGINT);
            sigaddset(&stops, SIGTERM);
            ::sigprocmask(SIG_BLOCK, &stops, nullptr);
        });
        p.start(cli(), args);
        QVERIFY(p.waitForStarted(kBoundMs));
        // Sent at once: the program has not run a line of its own yet, or barely.
        QCOMPARE(::kill(pid_t(p.processId()), stopSignal), 0); // our own child only
        auto killOnFailure = qScopeGuard([&] {
            if (p.state() != QProcess::NotRunning) {
                ::kill(pid_t(p.processId()), SIGKILL); // our own child only
                p.waitForFinished(kBoundMs);
            }
        });
        QVERIFY(p.waitForFinished(kBoundMs));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == status, p.readAllStandardError().constData());
        QString error;
        const auto trace = loadTraceFile(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        QVERIFY(!trace->events().empty()); // the server's socket(), bind(), listen() at least
    }
};

QTEST_GUILESS_MAIN(TestRunLimits)
#include "tst_runlimits.moc"
