// Stress: many whole runs across every model, each stopped at a random moment — before the
// clients connect, with the server blocked in accept(), recv() or select(), clients
// mid-flight, handlers at work, children alive or already zombies. After every stop the
// process holds exactly what it held before (descriptors, threads, child processes) and the
// port can be bound again at once.
//
// SOCKSCOPE_STRESS_CYCLES overrides the number of runs (200; the sanitizer builds use fewer),
// SOCKSCOPE_STRESS_SEED replays a failing seed. stop() is meant to take well under a second;
// that is measured and printed, not asserted: the only bound (10 s) catches a hang.

#include "labtestkit.h"
#include "models/modelinfo.h"
#include "run/run.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <arpa/inet.h>
#include <map>
#include <netinet/in.h>
#include <sys/socket.h>

using namespace sockscope;
using namespace sockscope::testkit;

namespace {

constexpr int kDefaultCycles = 200;
constexpr int kLatestStopMs = 350;     // clients send after 300 ms: stops fall on both sides
constexpr qint64 kHangBoundMs = 10000; // a stop slower than this is a hang, not a slow machine

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

ClientStep step(StepKind kind, int ms = 0, const QByteArray &data = {})
{
    ClientStep s;
    s.kind = kind;
    s.ms = ms;
    s.data = data;
    return s;
}

// The built-in three clients, plus a random mix of what makes a stop hard: a handler at work,
// a client that connects and says nothing for a while (the server sits in recv()), one that
// sends a line in pieces, one that connects and leaves at once (a child exits early and
// becomes a zombie under reap policy none).
RunConfig randomConfig(const QString &model, QRandomGenerator &random)
{
    RunConfig config = threeClientsConfig(model);
    config.server.reap = ReapPolicy(random.bounded(3));
    config.server.blockingWork = random.bounded(2) == 0; // asyncio: stopped in time.sleep too
    // asyncio always works, so that stops find tasks suspended on a timer of the loop.
    if (random.bounded(3) == 0 || model == QLatin1String("asyncio"))
        config.server.workMs = 100;
    const bool udp = model == QLatin1String("udp");
    ClientScript silent;
    silent.name = QStringLiteral("silent");
    silent.udp = udp;
    silent.steps = {step(StepKind::Connect), step(StepKind::Sleep, 2000), step(StepKind::Close)};
    ClientScript pieces;
    pieces.name = QStringLiteral("pieces");
    pieces.udp = udp;
    ClientStep inPieces = step(StepKind::SendPieces, 40, QByteArrayLiteral("one line\n"));
    inPieces.pieces = 3;
    pieces.steps = {step(StepKind::Connect), inPieces, step(StepKind::Recv), step(StepKind::Close)};
    ClientScript leaver;
    leaver.name = QStringLiteral("leaver");
    leaver.udp = udp;
    leaver.steps = {step(StepKind::Connect), step(StepKind::Close)};
    // The forking server always gets a leaver, so that many stops find a zombie.
    const bool forking = model == QLatin1String("forking");
    for (const ClientScript &extra : {silent, pieces, leaver}) {
        const bool take = random.bounded(2) == 0;
        if (take || (forking && extra.name == leaver.name)) {
            config.clients.push_back(extra);
            config.clients.back().startMs = int(random.bounded(200));
        }
    }
    config.timeoutMs = 0; // only our stop() ends it
    return config;
}

// Where the run was when it was stopped, read from its trace so far.
struct Moment
{
    bool inAccept = false;
    bool inRecv = false;
    bool inWait = false;
    bool childAlive = false;
    bool zombie = false;
};

Moment momentOf(const Trace &trace)
{
    Moment m;
    std::map<std::uint32_t, EventKind> last;
    int forks = 0;
    int exits = 0;
    int reaps = 0;
    for (qsizetype i = 0; i < trace.size(); ++i) {
        const Event &e = trace.at(i);
        last[e.actor] = e.kind;
        forks += e.kind == EventKind::Fork;
        exits += e.kind == EventKind::ProcessExit;
        reaps += e.kind == EventKind::Reap;
    }
    for (const auto &[actor, kind] : last) {
        const Actor *a = trace.actor(actor);
        if (!a || a->kind == ActorKind::Client)
            continue;
        m.inAccept = m.inAccept || kind == EventKind::AcceptBegin;
        m.inRecv = m.inRecv || kind == EventKind::RecvBegin || kind == EventKind::RecvfromBegin;
        m.inWait = m.inWait || kind == EventKind::WaitBegin;
    }
    m.childAlive = forks > exits;
    m.zombie = exits > reaps;
    return m;
}

// A new server could take the port this instant: bind (and listen) it like a server does.
bool portFreeAtOnce(quint16 port, bool udp)
{
    const int fd = ::socket(AF_INET, (udp ? SOCK_DGRAM : SOCK_STREAM) | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return false;
    const int on = 1;
    if (!udp)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons(port);
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) == 0 &&
                    (udp || ::listen(fd, 1) == 0);
    ::close(fd);
    return ok;
}

} // namespace

class TestStress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startStopCycles()
    {
        const int cycles = envInt("SOCKSCOPE_STRESS_CYCLES", kDefaultCycles);
        const quint32 seed = quint32(
            envInt("SOCKSCOPE_STRESS_SEED",
                   int(QRandomGenerator::global()->bounded(1, std::numeric_limits<int>::max()))));
        qDebug("stress: %d cycles, seed %u (SOCKSCOPE_STRESS_SEED=%u replays it)", cycles, seed,
               seed);
        QRandomGenerator random(seed);
        const QStringList models = modelNames();
        QVERIFY(!models.isEmpty());

        const Resources before = steadyResources();
        qint64 slowestStopMs = 0;
        QString slowestAt;
        int inAccept = 0, inRecv = 0, inWait = 0, childAlive = 0, zombie = 0, tasks = 0;
        QElapsedTimer total;
        total.start();
        for (int cycle = 0; cycle < cycles; ++cycle) {
            const QString model = models.at(cycle % models.size());
            const RunConfig config = randomConfig(model, random);
            const int stopAtMs = int(random.bounded(kLatestStopMs));
            const QString where = QStringLiteral("cycle %1 (%2, stop at %3 ms, seed %4)")
                                      .arg(cycle)
                                      .arg(model)
                                      .arg(stopAtMs)
                                      .arg(seed);
            quint16 port = 0;
            {
                Run run(config);
                QString error;
                QVERIFY2(run.start(&error), qPrintable(where + QStringLiteral(": ") + error));
                port = run.port();
                QThread::msleep(stopAtMs);
                Trace soFar;
                run.recorder().drainInto(soFar);
                const Moment m = momentOf(soFar);
                inAccept += m.inAccept;
                inRecv += m.inRecv;
                inWait += m.inWait;
                childAlive += m.childAlive;
                zombie += m.zombie;

                QElapsedTimer timer;
                timer.start();
                run.stop();
                const qint64 stopMs = timer.elapsed();
                if (stopMs > slowestStopMs) {
                    slowestStopMs = stopMs;
                    slowestAt = where;
                }
                QVERIFY2(stopMs < kHangBoundMs, qPrintable(where + QStringLiteral(": hung")));
                QVERIFY2(run.isFinished(), qPrintable(where));
                // asyncio: every task the loop made ended (cancelled by the stop if it was
                // still awaiting a read or a timer): no task, and so no timer, is left behind.
                run.recorder().drainInto(soFar);
                int created = 0, done = 0;
                for (qsizetype i = 0; i < soFar.size(); ++i) {
                    created += soFar.at(i).kind == EventKind::TaskCreate;
                    done += soFar.at(i).kind == EventKind::TaskDone;
                }
                tasks += created;
                QVERIFY2(created == done, qPrintable(where + QStringLiteral(": %1 tasks made, %2 "
                                                                            "done")
                                                                 .arg(created)
                                                                 .arg(done)));
            }
            QVERIFY2(portFreeAtOnce(port, model == QLatin1String("udp")),
                     qPrintable(where + QStringLiteral(": port %1 not free").arg(port)));
            QVERIFY2(settlesTo(before),
                     qPrintable(where + QStringLiteral(": ") + Resources::now().text() +
                                QStringLiteral(" vs before ") + before.text()));
        }
        qDebug("stress: %d cycles in %lld ms; slowest stop() %lld ms at %s", cycles,
               total.elapsed(), slowestStopMs, qPrintable(slowestAt));
        qDebug("stress: stopped with the server in accept %d, recv %d, a readiness wait %d times; "
               "with children alive %d, zombies %d times",
               inAccept, inRecv, inWait, childAlive, zombie);
        qDebug("stress: %d asyncio tasks made, every one done at its stop", tasks);
    }
};

QTEST_GUILESS_MAIN(TestStress)
#include "tst_stress.moc"
