// The run summary is computed from the trace alone: a hand-made trace with known times gives
// known numbers, and a saved trace gives the same numbers as the live one.

#include "analysis/summary.h"
#include "trace/tracefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cerrno>

using namespace sockscope;

namespace {

constexpr std::int64_t kMs = 1000000;

struct TraceBuilder
{
    Trace trace;
    std::uint32_t actor(ActorKind kind, const QString &name, bool external = false)
    {
        Actor a;
        a.kind = kind;
        a.name = name;
        a.external = external;
        return trace.addActor(a);
    }
    Event &add(std::int64_t tMs, std::uint32_t actor, EventKind kind)
    {
        Event e;
        e.tNs = tMs * kMs;
        e.actor = actor;
        e.kind = kind;
        m_pending.push_back(e);
        return m_pending.back();
    }
    void addConnected(std::int64_t tMs, std::uint32_t actor, Endpoint local)
    {
        Event e;
        e.tNs = tMs * kMs;
        e.actor = actor;
        e.kind = EventKind::ConnectEnd;
        trace.append(e, payload::encodeEndpoint(local));
    }
    void flush()
    {
        for (const auto &e : m_pending)
            trace.append(e);
        m_pending.clear();
    }

private:
    std::vector<Event> m_pending;
};

} // namespace

class TestSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbersFromAKnownTrace()
    {
        TraceBuilder b;
        b.trace.model = QStringLiteral("threaded");
        b.trace.scenario = QStringLiteral("made-up");
        const auto main = b.actor(ActorKind::Thread, QStringLiteral("main"));
        const auto worker = b.actor(ActorKind::Thread, QStringLiteral("worker 1"));
        const auto c1 = b.actor(ActorKind::Client, QStringLiteral("client 1"));
        const auto c2 = b.actor(ActorKind::Client, QStringLiteral("client 2"));
        const auto udp = b.actor(ActorKind::Client, QStringLiteral("udp 1"));
        const auto outside = b.actor(ActorKind::Client, QStringLiteral("external x"), true);
        const auto driver = b.actor(ActorKind::Client, QStringLiteral("client driver"));

        b.add(1, c1, EventKind::ConnectBegin);
        b.add(1, c2, EventKind::ConnectBegin);
        b.add(1, main, EventKind::WaitBegin);
        b.add(1, driver, EventKind::WaitBegin); // a client-side wait: not a server select
        b.add(2, c2, EventKind::ConnectEnd).err = ECONNREFUSED;
        b.add(2, c2, EventKind::Close);
        b.add(3, udp, EventKind::Sendto).bytes = 4;
        b.add(4, udp, EventKind::RecvfromEnd).bytes = 4;
        b.add(5, main, EventKind::AcceptEnd).childActor = c1;
        b.add(5, main, EventKind::AcceptEnd).childActor = outside;
        b.add(6, main, EventKind::ThreadSpawn).childActor = worker;
        b.add(6, main, EventKind::WaitBegin);
        b.add(7, main, EventKind::Fork).childPid = 100;
        b.add(7, main, EventKind::Fork).childPid = 101;
        b.add(8, main, EventKind::ProcessExit).childPid = 100;
        b.add(8, main, EventKind::ProcessExit).childPid = 101;
        b.add(9, main, EventKind::Reap).childPid = 100;
        b.add(9, main, EventKind::ProcessExit).childPid = 101; // seen twice: still one zombie
        b.add(10, c1, EventKind::RecvEnd).bytes = 0;           // no data: not a reply
        b.add(11, c1, EventKind::RecvEnd).bytes = 5;
        b.add(12, c1, EventKind::Close);
        b.add(13, worker, EventKind::WaitBegin);
        b.flush();
        b.addConnected(2, c1, {0x7f000001u, 40000});

        const RunSummary s = summarizeTrace(b.trace);
        QCOMPARE(s.model, QStringLiteral("threaded"));
        QCOMPARE(s.scenario, QStringLiteral("made-up"));
        QCOMPARE(s.clients, 3); // not the outside client, not the driver
        QCOMPARE(s.events, b.trace.size());
        QCOMPARE(s.threadsCreated, 1);
        QCOMPARE(s.processesCreated, 2);
        QCOMPARE(s.zombiesPeak, 2);
        QCOMPARE(s.selectCalls, 3);
        QCOMPARE(int(s.perClient.size()), 3);

        const ClientSummary &one = s.perClient[0];
        QCOMPARE(one.name, QStringLiteral("client 1"));
        QCOMPARE(*one.connectMs, 2.0);
        QCOMPARE(*one.firstReplyMs, 11.0);
        QCOMPARE(*one.doneMs, 12.0);
        QCOMPARE(*one.waitedMs, 3.0); // connected at 2, accepted at 5

        const ClientSummary &refused = s.perClient[1];
        QVERIFY(!refused.connectMs && !refused.firstReplyMs && !refused.waitedMs);
        QCOMPARE(*refused.doneMs, 2.0);

        const ClientSummary &datagrams = s.perClient[2];
        QCOMPARE(*datagrams.connectMs, 3.0);
        QCOMPARE(*datagrams.waitedMs, 1.0); // first datagram to first reply
        QCOMPARE(*s.makespanMs, 11.0);      // first client call at 1, last at 12

        const QJsonObject json = QJsonDocument::fromJson(summaryJson(s)).object();
        for (const char *key :
             {"model", "scenario", "clients", "events", "threads_created", "processes_created",
              "zombies_peak", "select_calls", "per_client", "makespan_ms"})
            QVERIFY2(json.contains(QLatin1String(key)), key);
        const QJsonObject refusedJson = json[QStringLiteral("per_client")].toArray()[1].toObject();
        QVERIFY(refusedJson[QStringLiteral("connect_ms")].isNull());
        QCOMPARE(refusedJson[QStringLiteral("name")].toString(), QStringLiteral("client 2"));
        for (const char *key : {"name", "connect_ms", "first_reply_ms", "done_ms", "waited_ms"})
            QVERIFY2(refusedJson.contains(QLatin1String(key)), key);
    }

    void savedTraceGivesTheSameSummary()
    {
        TraceBuilder b;
        const auto c = b.actor(ActorKind::Client, QStringLiteral("client 1"));
        const auto main = b.actor(ActorKind::Thread, QStringLiteral("main"));
        b.add(1, c, EventKind::ConnectBegin);
        b.add(3, main, EventKind::AcceptEnd).childActor = c;
        b.add(4, c, EventKind::RecvEnd).bytes = 2;
        b.flush();
        b.addConnected(2, c, {0x7f000001u, 40001});
        QString error;
        const auto reloaded = traceFromJson(traceToJson(b.trace), &error);
        QVERIFY2(reloaded, qPrintable(error));
        QCOMPARE(summaryJson(summarizeTrace(*reloaded)), summaryJson(summarizeTrace(b.trace)));
    }

    // The kernel's samples are the observer's, not the server's: they are no system calls, or
    // a longer run (more samples) would seem to make more calls.
    void kernelSamplesAreNoSystemCalls()
    {
        TraceBuilder b;
        const std::uint32_t server = b.actor(ActorKind::Thread, QStringLiteral("main"));
        const std::uint32_t kernel = b.actor(ActorKind::Kernel, QStringLiteral("kernel"));
        b.add(0, server, EventKind::Socket);
        b.add(1, server, EventKind::Listen);
        for (int i = 0; i < 5; ++i) {
            b.add(2 + i, kernel, EventKind::TcpState);
            b.add(2 + i, kernel, EventKind::Queues);
        }
        b.flush();
        QCOMPARE(summarizeTrace(b.trace).systemCalls, 2);
    }

    void emptyTrace()
    {
        const RunSummary s = summarizeTrace(Trace());
        QCOMPARE(s.clients, 0);
        QVERIFY(!s.makespanMs);
        QVERIFY(QJsonDocument::fromJson(summaryJson(s))
                    .object()[QStringLiteral("makespan_ms")]
                    .isNull());
    }
};

QTEST_GUILESS_MAIN(TestSummary)
#include "tst_summary.moc"
