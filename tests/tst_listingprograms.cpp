// The Python listings the code pane shows (resources/listings/MODEL.py) are programs: each is
// watched under `sockscope-cli watch` with a bundled scenario's clients and its trace compared
// with the built-in model's run of the same scenario: the same kinds of calls in the same
// order per actor (up to where the watch's stop ends the program), the clients' calls all the
// same, and the same counts of accepts, threads, forks and exits (zombies). What the code pane
// shows is then a program that behaves like the lanes.
//
// Models whose listing is not a runnable program yet (select, poll, epoll, nonblocking,
// asyncio) are not rows here.

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
    int threads = 0, processes = 0;
    for (const Actor &a : t.actors()) {
        if (a.kind == ActorKind::Kernel)
            continue;
        if (a.kind == ActorKind::Client)
            key[a.id] = a.name;
        else if (a.parent == 0 && a.kind == ActorKind::Thread)
            key[a.id] = QStringLiteral("main");
        else if (a.kind == ActorKind::Process)
            key[a.id] = QStringLiteral("process %1").arg(++processes);
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
        QTest::newRow("sequential three-clients")
            << QStringLiteral("sequential") << QStringLiteral("three-clients") << QStringList{}
            << false;
        QTest::newRow("sequential one-slow-client")
            << QStringLiteral("sequential") << QStringLiteral("one-slow-client")
            << QStringList{QStringLiteral("--backlog"), QStringLiteral("5")} << false;
        QTest::newRow("threaded three-clients")
            << QStringLiteral("threaded") << QStringLiteral("three-clients") << QStringList{}
            << false;
        QTest::newRow("forking three-clients")
            << QStringLiteral("forking") << QStringLiteral("three-clients") << QStringList{}
            << false;
        QTest::newRow("udp udp-echo")
            << QStringLiteral("udp") << QStringLiteral("udp-echo") << QStringList{} << true;
    }
    void listingBehavesLikeTheModel()
    {
        QFETCH(QString, model);
        QFETCH(QString, scenario);
        QFETCH(QStringList, options);
        QFETCH(bool, udp);
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
            QStringLiteral(SOCKSCOPE_SOURCE_DIR "/resources/listings/%1.py").arg(model);
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
        QCOMPARE(watchCalls.keys(), modelCalls.keys());
        for (auto it = modelCalls.cbegin(); it != modelCalls.cend(); ++it) {
            const QStringList &mine = watchCalls[it.key()];
            if (it.key().startsWith(QLatin1String("client"))) {
                // The clients run to their end in both: every call the same.
                QCOMPARE(mine, it.value());
                continue;
            }
            // The server's actors: the same calls in the same order up to where a stop ended
            // one of the two (the model's Stop, or the watch's after the clients were done).
            const QStringList a = withoutExits(mine);
            const QStringList b = withoutExits(it.value());
            const qsizetype n = std::min(a.size(), b.size());
            QVERIFY2(a.mid(0, n) == b.mid(0, n),
                     qPrintable(it.key() + QStringLiteral("\n watched: ") +
                                a.join(QLatin1Char(' ')) + QStringLiteral("\n model:   ") +
                                b.join(QLatin1Char(' '))));
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
