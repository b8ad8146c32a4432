// Scripted clients against a tiny in-test echo server: each client is a real socket on its own
// lane, on its own thread or on the shared epoll driver; stepping by hand, stopping mid-flight
// and refused connects. Orderings and counts only: no test asserts how long anything took.

#include "clients/steppayload.h"
#include "clienttestkit.h"
#include "labtestkit.h"

#include <QTest>
#include <QtEndian>

#include <algorithm>

using namespace sockscope;
using namespace sockscope::testkit;

namespace {

// Driver threshold for each way of running clients: -1 keeps every client on its own thread.
constexpr int kOwnThreads = 1000000;
constexpr int kDriver = 0;

ClientScript echoScript(const QString &name, const QByteArray &message)
{
    ClientScript s;
    s.name = name;
    s.steps = {step(StepKind::Connect), step(StepKind::Sleep, 20), sendStep(message),
               step(StepKind::Recv), step(StepKind::Close)};
    return s;
}

std::vector<EventKind> kindsOf(const Trace &trace, std::uint32_t actor)
{
    std::vector<EventKind> kinds;
    for (const auto &e : trace.events()) {
        if (e.actor == actor)
            kinds.push_back(e.kind);
    }
    return kinds;
}

const Event *firstOf(const Trace &trace, std::uint32_t actor, EventKind kind)
{
    for (const auto &e : trace.events()) {
        if (e.actor == actor && e.kind == kind)
            return &e;
    }
    return nullptr;
}

int countOf(const Trace &trace, std::uint32_t actor, EventKind kind)
{
    return int(std::count_if(trace.events().begin(), trace.events().end(),
                             [&](const Event &e) { return e.actor == actor && e.kind == kind; }));
}

void addModes()
{
    QTest::addColumn<int>("driverAbove");
    QTest::newRow("own threads") << kOwnThreads;
    QTest::newRow("epoll driver") << kDriver;
}

} // namespace

class TestClients : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void echoRoundTripInOwnLanes_data() { addModes(); }
    void echoRoundTripInOwnLanes()
    {
        QFETCH(int, driverAbove);
        EchoServer server;
        FleetHarness h(server.address());
        std::vector<ClientScript> scripts;
        for (int i = 1; i <= 3; ++i)
            scripts.push_back(echoScript(QStringLiteral("client %1").arg(i),
                                         QStringLiteral("hello from %1\n").arg(i).toUtf8()));
        QVERIFY(h.start(scripts, driverAbove));
        QCOMPARE(h.fleet->usesDriver(), driverAbove == kDriver);
        QVERIFY(waitUntil([&] { return h.fleet->allDone(); }));
        QVERIFY2(h.fleet->problems().isEmpty(),
                 qPrintable(h.fleet->problems().join(QLatin1Char('\n'))));

        TraceCollector c(h.recorder);
        const Trace &trace = c.collect();
        const auto actors = h.fleet->clientActors();
        QCOMPARE(int(actors.size()), 3);
        for (int i = 0; i < 3; ++i) {
            const auto actor = actors[std::size_t(i)];
            QCOMPARE(trace.actor(actor)->name, QStringLiteral("client %1").arg(i + 1));
            QCOMPARE(trace.actor(actor)->kind, ActorKind::Client);
            const std::vector<EventKind> expected = {EventKind::Socket,     EventKind::ConnectBegin,
                                                     EventKind::ConnectEnd, EventKind::Send,
                                                     EventKind::RecvBegin,  EventKind::RecvEnd,
                                                     EventKind::Close};
            QCOMPARE(kindsOf(trace, actor), expected);
            const Event *connected = firstOf(trace, actor, EventKind::ConnectEnd);
            QCOMPARE(connected->err, std::int16_t(0));
            QVERIFY(!trace.local(*connected).isNull());
            const QByteArray sent = QStringLiteral("hello from %1\n").arg(i + 1).toUtf8();
            QCOMPARE(trace.preview(*firstOf(trace, actor, EventKind::Send)).toByteArray(), sent);
            QCOMPARE(trace.preview(*firstOf(trace, actor, EventKind::RecvEnd)).toByteArray(), sent);
        }
        // The server side finds each accepted peer in its client's lane.
        const auto peers = server.peers();
        QCOMPARE(int(peers.size()), 3);
        std::vector<std::uint32_t> owners;
        for (const auto &peer : peers)
            owners.push_back(h.peers.actorForPeer(peer));
        std::sort(owners.begin(), owners.end());
        QCOMPARE(owners, actors);
    }

    void driverLaneHoldsTheWaits()
    {
        EchoServer server;
        FleetHarness h(server.address());
        QVERIFY(h.start({echoScript(QStringLiteral("a"), "x")}, kDriver));
        QVERIFY(waitUntil([&] { return h.fleet->allDone(); }));
        TraceCollector c(h.recorder);
        const Trace &trace = c.collect();
        const auto driver = h.fleet->driverActor();
        QVERIFY(driver != 0);
        QCOMPARE(trace.actor(driver)->name, QStringLiteral("client driver"));
        QVERIFY(countOf(trace, driver, EventKind::WaitBegin) >= 1);
        const auto client = h.fleet->clientActors().front();
        QCOMPARE(countOf(trace, client, EventKind::WaitBegin), 0);
        // The client's connect is one span: begun by connect(), ended when epoll said writable.
        const Event *begin = firstOf(trace, client, EventKind::ConnectBegin);
        const Event *end = firstOf(trace, client, EventKind::ConnectEnd);
        QVERIFY(begin && end && begin->tNs <= end->tNs);
        QCOMPARE(countOf(trace, client, EventKind::ConnectEnd), 1);
    }

    void framingPiecesAndPartialReads_data() { addModes(); }
    void framingPiecesAndPartialReads()
    {
        QFETCH(int, driverAbove);
        EchoServer server;
        FleetHarness h(server.address());
        ClientScript s;
        s.name = QStringLiteral("framer");
        ClientStep pieces = sendStep("abcdefghi", StepKind::SendPieces);
        pieces.pieces = 3;
        pieces.ms = 5;
        ClientStep exactly = step(StepKind::RecvExactly);
        exactly.count = 9;
        ClientStep until = step(StepKind::RecvUntil);
        until.delimiter = "\n";
        ClientStep exactlyRest = step(StepKind::RecvExactly);
        exactlyRest.count = 4;
        s.steps = {step(StepKind::Connect),
                   pieces,
                   exactly,
                   sendStep("one\ntwo\n"),
                   until,
                   exactlyRest,
                   step(StepKind::ShutdownWrite),
                   step(StepKind::Recv),
                   step(StepKind::Close)};
        QVERIFY(h.start({s}, driverAbove));
        QVERIFY(waitUntil([&] { return h.fleet->allDone(); }));
        QVERIFY2(h.fleet->problems().isEmpty(),
                 qPrintable(h.fleet->problems().join(QLatin1Char('\n'))));
        TraceCollector c(h.recorder);
        const Trace &trace = c.collect();
        const auto actor = h.fleet->clientActors().front();
        QByteArray sent;
        QByteArray received;
        int sends = 0;
        for (const auto &e : trace.events()) {
            if (e.actor != actor)
                continue;
            if (e.kind == EventKind::Send) {
                ++sends;
                sent += trace.preview(e).toByteArray();
            } else if (e.kind == EventKind::RecvEnd) {
                received += trace.preview(e).toByteArray();
            }
        }
        QCOMPARE(sends, 4); // three pieces, then one line pair
        QCOMPARE(sent, QByteArray("abcdefghione\ntwo\n"));
        QCOMPARE(received, QByteArray("abcdefghione\ntwo\n"));
        // After shutdown(SHUT_WR) the echo server closes: the last recv returns 0.
        const auto kinds = kindsOf(trace, actor);
        const auto shutdownAt = std::find(kinds.begin(), kinds.end(), EventKind::Shutdown);
        QVERIFY(shutdownAt != kinds.end());
        Event lastRecv;
        for (const auto &e : trace.events()) {
            if (e.actor == actor && e.kind == EventKind::RecvEnd)
                lastRecv = e;
        }
        QCOMPARE(lastRecv.bytes, 0);
    }

    void stepByHandHoldsEveryStep_data() { addModes(); }
    void stepByHandHoldsEveryStep()
    {
        QFETCH(int, driverAbove);
        EchoServer server;
        FleetHarness h(server.address(), 1.0, true);
        QVERIFY(h.start(
            {echoScript(QStringLiteral("first"), "1"), echoScript(QStringLiteral("second"), "2")},
            driverAbove));
        const auto actors = h.fleet->clientActors();
        QVERIFY(waitUntil([&] { return h.gate.waiting().size() == 2; }));
        TraceCollector c(h.recorder);
        // Holding is not a system call: nothing is recorded while both hold.
        QCOMPARE(c.collect().size(), driverAbove == kDriver ? c.count(EventKind::EpollCtl) +
                                                                  c.count(EventKind::WaitBegin) +
                                                                  c.count(EventKind::WaitEnd)
                                                            : 0);
        QCOMPARE(c.count(EventKind::Socket), 0);
        QCOMPARE(h.fleet->nextStepOf(actors[0]), QStringLiteral("connect"));

        // Release only the second: it connects and holds again before its sleep.
        QVERIFY(h.gate.release(actors[1]));
        QVERIFY(c.waitFor([&](const Event &e) {
            return e.actor == actors[1] && e.kind == EventKind::ConnectEnd;
        }));
        QVERIFY(waitUntil([&] {
            return h.gate.waiting().size() == 2 &&
                   h.fleet->nextStepOf(actors[1]) == QStringLiteral("sleep 20 ms");
        }));
        QCOMPARE(c.count(EventKind::Socket, actors[0]), 0);
        // The one that has waited longest goes first.
        QCOMPARE(h.gate.waiting().front(), actors[0]);

        for (int guard = 0; guard < 100 && !h.fleet->allDone(); ++guard) {
            waitUntil([&] { return !h.gate.waiting().empty() || h.fleet->allDone(); });
            h.gate.releaseNext();
        }
        QVERIFY(waitUntil([&] { return h.fleet->allDone(); }));
        QVERIFY2(h.fleet->problems().isEmpty(),
                 qPrintable(h.fleet->problems().join(QLatin1Char('\n'))));
        QCOMPARE(c.count(EventKind::RecvEnd), 2);
    }

    void waitReleaseStepHoldsUntilReleased_data() { addModes(); }
    void waitReleaseStepHoldsUntilReleased()
    {
        QFETCH(int, driverAbove);
        EchoServer server;
        FleetHarness h(server.address());
        ClientScript s = echoScript(QStringLiteral("held"), "after release");
        s.steps.insert(s.steps.begin() + 1, step(StepKind::WaitRelease));
        QVERIFY(h.start({s}, driverAbove));
        const auto actor = h.fleet->clientActors().front();
        QVERIFY(waitUntil([&] { return h.gate.waiting() == std::vector<std::uint32_t>{actor}; }));
        TraceCollector c(h.recorder);
        QCOMPARE(c.count(EventKind::ConnectEnd, actor), 1);
        QCOMPARE(c.count(EventKind::Send, actor), 0);
        QCOMPARE(h.fleet->nextStepOf(actor), QStringLiteral("wait for release"));
        h.gate.releaseNext();
        QVERIFY(waitUntil([&] { return h.fleet->allDone(); }));
        QCOMPARE(c.count(EventKind::Send, actor), 1);
        QCOMPARE(c.count(EventKind::RecvEnd, actor), 1);
    }

    void stopMidFlightLeavesNothing_data() { addModes(); }
    void stopMidFlightLeavesNothing()
    {
        QFETCH(int, driverAbove);
        EchoServer silent(SOCK_STREAM, true);
        const Resources before = steadyResources();
        {
            FleetHarness h(silent.address());
            std::vector<ClientScript> scripts;
            for (int i = 0; i < 3; ++i)
                scripts.push_back(echoScript(QStringLiteral("c%1").arg(i), "no answer"));
            ClientScript sleeper;
            sleeper.name = QStringLiteral("sleeper");
            sleeper.steps = {step(StepKind::Connect), step(StepKind::Sleep, 600000)};
            scripts.push_back(sleeper);
            ClientScript late; // starts long after the stop
            late.name = QStringLiteral("late");
            late.startMs = 600000;
            late.steps = {step(StepKind::Connect)};
            scripts.push_back(late);
            QVERIFY(h.start(scripts, driverAbove));
            TraceCollector c(h.recorder);
            // Blocked in recv (own threads) or waiting for epoll (driver) with nothing to read.
            QVERIFY(c.waitFor([](const Event &e) { return e.kind == EventKind::Send; }, 3));
            QVERIFY(waitUntil([&] { return silent.accepted() == 4; }));
            h.shutDown();
            QVERIFY(h.fleet->allDone());
            QVERIFY(h.fleet->problems().isEmpty()); // a stop is not a client failure
            c.collect();
            // Every socket a client opened was closed.
            QCOMPARE(c.count(EventKind::Close) - (driverAbove == kDriver ? 1 : 0),
                     c.count(EventKind::Socket));
        }
        QVERIFY2(settlesTo(before),
                 qPrintable(Resources::now().text() + QStringLiteral(" vs ") + before.text()));
    }

    // A datagram client waits in recvfrom() for a reply that never comes.
    void stopWakesAWaitingDatagramClient_data() { addModes(); }
    void stopWakesAWaitingDatagramClient()
    {
        QFETCH(int, driverAbove);
        EchoServer silent(SOCK_DGRAM, true);
        const Resources before = steadyResources();
        {
            FleetHarness h(silent.address());
            ClientScript s = echoScript(QStringLiteral("waiting"), "anyone?");
            s.udp = true;
            QVERIFY(h.start({s}, driverAbove));
            TraceCollector c(h.recorder);
            QVERIFY(c.waitForKind(EventKind::Sendto));
            if (driverAbove != kDriver)
                QVERIFY(c.waitForKind(EventKind::RecvfromBegin));
            h.shutDown();
            QVERIFY(h.fleet->allDone());
            QCOMPARE(c.count(EventKind::Close, h.fleet->clientActors().front()), 1);
        }
        QVERIFY2(settlesTo(before),
                 qPrintable(Resources::now().text() + QStringLiteral(" vs ") + before.text()));
    }

    void refusedConnectFailsTheClient_data() { addModes(); }
    void refusedConnectFailsTheClient()
    {
        QFETCH(int, driverAbove);
        // Bound, not listening: the kernel answers the SYN with a reset.
        sockaddr_in sa{};
        const int closed = boundLoopbackSocket(SOCK_STREAM, &sa);
        QVERIFY(closed >= 0);
        {
            FleetHarness h({0x7f000001u, ntohs(sa.sin_port)});
            QVERIFY(h.start({echoScript(QStringLiteral("refused"), "x")}, driverAbove));
            QVERIFY(waitUntil([&] { return h.fleet->allDone(); }));
            QCOMPARE(h.fleet->problems().size(), 1);
            QVERIFY(h.fleet->problems().front().contains(QStringLiteral("refused")));
            TraceCollector c(h.recorder);
            const auto actor = h.fleet->clientActors().front();
            const Event *end = firstOf(c.collect(), actor, EventKind::ConnectEnd);
            QVERIFY(end);
            QCOMPARE(int(end->err), ECONNREFUSED);
            QCOMPARE(c.count(EventKind::Send, actor), 0);
            QCOMPARE(c.count(EventKind::Close, actor), 1);
        }
        ::close(closed);
    }

    void udpClientUsesDatagrams_data() { addModes(); }
    void udpClientUsesDatagrams()
    {
        QFETCH(int, driverAbove);
        EchoServer server(SOCK_DGRAM);
        FleetHarness h(server.address());
        ClientScript s = echoScript(QStringLiteral("udp"), "ping");
        s.udp = true;
        QVERIFY(h.start({s}, driverAbove));
        QVERIFY(waitUntil([&] { return h.fleet->allDone(); }));
        QVERIFY2(h.fleet->problems().isEmpty(),
                 qPrintable(h.fleet->problems().join(QLatin1Char('\n'))));
        TraceCollector c(h.recorder);
        const Trace &trace = c.collect();
        const auto actor = h.fleet->clientActors().front();
        const std::vector<EventKind> expected = {EventKind::Socket, EventKind::Sendto,
                                                 EventKind::RecvfromBegin, EventKind::RecvfromEnd,
                                                 EventKind::Close};
        QCOMPARE(kindsOf(trace, actor), expected);
        const Event *reply = firstOf(trace, actor, EventKind::RecvfromEnd);
        QCOMPARE(trace.preview(*reply).toByteArray(), QByteArray("ping"));
        QCOMPARE(reply->peer(), server.address());
    }

    void manyClientsShareOneDriverThread()
    {
        EchoServer server;
        const int threadsBefore = threadCount();
        FleetHarness h(server.address());
        std::vector<ClientScript> scripts;
        for (int i = 0; i < 300; ++i)
            scripts.push_back(echoScript(QStringLiteral("client %1").arg(i + 1), "hi"));
        QVERIFY(h.start(scripts)); // 300 > the default threshold of 200
        QVERIFY(h.fleet->usesDriver());
        QVERIFY(threadCount() <= threadsBefore + 1);
        QVERIFY(waitUntil([&] { return h.fleet->allDone(); }, 60000));
        QVERIFY2(h.fleet->problems().isEmpty(),
                 qPrintable(h.fleet->problems().join(QLatin1Char('\n'))));
        TraceCollector c(h.recorder);
        QCOMPARE(c.count(EventKind::RecvEnd), 300);
        QCOMPARE(int(c.find([](const Event &e) {
                          return e.kind == EventKind::ConnectEnd && e.err == 0;
                      }).size()),
                 300);
        QCOMPARE(server.accepted(), 300);
    }

    void unknownPeerGetsOneExternalLane()
    {
        Recorder recorder;
        PeerDirectory peers(recorder);
        const Endpoint outside{0x7f000001u, 5555};
        const auto first = peers.actorForPeer(outside);
        QCOMPARE(peers.actorForPeer(outside), first);
        const Actor actor = recorder.actorSnapshot(first);
        QCOMPARE(actor.name, QStringLiteral("external 127.0.0.1:5555"));
        QVERIFY(actor.external);
        QCOMPARE(actor.kind, ActorKind::Client);
        QVERIFY(peers.actorForPeer({0x7f000001u, 5556}) != first);
    }

    void lookupFindsAClientWhoseCallHasNotReturned_data()
    {
        QTest::addColumn<int>("type");
        QTest::newRow("connect") << int(SOCK_STREAM);
        QTest::newRow("first sendto") << int(SOCK_DGRAM);
    }

    // A loaded machine can keep a client from running between its connect() (first sendto())
    // and its endConnect() for as long as it likes, while the server accepts the connection
    // (reads the datagram) and looks its peer up: the lookup finds the client by its socket,
    // at once, and an unannounced peer is still an outside one.
    void lookupFindsAClientWhoseCallHasNotReturned()
    {
        QFETCH(int, type);
        Recorder recorder;
        PeerDirectory peers(recorder);
        sockaddr_in sa{};
        const int server = boundLoopbackSocket(type, &sa);
        QVERIFY(server >= 0);
        if (type == SOCK_STREAM)
            QCOMPARE(::listen(server, 4), 0);
        // One socket's call from a client: the peer the server then sees.
        auto arrive = [&](int client) {
            sockaddr_in from{};
            socklen_t fromLen = sizeof from;
            int accepted = -1;
            if (type == SOCK_STREAM) {
                if (::connect(client, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0)
                    return Endpoint{};
                accepted =
                    ::accept4(server, reinterpret_cast<sockaddr *>(&from), &fromLen, SOCK_CLOEXEC);
                ::close(accepted);
            } else {
                char byte = 'x';
                if (::sendto(client, &byte, 1, 0, reinterpret_cast<sockaddr *>(&sa), sizeof sa) !=
                        1 ||
                    ::recvfrom(server, &byte, 1, 0, reinterpret_cast<sockaddr *>(&from),
                               &fromLen) != 1)
                    return Endpoint{};
            }
            return Endpoint{ntohl(from.sin_addr.s_addr), ntohs(from.sin_port)};
        };
        const int client = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
        const int outsider = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
        peers.beginConnect(client, 42);
        const Endpoint peer = arrive(client);
        QVERIFY(!peer.isNull());
        QCOMPARE(peers.actorForPeer(peer), 42u); // before the client's endConnect()
        const Endpoint stranger = arrive(outsider);
        QVERIFY(!stranger.isNull());
        const std::uint32_t external = peers.actorForPeer(stranger);
        QVERIFY(external != 42u);
        QVERIFY(recorder.actorSnapshot(external).external);
        peers.endConnect(client, Syscalls::localAddress(client));
        QCOMPARE(peers.actorForPeer(peer), 42u);
        QCOMPARE(peers.actorForPeer(stranger), external);
        ::close(client);
        ::close(outsider);
        ::close(server);
    }

    void payloadsAndDescriptions()
    {
        QCOMPARE(fillerBytes(40), QByteArray("abcdefghijklmnopqrstuvwxyz0123456789abcd"));
        const auto pieces = splitIntoPieces("abcdefgh", 3);
        QCOMPARE(int(pieces.size()), 3);
        QCOMPARE(pieces[0] + pieces[1] + pieces[2], QByteArray("abcdefgh"));
        QCOMPARE(int(splitIntoPieces("ab", 5).size()), 2); // never an empty piece

        ServerOptions server;
        ClientStep framed = sendStep("hello", StepKind::SendFramed);
        server.protocol = Protocol::LengthPrefixed;
        const QByteArray prefixed = stepPayload(framed, server);
        QCOMPARE(qFromBigEndian<quint32>(prefixed.constData()), 5u);
        QCOMPARE(prefixed.mid(4), QByteArray("hello"));
        server.protocol = Protocol::Delimited;
        QCOMPARE(stepPayload(framed, server), QByteArray("hello\n"));
        server.protocol = Protocol::FixedLength;
        server.fixedLength = 8;
        QCOMPARE(stepPayload(framed, server), QByteArray("hello   "));

        QCOMPARE(describeStep(sendStep("hi\n"), false), QStringLiteral("send \"hi\\n\""));
        QCOMPARE(describeStep(sendStep("hi"), true), QStringLiteral("sendto \"hi\""));
        QCOMPARE(describeStep(step(StepKind::Sleep, 300), false), QStringLiteral("sleep 300 ms"));
    }
};

QTEST_GUILESS_MAIN(TestClients)
#include "tst_clients.moc"
