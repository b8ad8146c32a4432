// Limits the kernel or the user sets: out of threads or processes (RLIMIT_NPROC), the cap on
// connections served at once (--max-clients), the listen backlog (--backlog), the non-blocking
// model taking a burst of connections in one round, and forked children that die with their
// server. Every limit is recorded as an `error` event; nothing crashes; the server goes on.
//
// A thread limit means nothing to root, so the tests that need one run `sockscope-cli serve`
// as nobody (setpriv) and lower its RLIMIT_NPROC from here; they need root for that and say
// so when skipped. No test asserts how long anything took.

#include "analysis/synthetictrace.h"
#include "labtestkit.h"
#include "models/serverbase.h"
#include "sanitizerbuild.h"
#include "trace/tracefile.h"

#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <cerrno>
#include <csignal>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

// glibc 2.36's <sys/pidfd.h> lacks the C++ linkage guards.
extern "C" {
#include <sys/pidfd.h>
}

using namespace sockscope;
using namespace sockscope::testkit;

namespace {

constexpr int kBoundMs = 60000; // only keeps a broken binary from hanging the test
constexpr uid_t kNobody = 65534;

QString cli()
{
    return qEnvironmentVariable("SOCKSCOPE_CLI");
}

// Starts `sockscope-cli serve ARGS` and reads its "listening on" line. With `nproc` >= 0 it
// runs as nobody with RLIMIT_NPROC lowered to `nproc` (0: as nobody, no lower limit); a
// process may lower its own limit, and prlimit(1) does that before it executes the server.
quint16 startServe(QProcess &p, const QStringList &args, int nproc = -1)
{
    const QStringList serve = QStringList{QStringLiteral("serve")} + args;
    if (nproc >= 0) {
        QStringList limited = {QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                               QStringLiteral("--clear-groups")};
        if (nproc > 0)
            limited << QStringLiteral("prlimit") << QStringLiteral("--nproc=%1").arg(nproc)
                    << QStringLiteral("--");
        p.start(QStringLiteral("setpriv"), limited + QStringList{cli()} + serve);
    } else
        p.start(cli(), serve);
    if (!p.waitForStarted(kBoundMs))
        return 0;
    QByteArray line;
    while (!line.contains('\n') && p.waitForReadyRead(kBoundMs))
        line += p.readAllStandardOutput();
    const QByteArray prefix = "listening on 127.0.0.1:";
    if (!line.startsWith(prefix))
        return 0;
    return quint16(line.mid(prefix.size()).trimmed().toUInt());
}

// An outside client's socket, nothing recorded.
int rawConnect(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons(port);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) < 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

enum class Answer
{
    Served,  // the line came back
    Refused, // the server closed the connection (EOF or reset)
    Nothing  // neither within the bound
};

Answer talk(int fd)
{
    if (fd < 0)
        return Answer::Nothing;
    if (::send(fd, "ping\n", 5, MSG_NOSIGNAL) != 5)
        return Answer::Refused;
    char reply[16];
    int got = 0;
    while (got < 5) {
        const ssize_t n = ::recv(fd, reply + got, sizeof reply - std::size_t(got), 0);
        if (n == 0 || (n < 0 && (errno == ECONNRESET || errno == EPIPE)))
            return Answer::Refused;
        if (n < 0)
            return Answer::Nothing;
        got += int(n);
    }
    return Answer::Served;
}

// A program run as nobody may write its files here.
bool openToNobody(const QTemporaryDir &dir)
{
    return QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                 QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                                 QFileDevice::WriteOther | QFileDevice::ExeOther);
}

// Tasks (threads included) whose real user is nobody, on the whole machine: what
// RLIMIT_NPROC counts for a process of nobody.
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
        tasks += countEntries(QStringLiteral("/proc/%1/task").arg(name));
    }
    return tasks;
}

// The processes whose parent is `parent`.
QList<int> childrenOf(int parent)
{
    QList<int> children;
    const auto entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &name : entries) {
        bool ok = false;
        const int pid = name.toInt(&ok);
        if (ok && parentOf(pid) == parent)
            children << pid;
    }
    return children;
}

// The backlog of the socket listening on `port` in process `pid`: a copy of the listener is
// taken with pidfd_getfd(), and TCP_INFO's tcpi_sacked on a listener is its backlog.
int backlogOf(pid_t pid, quint16 port)
{
    const int pidfd = int(::syscall(SYS_pidfd_open, pid, 0));
    if (pidfd < 0)
        return -1;
    int backlog = -1;
    const QStringList fds = QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                                .entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : fds) {
        if (backlog >= 0)
            break;
        const int target = name.toInt();
        const int fd = int(::syscall(SYS_pidfd_getfd, pidfd, target, 0));
        if (fd < 0)
            continue;
        int listening = 0;
        socklen_t len = sizeof listening;
        sockaddr_in sa{};
        socklen_t saLen = sizeof sa;
        if (::getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) == 0 && listening &&
            ::getsockname(fd, reinterpret_cast<sockaddr *>(&sa), &saLen) == 0 &&
            ntohs(sa.sin_port) == port) {
            tcp_info info{};
            socklen_t infoLen = sizeof info;
            if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &infoLen) == 0)
                backlog = int(info.tcpi_sacked);
        }
        ::close(fd);
    }
    ::close(pidfd);
    return backlog;
}

bool stopAndFinish(QProcess &p, int signal)
{
    if (::kill(pid_t(p.processId()), signal) != 0) // our own child only
        return false;
    return p.waitForFinished(kBoundMs);
}

int countErrors(const Trace &trace, EventKind call, int err)
{
    int n = 0;
    for (const Event &e : trace.events()) {
        if (e.kind == EventKind::Error && EventKind(e.call) == call && e.err == err)
            ++n;
    }
    return n;
}

} // namespace

class TestLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cli()), "SOCKSCOPE_CLI must name sockscope-cli"); }

    // Threaded and forking `serve` as nobody with room for two more threads or processes:
    // two connections are served, the others are closed with an `error` event (EAGAIN), the
    // server goes on, serves again once its workers are gone, stops on SIGTERM with 0 and
    // writes its trace. A fork the kernel refused leaves no lane.
    void serveUnderAThreadLimit_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("threaded") << QStringLiteral("threaded");
        QTest::newRow("forking") << QStringLiteral("forking");
    }
    void serveUnderAThreadLimit()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: RLIMIT_NPROC is set on a server run as nobody (root ignores it)");
        QFETCH(QString, model);
        QTemporaryDir dir;
        QVERIFY(openToNobody(dir));
        const QString tracePath = dir.filePath(QStringLiteral("serve.json"));
        const QStringList args = {QStringLiteral("--model"),    model,
                                  QStringLiteral("--reap"),     QStringLiteral("sigchld"),
                                  QStringLiteral("--duration"), QStringLiteral("120"),
                                  QStringLiteral("--trace"),    tracePath};
        // How many threads the server has while it waits for its first client, as nobody
        // with no lower limit: the limit below leaves room for two more.
        int serverTasks = 0;
        {
            QProcess calibration;
            QVERIFY2(startServe(calibration, args, 0) != 0,
                     calibration.readAllStandardError().constData());
            serverTasks =
                countEntries(QStringLiteral("/proc/%1/task").arg(calibration.processId()));
            QVERIFY(stopAndFinish(calibration, SIGTERM));
        }
        QProcess p;
        const quint16 port = startServe(p, args, tasksOfNobody() + serverTasks + 2);
        QVERIFY2(port != 0, p.readAllStandardError().constData());
        auto killOnFailure = qScopeGuard([&] {
            if (p.state() != QProcess::NotRunning)
                stopAndFinish(p, SIGKILL);
        });

        constexpr int kHeld = 8;
        std::vector<int> held;
        int served = 0;
        int refused = 0;
        for (int i = 0; i < kHeld; ++i) {
            held.push_back(rawConnect(port));
            const Answer a = talk(held.back());
            served += a == Answer::Served;
            refused += a == Answer::Refused;
        }
        QCOMPARE(served + refused, kHeld);
        QVERIFY2(served >= 1 && refused >= 1,
                 qPrintable(QStringLiteral("%1 served, %2 refused").arg(served).arg(refused)));
        for (int fd : held)
            ::close(fd);

        // Once the workers are gone, there is room again.
        int laterRefused = 0;
        QVERIFY(waitUntil([&] {
            const int fd = rawConnect(port);
            const Answer a = talk(fd);
            ::close(fd);
            laterRefused += a == Answer::Refused;
            return a == Answer::Served;
        }));

        QVERIFY(stopAndFinish(p, SIGTERM));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QString error;
        const auto trace = loadTraceFile(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        const EventKind call =
            model == QLatin1String("forking") ? EventKind::Fork : EventKind::ThreadSpawn;
        QCOMPARE(countErrors(*trace, call, EAGAIN), refused + laterRefused);
        if (model == QLatin1String("forking")) {
            int forked = 0;
            int failedForks = 0;
            for (const Event &e : trace->events()) {
                if (e.kind != EventKind::Fork)
                    continue;
                forked += e.err == 0;
                failedForks += e.err != 0;
                QVERIFY2(e.err == 0 || e.childActor == 0, "a failed fork points at a lane");
            }
            int lanes = 0;
            for (const Actor &a : trace->actors())
                lanes += a.kind == ActorKind::Process;
            QCOMPARE(failedForks, refused + laterRefused);
            QCOMPARE(lanes, forked);
        } else {
            int spawned = 0;
            int workerLanes = 0;
            for (const Event &e : trace->events())
                spawned += e.kind == EventKind::ThreadSpawn;
            for (const Actor &a : trace->actors())
                workerLanes += a.name.startsWith(QLatin1String("worker "));
            QCOMPARE(workerLanes, spawned);
        }
    }

    // Reading a trace of several pieces parses the next piece on a second thread: run as
    // nobody with no room for another thread, `convert` (which hands each event on as it is
    // read) and `narrate` (which reads the whole trace first) parse every piece on their own
    // thread and finish, instead of aborting when the thread is refused. (The window's open:
    // tst_traceopener.)
    void readingUnderAThreadLimit_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("convert") << QStringLiteral("convert");
        QTest::newRow("narrate") << QStringLiteral("narrate");
    }
    void readingUnderAThreadLimit()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: RLIMIT_NPROC is set on a program run as nobody (root ignores it)");
        QFETCH(QString, command);
        QTemporaryDir dir;
        QVERIFY(openToNobody(dir));
        const QString tracePath = dir.filePath(QStringLiteral("large.json"));
        QString error;
        // About 4 MB: four pieces of the reader.
        QVERIFY2(saveTraceFile(synthetic::large(40000, 2), tracePath, &error), qPrintable(error));
        QVERIFY(QFile::setPermissions(tracePath, QFileDevice::ReadOwner | QFileDevice::ReadOther));
        const QString out = dir.filePath(QStringLiteral("out.json"));
        QStringList args = {command, tracePath};
        if (command == QLatin1String("convert"))
            args << QStringLiteral("--chrome-trace") << out;
        QProcess p;
        p.setStandardOutputFile(command == QLatin1String("convert") ? QProcess::nullDevice() : out);
        if (testkit::kAddressSanitizer) {
            // LeakSanitizer's check at exit needs a thread of its own, which is not to be had.
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ASAN_OPTIONS"), env.value(QStringLiteral("ASAN_OPTIONS")) +
                                                           QStringLiteral(":detect_leaks=0"));
            p.setProcessEnvironment(env);
        }
        p.start(QStringLiteral("setpriv"),
                QStringList{QStringLiteral("--reuid=nobody"), QStringLiteral("--regid=nogroup"),
                            QStringLiteral("--clear-groups"), QStringLiteral("prlimit"),
                            QStringLiteral("--nproc=%1").arg(tasksOfNobody() + 1),
                            QStringLiteral("--"), cli()} +
                    args);
        QVERIFY(p.waitForFinished(kBoundMs));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(QFileInfo(out).size() > 1000000);
    }

    // --max-clients N: with N + 2 connections held, exactly N workers (threads, children) are
    // alive; the 2 others are accepted and closed at once with an `error` event (errno 0), and
    // once one held connection ends, the next one is served.
    void maxClientsCapsWorkers_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("threaded") << QStringLiteral("threaded");
        QTest::newRow("forking") << QStringLiteral("forking");
    }
    void maxClientsCapsWorkers()
    {
        QFETCH(QString, model);
        const bool forking = model == QLatin1String("forking");
        const Resources before = Resources::now();
        {
            Recorder recorder;
            ServerOptions options;
            options.model = model;
            options.reap = ReapPolicy::Sigchld;
            options.maxClients = 3;
            auto server = createServer(options, ServerContext{recorder, {}});
            QString error;
            QVERIFY2(server->start(&error), qPrintable(error));
            const Resources started = Resources::now();
            const quint16 port = server->address().port;

            std::vector<int> held;
            int served = 0;
            int refused = 0;
            for (int i = 0; i < options.maxClients + 2; ++i) {
                held.push_back(rawConnect(port));
                const Answer a = talk(held.back());
                served += a == Answer::Served;
                refused += a == Answer::Refused;
            }
            QCOMPARE(served, options.maxClients);
            QCOMPARE(refused, 2);
            if (forking)
                QVERIFY(waitUntil([&] { return childProcesses().size() == options.maxClients; }));
            else
                QVERIFY(waitUntil(
                    [&] { return threadCount() == started.threads + options.maxClients; }));
            QCOMPARE(server->activeConnections(), options.maxClients);

            ::close(held.front());
            held.erase(held.begin());
            QVERIFY(waitUntil([&] { return server->activeConnections() < options.maxClients; }));
            held.push_back(rawConnect(port));
            QCOMPARE(talk(held.back()), Answer::Served);

            for (int fd : held)
                ::close(fd);
            server->stop();
            Trace trace;
            recorder.drainInto(trace);
            const EventKind call = forking ? EventKind::Fork : EventKind::ThreadSpawn;
            QCOMPARE(countErrors(trace, call, 0), 2);
            for (const Event &e : trace.events()) {
                if (e.kind == EventKind::Error && e.err == 0)
                    QVERIFY(trace.payloadOf(e).contains("max clients 3"));
            }
        }
        QVERIFY2(settlesTo(before), qPrintable(Resources::now().text()));
    }

    // serve --backlog N reaches listen(); without it serve listens with 128.
    void serveUsesItsBacklog_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("backlog");
        QTest::newRow("--backlog 37")
            << QStringList{QStringLiteral("--backlog"), QStringLiteral("37")} << 37;
        QTest::newRow("default") << QStringList{} << ServerOptions::kServeBacklog;
    }
    void serveUsesItsBacklog()
    {
        QFETCH(QStringList, extra);
        QFETCH(int, backlog);
        QProcess p;
        const quint16 port =
            startServe(p, QStringList{QStringLiteral("--model"), QStringLiteral("threaded"),
                                      QStringLiteral("--duration"), QStringLiteral("120")} +
                              extra);
        QVERIFY2(port != 0, p.readAllStandardError().constData());
        QCOMPARE(backlogOf(pid_t(p.processId()), port), backlog);
        QVERIFY(stopAndFinish(p, SIGTERM));
        QCOMPARE(p.exitCode(), 0);
    }

    void serveRefusesBadLimits_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("backlog 0") << QStringList{QStringLiteral("--backlog"), QStringLiteral("0")};
        QTest::newRow("backlog word")
            << QStringList{QStringLiteral("--backlog"), QStringLiteral("many")};
        QTest::newRow("max-clients -1")
            << QStringList{QStringLiteral("--max-clients"), QStringLiteral("-1")};
        QTest::newRow("max-clients huge")
            << QStringList{QStringLiteral("--max-clients"), QStringLiteral("1e9")};
    }
    void serveRefusesBadLimits()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(cli(), QStringList{QStringLiteral("serve"), QStringLiteral("--model"),
                                   QStringLiteral("threaded")} +
                           args);
        QVERIFY(p.waitForFinished(kBoundMs));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains(args.first().toUtf8()));
    }

    // The non-blocking loop accepts everyone waiting in one round, not one a round: between
    // two would_block of accept() there can be several accept_end.
    void nonBlockingAcceptsABurstInOneRound()
    {
        const Resources before = Resources::now();
        {
            Recorder recorder;
            ServerOptions options;
            options.model = QStringLiteral("nonblocking");
            options.backlog = 16;
            auto server = createServer(options, ServerContext{recorder, {}});
            QString error;
            QVERIFY2(server->start(&error), qPrintable(error));
            std::vector<int> held;
            for (int i = 0; i < 8; ++i)
                held.push_back(rawConnect(server->address().port));
            QVERIFY(waitUntil([&] { return server->activeConnections() == 8; }));
            server->stop();
            for (int fd : held)
                ::close(fd);
            Trace trace;
            recorder.drainInto(trace);
            int burst = 0;
            int largest = 0;
            int accepted = 0;
            for (const Event &e : trace.events()) {
                if (e.kind == EventKind::AcceptEnd && e.err == 0 && e.newFd >= 0) {
                    ++accepted;
                    largest = std::max(largest, ++burst);
                } else if (e.kind == EventKind::WouldBlock &&
                           EventKind(e.call) == EventKind::AcceptBegin) {
                    burst = 0;
                }
            }
            QCOMPARE(accepted, 8);
            QVERIFY2(largest >= 2, qPrintable(QStringLiteral("at most %1 a round").arg(largest)));
        }
        QVERIFY2(settlesTo(before), qPrintable(Resources::now().text()));
    }

    // kill -9 of a forking serve: its children die with it (parent-death signal), and their
    // clients see the connection end.
    void childrenDieWithTheirServer()
    {
        QProcess p;
        const quint16 port = startServe(p, {QStringLiteral("--model"), QStringLiteral("forking"),
                                            QStringLiteral("--reap"), QStringLiteral("none"),
                                            QStringLiteral("--duration"), QStringLiteral("120")});
        QVERIFY2(port != 0, p.readAllStandardError().constData());
        const int pid = int(p.processId());
        std::vector<int> held;
        for (int i = 0; i < 3; ++i) {
            held.push_back(rawConnect(port));
            QCOMPARE(talk(held.back()), Answer::Served);
        }
        QList<int> children;
        QVERIFY(waitUntil([&] {
            children = childrenOf(pid);
            return children.size() == 3;
        }));
        QVERIFY(stopAndFinish(p, SIGKILL));
        QStringList survivors;
        for (int child : children) {
            const bool gone = waitUntil([&] {
                const char state = processState(child);
                return state == 0 || state == 'Z';
            });
            if (!gone) {
                survivors << QString::number(child);
                ::kill(child, SIGKILL); // started by this test: nothing is left running
            }
        }
        QVERIFY2(survivors.isEmpty(),
                 qPrintable(QStringLiteral("children outlived their server: %1")
                                .arg(survivors.join(QStringLiteral(", ")))));
        for (int fd : held) {
            char byte;
            QCOMPARE(::recv(fd, &byte, 1, 0), ssize_t(0));
            ::close(fd);
        }
    }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
