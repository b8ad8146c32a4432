// sockscope-cli watch on real programs: small Python and C servers (tests/watch/) run under the
// preload library, with this test as their clients. Counts and orders of accept, recv, fork
// and thread events, zombies seen in /proc while the watch runs, readiness sets, the source
// line of each accept and recv, a statically linked program refused, a stop that leaves
// nothing running, and a watcher that leaks no descriptor.

#include "analysis/stateattime.h"
#include "trace/kernelsample.h"
#include "trace/recorder.h"
#include "trace/trace.h"
#include "trace/tracefile.h"
#include "watch/programcheck.h"
#include "watch/watcher.h"
#include "watch/watchrecord.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sockscope;

namespace {

constexpr int kBoundMs = 30000; // only keeps a broken program from hanging the test

QString cli()
{
    return qEnvironmentVariable("SOCKSCOPE_CLI");
}

QString server(const QString &name)
{
    if (name.endsWith(QLatin1String(".py")))
        return QStringLiteral(SOCKSCOPE_SOURCE_DIR "/tests/watch/") + name;
    return QStringLiteral(WATCH_C_DIR "/watch_") + name;
}

QStringList programFor(const QString &name, const QStringList &args)
{
    const QString path = server(name);
    if (name.endsWith(QLatin1String(".py")))
        return QStringList{QStringLiteral("python3"), path} + args;
    return QStringList{path} + args;
}

// The line of `file` whose comment says "tag: TAG".
int taggedLine(const QString &name, const QString &tag)
{
    const QString path =
        name.endsWith(QLatin1String(".py"))
            ? server(name)
            : QStringLiteral(SOCKSCOPE_SOURCE_DIR "/tests/watch/") + name + QStringLiteral(".c");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (lines[i].contains(QStringLiteral("tag: ") + tag))
            return i + 1;
    }
    return -1;
}

// One `watch` run: the CLI started on a program, its port read from what the program prints.
struct Watch
{
    QTemporaryDir dir;
    QProcess process;
    int port = 0;
    int pid = 0;
    QByteArray out;
    QByteArray err;

    QString tracePath() const { return dir.filePath(QStringLiteral("trace.json")); }
    // A failed check leaves nothing running: the watch is stopped (it stops the program).
    ~Watch()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(kBoundMs))
                process.kill();
        }
    }

    bool start(const QStringList &program, const QStringList &options = {})
    {
        process.start(cli(),
                      QStringList{QStringLiteral("watch"), QStringLiteral("--trace"), tracePath()} +
                          options + QStringList{QStringLiteral("--")} + program);
        if (!process.waitForStarted(kBoundMs))
            return false;
        return waitFor("listening ");
    }
    void read()
    {
        out += process.readAllStandardOutput();
        err += process.readAllStandardError();
        static const QRegularExpression pidText(QStringLiteral("\\(pid (\\d+)\\)"));
        if (const auto m = pidText.match(QString::fromUtf8(err)); m.hasMatch())
            pid = m.captured(1).toInt();
        static const QRegularExpression portText(QStringLiteral("listening (\\d+)"));
        if (const auto m = portText.match(QString::fromUtf8(out)); m.hasMatch())
            port = m.captured(1).toInt();
    }
    bool waitFor(const char *text)
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < kBoundMs) {
            read();
            // A whole line: "listening PORT\n" may come in pieces.
            const qsizetype at = out.indexOf(text);
            if (at >= 0 && out.indexOf('\n', at) > at)
                return true;
            if (process.state() == QProcess::NotRunning)
                return false;
            process.waitForReadyRead(100);
        }
        return false;
    }
    bool finish()
    {
        process.closeWriteChannel();
        const bool done = process.waitForFinished(kBoundMs);
        read();
        return done && process.exitStatus() == QProcess::NormalExit;
    }
    std::optional<Trace> trace() const
    {
        QString error;
        auto t = loadTraceFile(tracePath(), &error);
        if (!t)
            qWarning() << error;
        return t;
    }
};

int connectTo(int port, int type = SOCK_STREAM)
{
    const int fd = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(quint16(port));
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

// Sends "hello" and reads the echo; true when it came back whole.
bool echo(int fd)
{
    if (::send(fd, "hello", 5, MSG_NOSIGNAL) != 5)
        return false;
    char buffer[8];
    qsizetype got = 0;
    while (got < 5) {
        const ssize_t n = ::recv(fd, buffer + got, sizeof buffer - got, 0);
        if (n <= 0)
            return false;
        got += n;
    }
    return QByteArray(buffer, 5) == "hello";
}

int count(const Trace &t, EventKind kind, std::uint32_t actor = 0)
{
    int n = 0;
    for (const Event &e : t.events())
        n += e.kind == kind && (actor == 0 || e.actor == actor);
    return n;
}

const Actor *mainOf(const Trace &t)
{
    for (const Actor &a : t.actors())
        if (a.name == QLatin1String("main"))
            return t.actor(a.id);
    return nullptr;
}

// The kinds one actor recorded, in order, as names.
QStringList kindsOf(const Trace &t, std::uint32_t actor)
{
    QStringList kinds;
    for (const Event &e : t.events())
        if (e.actor == actor)
            kinds << QString::fromLatin1(eventKindName(e.kind));
    return kinds;
}

// Every event of `kind` names the line tagged `tag` in the server's file.
void checkSources(const Trace &t, const QString &name, EventKind kind, const QString &tag)
{
    const int line = taggedLine(name, tag);
    QVERIFY2(line > 0, qPrintable(tag));
    const QString file = name.endsWith(QLatin1String(".py")) ? name : name + QStringLiteral(".c");
    int seen = 0;
    for (const Event &e : t.events()) {
        if (e.kind != kind)
            continue;
        const Actor *a = t.actor(e.actor);
        if (!a || a->kind == ActorKind::Client)
            continue;
        ++seen;
        const QString source = t.sourceOf(e);
        QVERIFY2(source.endsWith(QStringLiteral("%1:%2").arg(file).arg(line)),
                 qPrintable(QStringLiteral("%1 at '%2', expected %3:%4")
                                .arg(QLatin1String(eventKindName(kind)), source, file)
                                .arg(line)));
    }
    QVERIFY(seen > 0);
}

// `clients` connections to a watched thread-per-client server, all open at once, each echoed
// one line, then all closed; then the watch is finished.
void serveAtOnce(Watch &w, int clients)
{
    std::vector<int> fds;
    for (int i = 0; i < clients; ++i) {
        fds.push_back(connectTo(w.port));
        QVERIFY(fds.back() >= 0);
    }
    for (int fd : fds)
        QVERIFY(echo(fd));
    for (int fd : fds)
        ::close(fd);
    QVERIFY(w.finish());
}

int zombieChildren(int pid)
{
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (!children.open(QIODevice::ReadOnly))
        return -1;
    int zombies = 0;
    for (const QByteArray &child : children.readAll().simplified().split(' ')) {
        if (child.isEmpty())
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(child)));
        if (stat.open(QIODevice::ReadOnly)) {
            const QByteArray text = stat.readAll();
            zombies += text.mid(text.lastIndexOf(')') + 2, 1) == "Z";
        }
    }
    return zombies;
}

bool alive(int pid)
{
    return pid > 0 && ::kill(pid, 0) == 0;
}

int openDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot).size());
}

} // namespace

class TestWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(cli()), "SOCKSCOPE_CLI must name sockscope-cli");
        QVERIFY2(!findPreloadLibrary().isEmpty() || QFile::exists(QFileInfo(cli()).dir().filePath(
                                                        QStringLiteral("libsockscope_preload.so"))),
                 "the preload library is built next to sockscope-cli");
    }

    void sequential_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("python") << QStringLiteral("sequential.py");
        QTest::newRow("c") << QStringLiteral("sequential");
    }
    void sequential()
    {
        QFETCH(QString, name);
        Watch w;
        QVERIFY2(w.start(programFor(name, {QStringLiteral("0"), QStringLiteral("3")})),
                 w.err.constData());
        for (int i = 0; i < 3; ++i) {
            const int fd = connectTo(w.port);
            QVERIFY2(fd >= 0, qPrintable(QStringLiteral("port %1, output %2")
                                             .arg(w.port)
                                             .arg(QString::fromUtf8(w.out))));
            QVERIFY(echo(fd));
            ::close(fd);
        }
        QVERIFY(w.finish());
        QCOMPARE(w.process.exitCode(), 0);
        const auto t = w.trace();
        QVERIFY(t);
        const Actor *main = mainOf(*t);
        QVERIFY(main);
        QCOMPARE(count(*t, EventKind::AcceptEnd, main->id), 3);
        QCOMPARE(count(*t, EventKind::RecvEnd, main->id), 6); // "hello", then the end, x3
        QCOMPARE(count(*t, EventKind::Fork), 0);
        QCOMPARE(count(*t, EventKind::ThreadSpawn), 0);
        // One client after another: accept, recv until the end, close; then the next accept.
        const QStringList kinds = kindsOf(*t, main->id);
        const QStringList once = {QStringLiteral("accept_begin"), QStringLiteral("accept_end"),
                                  QStringLiteral("recv_begin"),   QStringLiteral("recv_end"),
                                  QStringLiteral("send"),         QStringLiteral("recv_begin"),
                                  QStringLiteral("recv_end"),     QStringLiteral("close")};
        const QString joined = kinds.join(QLatin1Char(' '));
        QVERIFY2(joined.startsWith(QStringLiteral("socket bind listen ") +
                                   (once + once + once).join(QLatin1Char(' '))),
                 qPrintable(joined));
        // Each accepted peer has a lane (an external client: this test).
        for (const Event &e : t->events())
            if (e.kind == EventKind::AcceptEnd)
                QVERIFY(e.childActor != 0);
        checkSources(*t, name, EventKind::AcceptEnd, QStringLiteral("accept"));
        checkSources(*t, name, EventKind::RecvEnd, QStringLiteral("recv"));
    }

    void threaded()
    {
        Watch w;
        QVERIFY2(w.start(programFor(QStringLiteral("threaded.py"),
                                    {QStringLiteral("0"), QStringLiteral("3")})),
                 w.err.constData());
        serveAtOnce(w, 3);
        if (QTest::currentTestFailed())
            return;
        const auto t = w.trace();
        QVERIFY(t);
        const Actor *main = mainOf(*t);
        QVERIFY(main);
        QCOMPARE(count(*t, EventKind::AcceptEnd, main->id), 3);
        QCOMPARE(count(*t, EventKind::ThreadSpawn, main->id), 3);
        QCOMPARE(count(*t, EventKind::ThreadExit), 3);
        QCOMPARE(count(*t, EventKind::RecvEnd, main->id), 0);
        int workers = 0;
        for (const Event &e : t->events()) {
            if (e.kind != EventKind::ThreadSpawn)
                continue;
            ++workers;
            const Actor *worker = t->actor(e.childActor);
            QVERIFY(worker);
            QCOMPARE(worker->parent, main->id);
            QCOMPARE(worker->kind, ActorKind::Thread);
            // Each worker: recv the line, echo it, recv the end, close, exit.
            const QString kinds = kindsOf(*t, worker->id).join(QLatin1Char(' '));
            QVERIFY2(kinds.endsWith(QStringLiteral("recv_begin recv_end send recv_begin recv_end "
                                                   "close thread_exit")),
                     qPrintable(kinds));
        }
        QCOMPARE(workers, 3);
        checkSources(*t, QStringLiteral("threaded.py"), EventKind::AcceptEnd,
                     QStringLiteral("accept"));
        checkSources(*t, QStringLiteral("threaded.py"), EventKind::RecvEnd, QStringLiteral("recv"));
        checkSources(*t, QStringLiteral("threaded.py"), EventKind::ThreadSpawn,
                     QStringLiteral("spawn"));
        // Between the calls SockScope sees, the program's main thread waits in join(), which
        // it does not see: the views do not call that "running". Scripted clients are ours.
        QVERIFY(seenOnlyInCalls(*t, main->id));
        QCOMPARE(actorStateName(ActorState::Running, seenOnlyInCalls(*t, main->id)),
                 QStringLiteral("between watched calls"));
        for (const Actor &a : t->actors()) {
            if (a.kind == ActorKind::Client)
                QVERIFY(!seenOnlyInCalls(*t, a.id));
        }
    }

    // More threads at once than there are shared-memory rings (watch/watchrecord.h): the
    // threads without one report through the socket, and nothing is lost either way.
    void moreThreadsThanRings()
    {
        constexpr int kClients = SOCKSCOPE_WATCH_RINGS + 16;
        Watch w;
        QVERIFY2(w.start(programFor(QStringLiteral("threaded.py"),
                                    {QStringLiteral("0"), QString::number(kClients)})),
                 w.err.constData());
        // Every worker holds its thread (and so its ring, or none) until its client is done.
        serveAtOnce(w, kClients);
        if (QTest::currentTestFailed())
            return;
        const auto t = w.trace();
        QVERIFY(t);
        const Actor *main = mainOf(*t);
        QVERIFY(main);
        QCOMPARE(count(*t, EventKind::AcceptEnd, main->id), kClients);
        QCOMPARE(count(*t, EventKind::ThreadSpawn, main->id), kClients);
        QCOMPARE(count(*t, EventKind::ThreadExit), kClients);
        int echoed = 0;
        for (const Event &e : t->events())
            echoed += e.kind == EventKind::RecvEnd && e.bytes > 0 && e.actor != main->id;
        QCOMPARE(echoed, kClients);
    }

    void forkingZombies_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("python") << QStringLiteral("forking.py");
        QTest::newRow("c") << QStringLiteral("forking");
    }
    void forkingZombies()
    {
        QFETCH(QString, name);
        Watch w;
        QVERIFY2(w.start(programFor(name, {QStringLiteral("0"), QStringLiteral("3")})),
                 w.err.constData());
        for (int i = 0; i < 3; ++i) {
            const int fd = connectTo(w.port);
            QVERIFY(fd >= 0);
            QVERIFY(echo(fd));
            ::close(fd);
        }
        QVERIFY(w.waitFor("served 3"));
        QVERIFY(w.pid > 0);
        // Never reaped: three zombies under the program, in /proc, while the watch runs.
        QTRY_COMPARE_WITH_TIMEOUT(zombieChildren(w.pid), 3, kBoundMs);
        w.process.write("\n");
        QVERIFY(w.finish());
        const auto t = w.trace();
        QVERIFY(t);
        const Actor *main = mainOf(*t);
        QVERIFY(main);
        QCOMPARE(count(*t, EventKind::AcceptEnd, main->id), 3);
        QCOMPARE(count(*t, EventKind::Fork, main->id), 3);
        QCOMPARE(count(*t, EventKind::Reap), 0);
        QCOMPARE(count(*t, EventKind::ProcessExit), 3);
        for (const Event &e : t->events()) {
            if (e.kind == EventKind::ProcessExit) {
                QVERIFY(!e.interruptedByStop()); // they ended by themselves, before the stop
                QCOMPARE(e.status, 0);
            }
            if (e.kind != EventKind::Fork)
                continue;
            const Actor *child = t->actor(e.childActor);
            QVERIFY(child);
            QCOMPARE(child->kind, ActorKind::Process);
            QCOMPARE(child->pid, e.childPid);
            QCOMPARE(child->parent, main->id);
            // The child serves its client, then exits (a zombie from then on).
            const QString kinds = kindsOf(*t, child->id).join(QLatin1Char(' '));
            QVERIFY2(kinds.contains(QStringLiteral("recv_end send recv_begin recv_end close")),
                     qPrintable(kinds));
            QVERIFY2(kinds.endsWith(QStringLiteral("process_exit")), qPrintable(kinds));
        }
        checkSources(*t, name, EventKind::AcceptEnd, QStringLiteral("accept"));
        checkSources(*t, name, EventKind::RecvEnd, QStringLiteral("recv"));
        checkSources(*t, name, EventKind::Fork, QStringLiteral("fork"));
        // Each child's end, seen from outside, at the line of its _exit().
        checkSources(*t, name, EventKind::ProcessExit, QStringLiteral("exit"));
    }

    void readiness_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("mechanism");
        QTest::newRow("select") << QStringLiteral("selectloop.py") << int(WaitMechanism::Select);
        QTest::newRow("selectors")
            << QStringLiteral("selectorsloop.py") << int(WaitMechanism::Epoll);
    }
    void readiness()
    {
        QFETCH(QString, name);
        QFETCH(int, mechanism);
        Watch w;
        QVERIFY2(w.start(programFor(name, {QStringLiteral("0"), QStringLiteral("2")})),
                 w.err.constData());
        const int a = connectTo(w.port);
        const int b = connectTo(w.port);
        QVERIFY(a >= 0 && b >= 0);
        QVERIFY(echo(a));
        QVERIFY(echo(b));
        ::close(a);
        ::close(b);
        QVERIFY(w.finish());
        const auto t = w.trace();
        QVERIFY(t);
        const Actor *main = mainOf(*t);
        QVERIFY(main);
        int listener = -1;
        QSet<int> accepted;
        for (const Event &e : t->events()) {
            if (e.kind == EventKind::Listen)
                listener = e.fd;
            if (e.kind == EventKind::AcceptEnd && e.newFd >= 0)
                accepted.insert(e.newFd);
        }
        QVERIFY(listener >= 0);
        QCOMPARE(accepted.size(), 2);
        bool listenerReady = false;
        QSet<int> connectionsReady;
        int waits = 0;
        for (const Event &e : t->events()) {
            if (e.actor != main->id || e.kind != EventKind::WaitEnd)
                continue;
            QCOMPARE(int(e.call), mechanism);
            ++waits;
            const WaitSets sets = t->waitSets(e);
            QVERIFY(sets.readSet.contains(listener)); // the listener is always watched
            for (int fd : sets.readyRead) {
                QVERIFY2(sets.readSet.contains(fd), "ready only what was watched");
                listenerReady |= fd == listener;
                if (accepted.contains(fd))
                    connectionsReady.insert(fd);
            }
        }
        QVERIFY(waits >= 3);
        QVERIFY(listenerReady);
        QCOMPARE(connectionsReady.size(), 2);
        checkSources(*t, name, EventKind::WaitEnd, QStringLiteral("select"));
        checkSources(*t, name, EventKind::RecvEnd, QStringLiteral("recv"));
    }

    void udp()
    {
        Watch w;
        QVERIFY2(w.start(programFor(QStringLiteral("udp.py"),
                                    {QStringLiteral("0"), QStringLiteral("3")})),
                 w.err.constData());
        const int fd = connectTo(w.port, SOCK_DGRAM);
        QVERIFY(fd >= 0);
        for (int i = 0; i < 3; ++i)
            QVERIFY(echo(fd));
        ::close(fd);
        QVERIFY(w.finish());
        const auto t = w.trace();
        QVERIFY(t);
        QCOMPARE(count(*t, EventKind::RecvfromEnd), 3);
        QCOMPARE(count(*t, EventKind::Sendto), 3);
        QCOMPARE(count(*t, EventKind::AcceptEnd), 0);
        for (const Event &e : t->events())
            if (e.kind == EventKind::RecvfromEnd)
                QCOMPARE(t->preview(e), QByteArrayView("hello"));
        checkSources(*t, QStringLiteral("udp.py"), EventKind::RecvfromEnd,
                     QStringLiteral("recvfrom"));
        checkSources(*t, QStringLiteral("udp.py"), EventKind::Sendto, QStringLiteral("sendto"));
    }

    void closeWait()
    {
        Watch w;
        QVERIFY2(w.start(programFor(QStringLiteral("closewait.py"), {QStringLiteral("0")})),
                 w.err.constData());
        const int fd = connectTo(w.port);
        QVERIFY(fd >= 0);
        ::close(fd);
        QVERIFY(w.waitFor("peer closed"));
        w.process.write("\n");
        QVERIFY(w.finish());
        const auto t = w.trace();
        QVERIFY(t);
        // The program saw the end (recv returned 0) and never closed its end: CLOSE_WAIT.
        int connection = -1;
        for (const Event &e : t->events())
            if (e.kind == EventKind::AcceptEnd)
                connection = e.newFd;
        QVERIFY(connection >= 0);
        bool sawEnd = false;
        for (const Event &e : t->events()) {
            if (e.kind == EventKind::RecvEnd && e.fd == connection && e.bytes == 0)
                sawEnd = true;
            QVERIFY(!(e.kind == EventKind::Close && e.fd == connection));
        }
        QVERIFY(sawEnd);
    }

    // The kernel's side of a watched program's sockets (issue 15, item 7): its listener is
    // sampled in LISTEN as the program's own descriptor, and the connection it never closed is
    // in CLOSE_WAIT when the watch is stopped.
    void kernelSideOfAWatchedProgram()
    {
        Watch w;
        QVERIFY2(w.start(programFor(QStringLiteral("closewait.py"), {QStringLiteral("0")})),
                 w.err.constData());
        const int fd = connectTo(w.port);
        QVERIFY(fd >= 0);
        ::close(fd);
        QVERIFY(w.waitFor("peer closed"));
        w.process.terminate(); // the watch stops the program: a last sample first
        QVERIFY(w.process.waitForFinished(kBoundMs));
        w.read();
        const auto t = w.trace();
        QVERIFY2(t, w.err.constData());
        int listening = 0, closeWait = 0;
        for (const Event &e : t->events()) {
            if (e.kind != EventKind::TcpState)
                continue;
            QVERIFY(e.flags & kFlagSampled);
            const auto local = payload::decodeKernelFigures(t->payloadOf(e)).local;
            if (TcpState(e.call) == TcpState::Listen && local.port == w.port) {
                ++listening;
                QCOMPARE(e.childPid, w.pid);
            }
            // The program holds it, not the watcher. A sample taken before the sampler found
            // the holder says no one (pid 0), and the next one names it.
            if (TcpState(e.call) == TcpState::CloseWait && local.port == w.port)
                closeWait += e.childPid == w.pid;
        }
        QString seen; // what was sampled, for the failure message
        for (const Event &e : t->events())
            if (e.kind == EventKind::TcpState)
                seen += QStringLiteral("%1 %2 pid %3 fd %4; ")
                            .arg(payload::decodeKernelFigures(t->payloadOf(e)).local.toString())
                            .arg(int(e.call))
                            .arg(e.childPid)
                            .arg(e.fd);
        QVERIFY2(listening == 1, qPrintable(seen));
        QVERIFY2(closeWait >= 1, qPrintable(seen));
    }

    void execNotFollowed_data()
    {
        QTest::addColumn<bool>("follow");
        QTest::newRow("not followed") << false;
        QTest::newRow("followed") << true;
    }
    void execNotFollowed()
    {
        QFETCH(bool, follow);
        Watch w;
        QVERIFY2(w.start(programFor(QStringLiteral("execs.py"),
                                    {QStringLiteral("0"), QStringLiteral("1")}),
                         follow ? QStringList{QStringLiteral("--follow-exec")} : QStringList{}),
                 w.err.constData());
        const int fd = connectTo(w.port);
        QVERIFY(fd >= 0);
        QVERIFY(echo(fd));
        ::close(fd);
        QVERIFY(w.finish());
        const auto t = w.trace();
        QVERIFY(t);
        // Without --follow-exec the program it execs runs without the library: nothing seen.
        QCOMPARE(count(*t, EventKind::AcceptEnd), follow ? 1 : 0);
    }

    void scenarioClients()
    {
        // A free port for the program, told to it and to the scenario's clients.
        const int probe = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof sa;
        QCOMPARE(::bind(probe, reinterpret_cast<sockaddr *>(&sa), sizeof sa), 0);
        QCOMPARE(::getsockname(probe, reinterpret_cast<sockaddr *>(&sa), &len), 0);
        const QString port = QString::number(ntohs(sa.sin_port));
        ::close(probe);
        Watch w;
        QVERIFY2(w.start(programFor(QStringLiteral("threaded.py"), {port, QStringLiteral("3")}),
                         {QStringLiteral("--scenario"), QStringLiteral("three-clients"),
                          QStringLiteral("--port"), port}),
                 w.err.constData());
        QVERIFY(w.finish());
        QCOMPARE(w.process.exitCode(), 0);
        const auto t = w.trace();
        QVERIFY(t);
        QCOMPARE(t->scenario, QStringLiteral("three-clients"));
        // The scenario's three scripted clients, each accepted on its own lane.
        QSet<std::uint32_t> peers;
        for (const Event &e : t->events()) {
            if (e.kind != EventKind::AcceptEnd)
                continue;
            const Actor *peer = t->actor(e.childActor);
            QVERIFY(peer);
            QCOMPARE(peer->kind, ActorKind::Client);
            QVERIFY(!peer->external);
            peers.insert(peer->id);
        }
        QCOMPARE(peers.size(), 3);
        QCOMPARE(count(*t, EventKind::ThreadSpawn), 3);
    }

    void staticProgramRefused()
    {
        QProcess p;
        p.start(cli(),
                {QStringLiteral("watch"), QStringLiteral("--"), server(QStringLiteral("static"))});
        QVERIFY(p.waitForFinished(kBoundMs));
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("statically linked")), qPrintable(err));
        QVERIFY2(err.count(QLatin1Char('\n')) == 1, qPrintable(err)); // one sentence
    }

    void stopEndsEverything()
    {
        Watch w;
        QVERIFY2(w.start(programFor(QStringLiteral("forking.py"),
                                    {QStringLiteral("0"), QStringLiteral("2")})),
                 w.err.constData());
        // Two children blocked in recv: connected, nothing sent.
        const int a = connectTo(w.port);
        const int b = connectTo(w.port);
        QVERIFY(a >= 0 && b >= 0);
        QVERIFY(w.waitFor("served 2"));
        const int program = w.pid;
        QVERIFY(alive(program));
        ::kill(int(w.process.processId()), SIGTERM);
        QVERIFY(w.process.waitForFinished(kBoundMs));
        QCOMPARE(w.process.exitCode(), 128 + SIGTERM);
        QVERIFY(!alive(program));
        ::close(a);
        ::close(b);
        const auto t = w.trace();
        QVERIFY(t); // written although stopped
        QCOMPARE(count(*t, EventKind::Fork), 2);
        // The children were stopped by the watch: their exits say so, and none is left.
        int stopped = 0;
        for (const Event &e : t->events()) {
            if (e.kind == EventKind::ProcessExit) {
                QVERIFY(e.interruptedByStop());
                QVERIFY(!alive(e.childPid));
                ++stopped;
            }
        }
        QCOMPARE(stopped, 2);
    }

    void noDescriptorLeak()
    {
        const QString preload =
            QFileInfo(cli()).dir().filePath(QStringLiteral("libsockscope_preload.so"));
        const int before = openDescriptors();
        for (int i = 0; i < 10; ++i) {
            Recorder recorder;
            Watcher watcher(recorder);
            WatchOptions options;
            options.program = {QStringLiteral("python3"), QStringLiteral("-c"),
                               QStringLiteral("import socket; socket.socket().close()")};
            options.preloadLibrary = preload;
            QString error;
            QVERIFY2(watcher.start(options, &error), qPrintable(error));
            QElapsedTimer t;
            t.start();
            while (watcher.poll(50) && t.elapsed() < kBoundMs) {
            }
            watcher.stop();
            QVERIFY(watcher.hasExited());
            QCOMPARE(watcher.exitStatus(), 0);
            Trace trace;
            recorder.drainInto(trace);
            QCOMPARE(count(trace, EventKind::Socket), 1);
            QCOMPARE(count(trace, EventKind::Close), 1);
        }
        QCOMPARE(openDescriptors(), before);
    }
};

QTEST_GUILESS_MAIN(TestWatch)
#include "tst_watch.moc"
