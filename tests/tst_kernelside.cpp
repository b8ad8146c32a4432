// The kernel's side of the socket: the kernel sampler (lab/kernelsampler.h) records TCP states
// and queue levels of a real run's sockets. Each test holds the run where the kernel keeps the
// state (a client waiting for a release keeps a sequential server busy, so the accept queue
// stays full and a closed client stays in CLOSE_WAIT in it; TIME_WAIT lasts a minute), then
// looks for it with bounded waits. Counts and orderings only, no timings.

#include "analysis/narration.h"
#include "analysis/sampletext.h"
#include "analysis/socketlanes.h"
#include "labtestkit.h"
#include "run/run.h"
#include "trace/chrometrace.h"
#include "trace/kernelsample.h"
#include "trace/tracefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace sockscope;
using namespace sockscope::testkit;

namespace {

ClientStep makeStep(StepKind kind, const QByteArray &data = {})
{
    ClientStep s;
    s.kind = kind;
    s.data = data;
    return s;
}

ClientScript client(const QString &name, int startMs, std::vector<ClientStep> steps)
{
    ClientScript c;
    c.name = name;
    c.startMs = startMs;
    c.steps = std::move(steps);
    return c;
}

std::uint32_t actorNamed(const Trace &trace, const QString &name)
{
    for (const auto &a : trace.actors()) {
        if (a.name == name)
            return a.id;
    }
    return 0;
}

// Client 1 holds a sequential server (backlog 1) until released; clients 2 and 3 fill the
// accept queue (Linux queues backlog + 1); client 4's SYN finds it full. Client 2 sends and
// closes while it is still in the queue.
RunConfig queueConfig()
{
    RunConfig config;
    config.scenario = QStringLiteral("kernel-side");
    config.server.model = QStringLiteral("sequential");
    config.server.backlog = 1;
    config.clients = {
        client(QStringLiteral("client 1"), 0,
               {makeStep(StepKind::Connect), makeStep(StepKind::Send, "one\n"),
                makeStep(StepKind::Recv), makeStep(StepKind::WaitRelease),
                makeStep(StepKind::Close)}),
        client(QStringLiteral("client 2"), 100,
               {makeStep(StepKind::Connect), makeStep(StepKind::Send, "two\n"),
                makeStep(StepKind::Close)}),
        client(QStringLiteral("client 3"), 200,
               {makeStep(StepKind::Connect), makeStep(StepKind::Send, "three\n"),
                makeStep(StepKind::Recv), makeStep(StepKind::Close)}),
        client(QStringLiteral("client 4"), 300,
               {makeStep(StepKind::Connect), makeStep(StepKind::Send, "four\n"),
                makeStep(StepKind::Recv), makeStep(StepKind::Close)}),
    };
    return config;
}

bool isSample(const Event &e)
{
    return isKernelSampleKind(e.kind);
}

} // namespace

class TestKernelSide : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullQueueCloseWaitAndTimeWait()
    {
        const int fdsBefore = openDescriptors();
        Trace trace;
        Endpoint c1LocalEnd;
        {
            Run run(queueConfig());
            QString error;
            QVERIFY2(run.start(&error), qPrintable(error));
            const Endpoint server{0x7f000001u, run.port()};

            auto listenerFull = [&] {
                for (const Event &e : trace.events()) {
                    if (e.kind != EventKind::Queues || !e.peer().isNull())
                        continue;
                    const KernelFigures f = kernelFigures(trace, e);
                    if (f.acceptQueue == 2 && f.backlog == 1 && f.listenDrops > 0)
                        return true;
                }
                return false;
            };
            // Client 2's server end: handshake done, data and FIN received, never accepted.
            auto closeWaitInQueue = [&] {
                const auto c2 = actorNamed(trace, QStringLiteral("client 2"));
                for (const Event &e : trace.events()) {
                    if (e.actor != c2 || e.kind != EventKind::ConnectEnd)
                        continue;
                    const Endpoint c2Local = trace.local(e);
                    for (const Event &s : trace.events()) {
                        if (s.kind == EventKind::TcpState &&
                            TcpState(s.call) == TcpState::CloseWait && s.peer() == c2Local &&
                            kernelFigures(trace, s).local == server)
                            return true;
                    }
                }
                return false;
            };
            // The queue stays full while client 1 waits for its release, and client 4's
            // kernel resends its SYN (1 s, 3 s, ...): each one dropped.
            QTRY_VERIFY_WITH_TIMEOUT((run.recorder().drainInto(trace), listenerFull()), 20000);
            QTRY_VERIFY_WITH_TIMEOUT((run.recorder().drainInto(trace), closeWaitInQueue()), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(!run.clientsWaiting().empty(), 20000);
            run.releaseNext();
            QVERIFY2(run.waitFinished(60000), "the run did not finish");
            run.stop();
            run.recorder().drainInto(trace);
            QVERIFY2(run.failure().isEmpty(), qPrintable(run.failure()));
            QVERIFY2(run.clientProblems().isEmpty(),
                     qPrintable(run.clientProblems().join(QLatin1Char('\n'))));

            // Every kernel figure is a sample, on the kernel's actor, which has no lane.
            std::uint32_t kernelActor = 0;
            for (const Actor &a : trace.actors()) {
                if (a.kind == ActorKind::Kernel)
                    kernelActor = a.id;
            }
            QVERIFY(kernelActor != 0);
            for (const Event &e : trace.events()) {
                if (isSample(e)) {
                    QCOMPARE(e.actor, kernelActor);
                    QVERIFY(e.flags & kFlagSampled);
                }
            }

            // The listener: LISTEN first, held by this process at the listen() descriptor.
            qsizetype listenAt = -1;
            int listenFd = -1;
            for (qsizetype i = 0; i < trace.size(); ++i) {
                if (trace.at(i).kind == EventKind::Listen && listenFd < 0)
                    listenFd = trace.at(i).fd;
                if (trace.at(i).kind == EventKind::TcpState &&
                    TcpState(trace.at(i).call) == TcpState::Listen && listenAt < 0)
                    listenAt = i;
            }
            QVERIFY(listenAt >= 0);
            QCOMPARE(trace.at(listenAt).fd, listenFd);
            QCOMPARE(ownerPid(trace.at(listenAt)), int(getpid()));

            // Client 1 closed first: its end goes through TIME_WAIT, after its close(), and
            // the last sample (at the stop) still finds it there.
            const auto c1 = actorNamed(trace, QStringLiteral("client 1"));
            Endpoint c1Local;
            qsizetype c1Close = -1;
            for (qsizetype i = 0; i < trace.size(); ++i) {
                const Event &e = trace.at(i);
                if (e.actor == c1 && e.kind == EventKind::ConnectEnd)
                    c1Local = trace.local(e);
                if (e.actor == c1 && e.kind == EventKind::Close)
                    c1Close = i;
            }
            QVERIFY(!c1Local.isNull() && c1Close >= 0);
            c1LocalEnd = c1Local;
            qsizetype timeWait = -1;
            qsizetype established = -1;
            for (qsizetype i = 0; i < trace.size(); ++i) {
                const Event &e = trace.at(i);
                if (e.kind != EventKind::TcpState || kernelFigures(trace, e).local != c1Local)
                    continue;
                QCOMPARE(e.peer(), server);
                if (TcpState(e.call) == TcpState::Established && established < 0)
                    established = i;
                if (TcpState(e.call) == TcpState::TimeWait && timeWait < 0)
                    timeWait = i;
            }
            QVERIFY(established >= 0);
            QVERIFY(timeWait > c1Close);
            QVERIFY(established < c1Close);

            // The accept()ed end of a connection gets its owner: the accept's new descriptor.
            const auto c3 = actorNamed(trace, QStringLiteral("client 3"));
            int c3Fd = -1;
            for (const Event &e : trace.events()) {
                if (e.kind == EventKind::AcceptEnd && e.childActor == c3)
                    c3Fd = e.newFd;
            }
            QVERIFY(c3Fd >= 0);
            bool ownedAfterAccept = false;
            for (const Event &e : trace.events()) {
                if (e.kind == EventKind::TcpState && e.fd == c3Fd && ownerPid(e) == int(getpid()) &&
                    kernelFigures(trace, e).local == server)
                    ownedAfterAccept = true;
            }
            QVERIFY(ownedAfterAccept);
        }
        // The sampler's netlink socket is closed with the run.
        QTRY_COMPARE_WITH_TIMEOUT(openDescriptors(), fdsBefore, 10000);

        // What the views say of a sample says it is one; the full queue in the lecture's words.
        bool saidFull = false;
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const Event &e = trace.at(i);
            if (!isSample(e))
                continue;
            const QString text = eventtext::sampleResult(trace, e);
            QVERIFY2(text.contains(QLatin1String("(sampled)")), qPrintable(text));
            QCOMPARE(narrate(trace, i), text + QLatin1Char('.'));
            // (English plurals come from the translation: without one, "connection(s)".)
            if (text.startsWith(QLatin1String("2 connection")) &&
                text.contains(QLatin1String("wait in the accept queue (backlog 1 + 1)")))
                saidFull = true;
        }
        QVERIFY(saidFull);

        // Socket lanes: the listener first, then each connection's two ends side by side, the
        // server's end first; client 1's end is still in TIME_WAIT at the last sample.
        const std::vector<SocketLane> lanes = buildSocketLanes(trace);
        QVERIFY(whyNoSocketLanes(trace).isEmpty());
        QVERIFY(lanes.size() >= 5); // the listener and at least the four clients' own ends
        QVERIFY(lanes.front().listener);
        QCOMPARE(lanes.front().states.front().state, TcpState::Listen);
        const std::uint16_t serverPort = lanes.front().local.port;
        int pairs = 0;
        for (std::size_t i = 1; i < lanes.size(); ++i) {
            QVERIFY(!lanes[i].listener);
            if (lanes[i].local.port != serverPort)
                continue;
            // A server end whose client end was sampled too has it right after it (a short
            // connection's server end may be missing: samples).
            const bool mateSampled =
                std::any_of(lanes.begin(), lanes.end(),
                            [&](const SocketLane &l) { return l.local == lanes[i].peer; });
            if (!mateSampled)
                continue;
            QVERIFY(i + 1 < lanes.size());
            QCOMPARE(lanes[i + 1].local, lanes[i].peer);
            QCOMPARE(lanes[i + 1].peer, lanes[i].local);
            ++pairs;
        }
        QVERIFY(pairs >= 2); // clients 1 and 2 at least: their server ends wait long enough
        bool timeWaitAtEnd = false;
        for (const SocketLane &l : lanes) {
            if (l.local == c1LocalEnd && !l.states.empty() && l.states.back().open)
                timeWaitAtEnd = l.states.back().state == TcpState::TimeWait;
        }
        QVERIFY(timeWaitAtEnd);

        // Chrome trace: a track per socket, states as slices, queue levels as counters.
        const QJsonObject chrome = QJsonDocument::fromJson(chromeTraceJson(trace)).object();
        int closeWaitSlices = 0;
        int timeWaitSlices = 0;
        int counters = 0;
        for (const QJsonValue v : chrome.value(QLatin1String("traceEvents")).toArray()) {
            const QJsonObject o = v.toObject();
            const QString ph = o.value(QLatin1String("ph")).toString();
            const QString name = o.value(QLatin1String("name")).toString();
            if (ph == QLatin1String("X") &&
                o.value(QLatin1String("cat")) == QLatin1String("tcp_state")) {
                closeWaitSlices += name == QLatin1String("CLOSE_WAIT");
                timeWaitSlices += name == QLatin1String("TIME_WAIT");
            }
            counters += ph == QLatin1String("C");
        }
        QVERIFY(closeWaitSlices >= 1);
        QVERIFY(timeWaitSlices >= 1);
        QVERIFY(counters >= 2);

        // The samples survive a trace file.
        QString error;
        const auto loaded = traceFromJson(traceToJson(trace), &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->size(), trace.size());
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const Event &a = trace.at(i);
            if (!isSample(a))
                continue;
            const Event &b = loaded->at(i);
            QCOMPARE(b.kind, a.kind);
            QCOMPARE(b.call, a.call);
            QCOMPARE(b.fd, a.fd);
            QCOMPARE(ownerPid(b), ownerPid(a) > 0 ? ownerPid(a) : 0);
            QCOMPARE(b.peer(), a.peer());
            QCOMPARE(b.flags, a.flags);
            QVERIFY(kernelFigures(*loaded, b) == kernelFigures(trace, a));
        }
    }

    void badSampleInFile_data()
    {
        QTest::addColumn<QByteArray>("event");
        QTest::addColumn<QString>("message");
        QTest::newRow("state unknown")
            << QByteArray(R"({"t_ns":1,"actor":1,"kind":"tcp_state","state":"SLEEPY"})")
            << QStringLiteral("events[0], key \"state\": \"SLEEPY\" is not a TCP state");
        QTest::newRow("state missing") << QByteArray(R"({"t_ns":1,"actor":1,"kind":"tcp_state"})")
                                       << QStringLiteral("events[0], key \"state\": is missing");
        QTest::newRow("negative queue")
            << QByteArray(R"({"t_ns":1,"actor":1,"kind":"queues","accept_queue":-2})")
            << QStringLiteral("events[0], key \"accept_queue\": must be a whole number >= 0");
        QTest::newRow("bad local")
            << QByteArray(R"({"t_ns":1,"actor":1,"kind":"tcp_state","state":"LISTEN","local":"x"})")
            << QStringLiteral("events[0], key \"local\": \"x\" is not an address");
    }
    void badSampleInFile()
    {
        QFETCH(QByteArray, event);
        QFETCH(QString, message);
        const QByteArray json = R"({"format":"sockscope-trace","version":1,"actors":[)"
                                R"({"id":1,"kind":"kernel","name":"kernel"}],"events":[)" +
                                event + "]}";
        QString error;
        QVERIFY(!traceFromJson(json, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    // Without sock_diag the run still works, and the trace says why it has no samples.
    void withoutSockDiagTheTraceSaysWhy()
    {
        qputenv("SOCKSCOPE_NO_SOCK_DIAG", "1");
        RunConfig config = threeClientsConfig(QStringLiteral("threaded"));
        config.speed = 4;
        Trace trace;
        {
            Run run(config);
            QString error;
            const bool started = run.start(&error);
            qunsetenv("SOCKSCOPE_NO_SOCK_DIAG");
            QVERIFY2(started, qPrintable(error));
            QVERIFY(run.waitFinished(60000));
            run.stop();
            run.recorder().drainInto(trace);
            QVERIFY2(run.failure().isEmpty(), qPrintable(run.failure()));
        }
        int samples = 0;
        int reasons = 0;
        for (const Event &e : trace.events()) {
            samples += isSample(e) ? 1 : 0;
            if (e.kind == EventKind::Error && EventKind(e.call) == EventKind::TcpState) {
                ++reasons;
                QVERIFY(trace.errorMessage(e).contains("SOCKSCOPE_NO_SOCK_DIAG"));
            }
        }
        QCOMPARE(samples, 0);
        QCOMPARE(reasons, 1);
        QVERIFY(buildSocketLanes(trace).empty());
        QVERIFY(whyNoSocketLanes(trace).contains(QLatin1String("SOCKSCOPE_NO_SOCK_DIAG")));
    }

    void samplingOff()
    {
        RunConfig config = threeClientsConfig(QStringLiteral("sequential"));
        config.speed = 4;
        config.sampleKernel = false;
        Trace trace;
        Run run(config);
        QVERIFY(run.start(nullptr));
        QVERIFY(run.waitFinished(60000));
        run.stop();
        run.recorder().drainInto(trace);
        for (const Actor &a : trace.actors())
            QVERIFY(a.kind != ActorKind::Kernel);
        for (const Event &e : trace.events())
            QVERIFY(!isSample(e));
        QVERIFY(whyNoSocketLanes(trace).contains(QLatin1String("no samples")));
    }
};

QTEST_GUILESS_MAIN(TestKernelSide)
#include "tst_kernelside.moc"
