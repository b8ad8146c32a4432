// The Python listings the code pane shows (resources/listings/MODEL.py) are programs: each is
// watched under `sockscope-cli watch` with a bundled scenario's clients and its trace compared
// with the built-in model's run of the same scenario: the same kinds of calls in the same
// order per actor (up to where the watch's stop ends the program), the clients' calls all the
// same, and the same counts of accepts, threads, forks and exits (zombies). What the code pane
// shows is then a program that behaves like the lanes.
//
// Every model's listing is a row. Compared "calls" (sequential, threaded, forking, udp): as
// above. Compared "loop" (select, poll, epoll, epoll-selectors.py, nonblocking): one thread
// whose number of waits, and of EAGAINs, depends on when the kernel found a socket ready, so
// exact call lists cannot match; what must match is the loop's own calls (socket, bind,
// listen, epoll_ctl, waits with a run of them as one, accepts) up to its last accept, and each
// accepted connection's calls from accept to close, as a multiset (which client an event loop
// serves first is readiness too); the nonblocking loop's EAGAINs are left out of those. The
// listings always watch their standard input (the lecture's sys.stdin); the models only when
// the scenario has a console: epoll_ctl on descriptor 0 is left out. Compared "asyncio": the
// model records its tasks (task_create, task_suspend, ...) and, as its tasks do, tries
// recv() first and awaits on EAGAIN; Python's asyncio keeps its tasks to itself (the preload
// library sees only epoll_wait, accept4, recv, send, close and its own self-pipe and
// epoll_ctl bookkeeping), so the tasks are not actors of the watched trace, and what is
// compared is each connection's calls without task events, EAGAINs and epoll_ctl, plus the
// counts below.

#include "processtestkit.h"
#include "trace/trace.h"
#include "trace/tracefile.h"

#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sockscope;
using namespace processtest;

namespace {

// A port nobody listens on now (the kernel's choice for port 0, given back).
quint16 freePort(int type)
{
    const int fd = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

// Each actor's calls by a name that both traces give it: the main thread "main", the
// clients by their names, the others by kind and the order they appeared ("thread 1",
// "process 2"). The kernel's samples are left out: they are not calls.
QMap<QString, QStringList> callsByActor(const Trace &t)
{
    QMap<std::uint32_t, QString> key;
    int threads = 0, processes = 0, tasks = 0;
    for (const Actor &a : t.actors()) {
        if (a.kind == ActorKind::Kernel)
            continue;
        if (a.kind == ActorKind::Client)
            key[a.id] = a.name;
        else if (a.parent == 0 && a.kind == ActorKind::Thread)
            key[a.id] = QStringLiteral("main");
        else if (a.kind == ActorKind::Process)
            key[a.id] = QStringLiteral("process %1").arg(++processes);
        else if (a.kind == ActorKind::Task)
            key[a.id] = QStringLiteral("task %1").arg(++tasks);
        else
            key[a.id] = QStringLiteral("thread %1").arg(++threads);
    }
    QMap<QString, QStringList> calls;
    for (const Event &e : t.events()) {
        if (key.contains(e.actor))
            calls[key[e.actor]] << QString::fromLatin1(eventKindName(e.kind));
    }
    return calls;
}

int count(const Trace &t, EventKind kind, bool succeededOnly = false)
{
    int n = 0;
    for (const Event &e : t.events()) {
        const Actor *a = t.actor(e.actor);
        if (e.kind == kind && a && a->kind != ActorKind::Client &&
            (!succeededOnly || (e.err == 0 && !e.interruptedByStop())))
            ++n;
    }
    return n;
}

// The exits of the server's forked processes: each one a zombie until reaped.
int processExits(const Trace &t)
{
    int n = 0;
    for (const Event &e : t.events()) {
        const Actor *a = t.actor(e.actor);
        n += e.kind == EventKind::ProcessExit && a && a->kind == ActorKind::Process ? 1 : 0;
    }
    return n;
}

QStringList withoutExits(const QStringList &kinds)
{
    QStringList out;
    for (const QString &k : kinds) {
        if (k != QLatin1String("process_exit") && k != QLatin1String("thread_exit"))
            out << k;
    }
    return out;
}

QStringList withoutStopsClose(QStringList kinds)
{
    if (!kinds.isEmpty() && kinds.constLast() == QLatin1String("close"))
        kinds.removeLast();
    return kinds;
}

bool isServerEvent(const Trace &t, const Event &e)
{
    const Actor *a = t.actor(e.actor);
    return a && a->kind != ActorKind::Client && a->kind != ActorKind::Kernel;
}

// An event loop's calls that readiness timing makes more or fewer from one run to the next:
// how often the wait returned, how often a non-blocking call found nothing (EAGAIN). A run of
// them is one "wait" (or one "would_block"); asyncio's epoll_ctl and task events (the
// watched program's asyncio does its own bookkeeping, which the preload cannot see as tasks)
// are left out there.
QString loopToken(const Event &e)
{
    if (e.kind == EventKind::WaitBegin || e.kind == EventKind::WaitEnd)
        return QStringLiteral("wait");
    return QString::fromLatin1(eventKindName(e.kind));
}

void appendCollapsed(QStringList *out, const QString &token)
{
    if (out->isEmpty() || out->last() != token ||
        (token != QLatin1String("wait") && token != QLatin1String("would_block")))
        *out << token;
}

// Each accepted connection's conversation, from its accept to its close: the server's calls
// on that descriptor in order, runs of would_block as one. Sorted: which client's connection
// an event loop serves first depends on readiness, what each conversation is does not.
// `ignore`: kinds left out (asyncio's epoll_ctl, would_block and task events).
QStringList conversations(const Trace &t, const QSet<EventKind> &ignore)
{
    QMap<int, QStringList> open; // fd -> its conversation so far
    QStringList done;
    for (const Event &e : t.events()) {
        if (!isServerEvent(t, e))
            continue;
        if (e.kind == EventKind::AcceptEnd && e.err == 0 && !e.interruptedByStop() &&
            e.newFd >= 0) {
            open[e.newFd] = QStringList{QStringLiteral("accept")};
            continue;
        }
        auto it = open.find(e.fd);
        if (it == open.end() || ignore.contains(e.kind))
            continue;
        appendCollapsed(&it.value(), loopToken(e));
        if (e.kind == EventKind::Close) {
            done << it.value().join(QLatin1Char(' '));
            open.erase(it);
        }
    }
    for (const QStringList &c : std::as_const(open))
        done << c.join(QLatin1Char(' ')) + QStringLiteral(" (open)");
    std::sort(done.begin(), done.end());
    return done;
}

// The loop's own calls (on the listening socket, the wait, the interest list), without the
// conversations, with runs of waits as one and without the EAGAINs of accepting until none
// is left, up to its last accept: what the stop does after that differs (the model closes
// everything; the watched program is ended by a signal).
QStringList loopCalls(const Trace &t)
{
    QSet<int> connections;
    QStringList calls;
    qsizetype lastAccept = -1;
    for (const Event &e : t.events()) {
        if (!isServerEvent(t, e))
            continue;
        if (e.kind == EventKind::AcceptEnd && e.err == 0 && !e.interruptedByStop() &&
            e.newFd >= 0) {
            connections.insert(e.newFd);
            calls << QStringLiteral("accept");
            lastAccept = calls.size();
            continue;
        }
        if (connections.contains(e.fd)) {
            if (e.kind == EventKind::Close)
                connections.remove(e.fd);
            continue;
        }
        if (e.kind == EventKind::WouldBlock || e.kind == EventKind::AcceptBegin)
            continue;
        // The listings always watch their standard input (the lecture's sys.stdin); the
        // model has a console only when the scenario gives it one.
        if (e.kind == EventKind::EpollCtl && e.fd == 0)
            continue;
        appendCollapsed(&calls, loopToken(e));
    }
    return calls.mid(0, std::max<qsizetype>(lastAccept, 0));
}

// The same conversations, but for those the watch's stop cut short (the watched program is
// ended by a signal as soon as the clients are done; a polling loop may not have come round
// to their close yet): each is the start of one of the model's.
QString conversationMismatch(QStringList watched, QStringList model)
{
    const QString all = QStringLiteral("\n watched: ") + watched.join(QStringLiteral(" | ")) +
                        QStringLiteral("\n model:   ") + model.join(QStringLiteral(" | "));
    if (watched.size() != model.size() || watched.isEmpty())
        return QStringLiteral("not as many conversations") + all;
    for (qsizetype i = watched.size() - 1; i >= 0; --i) {
        if (model.removeOne(watched[i]))
            watched.removeAt(i);
    }
    for (const QString &w : std::as_const(watched)) {
        const QString open = QStringLiteral(" (open)");
        const QString start = w.endsWith(open) ? w.chopped(open.size()) + QLatin1Char(' ') : w;
        const auto it = std::find_if(model.begin(), model.end(),
                                     [&](const QString &m) { return m.startsWith(start); });
        if (!w.endsWith(open) || it == model.end())
            return QStringLiteral("a conversation differs: ") + w + all;
        model.erase(it);
    }
    return {};
}

} // namespace

class TestListingPrograms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cli()), "SOCKSCOPE_CLI must name sockscope-cli"); }

    void listingBehavesLikeTheModel_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QStringList>("options"); // the scenario's server settings, as flags
        QTest::addColumn<bool>("udp");
        QTest::addColumn<QString>("compare"); // "calls", "loop" or "asyncio": see below
        QTest::newRow("sequential three-clients")
            << QStringLiteral("sequential") << QStringLiteral("three-clients") << QStringList{}
            << false << QStringLiteral("calls");
        QTest::newRow("sequential one-slow-client")
            << QStringLiteral("sequential") << QStringLiteral("one-slow-client")
            << QStringList{QStringLiteral("--backlog"), QStringLiteral("5")} << false
            << QStringLiteral("calls");
        QTest::newRow("threaded three-clients")
            << QStringLiteral("threaded") << QStringLiteral("three-clients") << QStringList{}
            << false << QStringLiteral("calls");
        QTest::newRow("forking three-clients")
            << QStringLiteral("forking") << QStringLiteral("three-clients") << QStringList{}
            << false << QStringLiteral("calls");
        QTest::newRow("udp udp-echo") << QStringLiteral("udp") << QStringLiteral("udp-echo")
                                      << QStringList{} << true << QStringLiteral("calls");
        // The event loops: one thread, whose number of waits (and of EAGAINs) depends on
        // when the kernel found the sockets ready; compared as "loop".
        for (const char *m : {"select", "poll", "epoll", "epoll-selectors", "nonblocking"}) {
            QTest::newRow(qPrintable(QStringLiteral("%1 three-clients").arg(QLatin1String(m))))
                << QString::fromLatin1(m) << QStringLiteral("three-clients") << QStringList{}
                << false << QStringLiteral("loop");
        }
        QTest::newRow("select partial-recv-framing")
            << QStringLiteral("select") << QStringLiteral("partial-recv-framing")
            << QStringList{QStringLiteral("--protocol"), QStringLiteral("delimited"),
                           QStringLiteral("--recv-size"), QStringLiteral("8")}
            << false << QStringLiteral("loop");
        QTest::newRow("epoll select-readiness")
            << QStringLiteral("epoll") << QStringLiteral("select-readiness") << QStringList{}
            << false << QStringLiteral("loop");
        QTest::newRow("nonblocking nonblocking-eagain")
            << QStringLiteral("nonblocking") << QStringLiteral("nonblocking-eagain")
            << QStringList{} << false << QStringLiteral("loop");
        QTest::newRow("asyncio asyncio-echo")
            << QStringLiteral("asyncio") << QStringLiteral("asyncio-echo")
            << QStringList{QStringLiteral("--work"), QStringLiteral("0.4")} << false
            << QStringLiteral("asyncio");
        QTest::newRow("asyncio asyncio-blocking-call")
            << QStringLiteral("asyncio") << QStringLiteral("asyncio-blocking-call")
            << QStringList{QStringLiteral("--work"), QStringLiteral("1.0"),
                           QStringLiteral("--blocking-work"), QStringLiteral("true")}
            << false << QStringLiteral("asyncio");
    }
    void listingBehavesLikeTheModel()
    {
        QFETCH(QString, model);
        QFETCH(QString, scenario);
        QFETCH(QStringList, options);
        QFETCH(bool, udp);
        QFETCH(QString, compare);
        // epoll-selectors.py is the epoll model written with the selectors module.
        const QString file = model;
        if (model == QLatin1String("epoll-selectors"))
            model = QStringLiteral("epoll");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString modelTrace = dir.filePath(QStringLiteral("model.json"));
        const QString watchTrace = dir.filePath(QStringLiteral("watch.json"));
        const Result run = processtest::run(
            cli(), {QStringLiteral("run"), QStringLiteral("--scenario"), scenario,
                    QStringLiteral("--model"), model, QStringLiteral("--trace"), modelTrace});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));

        const quint16 port = freePort(udp ? SOCK_DGRAM : SOCK_STREAM);
        QVERIFY(port != 0);
        // -P: the listings' folder has select.py and asyncio.py, which must not hide Python's.
        const QString listing =
            QStringLiteral(SOCKSCOPE_SOURCE_DIR "/resources/listings/%1.py").arg(file);
        const Result watch = processtest::run(
            cli(),
            QStringList{QStringLiteral("watch"), QStringLiteral("--scenario"), scenario,
                        QStringLiteral("--port"), QString::number(port), QStringLiteral("--trace"),
                        watchTrace, QStringLiteral("--"), QStringLiteral("python3"),
                        QStringLiteral("-P"), listing, QString::number(port)} +
                options);
        QVERIFY2(watch.exitCode == 0, qPrintable(watch.err));
        QVERIFY2(!watch.err.contains(QLatin1String("were not sent")), qPrintable(watch.err));

        QString error;
        const auto m = loadTraceFile(modelTrace, &error);
        QVERIFY2(m, qPrintable(error));
        const auto w = loadTraceFile(watchTrace, &error);
        QVERIFY2(w, qPrintable(error));

        const QMap<QString, QStringList> modelCalls = callsByActor(*m);
        const QMap<QString, QStringList> watchCalls = callsByActor(*w);
        QStringList modelActors = modelCalls.keys();
        if (compare == QLatin1String("asyncio")) // the model's tasks: see below
            modelActors.removeIf(
                [](const QString &k) { return k.startsWith(QLatin1String("task")); });
        QCOMPARE(watchCalls.keys(), modelActors);
        for (auto it = modelCalls.cbegin(); it != modelCalls.cend(); ++it) {
            const QStringList &mine = watchCalls[it.key()];
            if (it.key().startsWith(QLatin1String("client"))) {
                // The clients run to their end in both: every call the same.
                QCOMPARE(mine, it.value());
                continue;
            }
            if (compare != QLatin1String("calls"))
                continue; // compared below
            // The server's actors: the same calls in the same order up to where a stop ended
            // one of the two (the model's Stop, or the watch's after the clients were done).
            // A stop that finds the server between two calls ends it with the listening
            // socket's close() instead of an interrupted wait: that close is the stop's.
            const QStringList a = withoutStopsClose(withoutExits(mine));
            const QStringList b = withoutStopsClose(withoutExits(it.value()));
            const qsizetype n = std::min(a.size(), b.size());
            QVERIFY2(a.mid(0, n) == b.mid(0, n),
                     qPrintable(it.key() + QStringLiteral("\n watched: ") +
                                a.join(QLatin1Char(' ')) + QStringLiteral("\n model:   ") +
                                b.join(QLatin1Char(' '))));
        }
        if (compare == QLatin1String("loop")) {
            // The loop's own calls up to its last accept, with runs of waits as one, and
            // every connection's conversation (accept ... close), as a multiset.
            const QStringList watchedLoop = loopCalls(*w), modelLoop = loopCalls(*m);
            QVERIFY2(watchedLoop == modelLoop,
                     qPrintable(QStringLiteral("\n watched: ") +
                                watchedLoop.join(QLatin1Char(' ')) +
                                QStringLiteral("\n model:   ") + modelLoop.join(QLatin1Char(' '))));
            // The non-blocking loop's EAGAINs depend on when its rounds came: left out.
            const QSet<EventKind> retries = model == QLatin1String("nonblocking")
                                                ? QSet<EventKind>{EventKind::WouldBlock}
                                                : QSet<EventKind>{};
            const QString mismatch =
                conversationMismatch(conversations(*w, retries), conversations(*m, retries));
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        } else if (compare == QLatin1String("asyncio")) {
            // The model records its tasks (task_create, task_suspend, ...) and, as a task
            // does, tries recv() first and awaits on EAGAIN; Python's asyncio keeps its tasks
            // to itself and reads only when epoll_wait() said the socket is ready, through
            // its own epoll_ctl bookkeeping and a self-pipe. What both show is each
            // connection's conversation without those: accept, recv, send, ..., close.
            const QSet<EventKind> bookkeeping{EventKind::WouldBlock, EventKind::EpollCtl,
                                              EventKind::TaskCreate, EventKind::TaskSuspend,
                                              EventKind::TaskResume, EventKind::TaskDone,
                                              EventKind::RecvBegin,  EventKind::SendBegin};
            const QString mismatch = conversationMismatch(conversations(*w, bookkeeping),
                                                          conversations(*m, bookkeeping));
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        }
        QCOMPARE(count(*w, EventKind::AcceptEnd, true), count(*m, EventKind::AcceptEnd, true));
        QCOMPARE(count(*w, EventKind::ThreadSpawn), count(*m, EventKind::ThreadSpawn));
        QCOMPARE(count(*w, EventKind::Fork), count(*m, EventKind::Fork));
        QCOMPARE(processExits(*w), processExits(*m));
        QCOMPARE(count(*w, EventKind::RecvfromEnd, true), count(*m, EventKind::RecvfromEnd, true));
    }
};

QTEST_GUILESS_MAIN(TestListingPrograms)
#include "tst_listingprograms.moc"
