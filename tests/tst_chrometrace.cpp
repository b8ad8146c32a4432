#include "analysis/wakeups.h"
#include "trace/chrometrace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace sockscope;

namespace {

// A thread-per-client run in miniature: main accepts, spawns a worker that recv()s;
// the client connects, then sends, then closes.
Trace miniRun()
{
    Trace t;
    t.model = QStringLiteral("threaded");
    const auto main =
        t.addActor({0, ActorKind::Thread, QStringLiteral("main"), 100, 100, 0, false});
    const auto worker =
        t.addActor({0, ActorKind::Thread, QStringLiteral("worker 1"), 100, 102, main, false});
    const auto client =
        t.addActor({0, ActorKind::Client, QStringLiteral("client 1"), 100, 101, 0, false});
    const Endpoint server{0x7f000001, 5000};
    const Endpoint clientAddr{0x7f000001, 50500};
    auto add = [&](std::int64_t t0, std::uint32_t actor, EventKind kind, int fd = -1,
                   QByteArray payloadBytes = {}) {
        Event e;
        e.tNs = t0;
        e.actor = actor;
        e.kind = kind;
        e.fd = fd;
        if (kind == EventKind::Send)
            e.bytes = int(payloadBytes.size());
        return t.append(e, payloadBytes);
    };
    add(0, main, EventKind::AcceptBegin, 3);
    add(10, client, EventKind::ConnectBegin, 7);
    {
        Event e;
        e.tNs = 20;
        e.actor = client;
        e.kind = EventKind::ConnectEnd;
        e.fd = 7;
        e.setPeer(server);
        t.append(e, payload::encodeEndpoint(clientAddr));
    }
    {
        Event e;
        e.tNs = 30;
        e.actor = main;
        e.kind = EventKind::AcceptEnd;
        e.fd = 3;
        e.newFd = 4;
        e.setPeer(clientAddr);
        t.append(e);
    }
    {
        Event e;
        e.tNs = 40;
        e.actor = main;
        e.kind = EventKind::ThreadSpawn;
        e.childActor = worker;
        t.append(e);
    }
    add(50, worker, EventKind::RecvBegin, 4);
    add(60, client, EventKind::Send, 7, QByteArray("hi"));
    {
        Event e;
        e.tNs = 70;
        e.actor = worker;
        e.kind = EventKind::RecvEnd;
        e.fd = 4;
        e.bytes = 2;
        t.append(e, QByteArray("hi"));
    }
    add(80, worker, EventKind::RecvBegin, 4);
    add(90, client, EventKind::Close, 7);
    {
        Event e;
        e.tNs = 100;
        e.actor = worker;
        e.kind = EventKind::RecvEnd;
        e.fd = 4;
        e.bytes = 0;
        t.append(e);
    }
    add(110, main, EventKind::AcceptBegin, 3); // still blocked when the trace ends
    return t;
}

} // namespace

class TestChromeTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wakeUpsLinkClientToServer()
    {
        const Trace t = miniRun();
        const auto wakeups = findWakeUps(t);
        QCOMPARE(wakeups.size(), std::size_t(3));
        // connect -> accept, send -> recv, close -> recv of 0 bytes; all were blocked.
        QCOMPARE(t.at(wakeups[0].from).kind, EventKind::ConnectEnd);
        QCOMPARE(t.at(wakeups[0].to).kind, EventKind::AcceptEnd);
        QCOMPARE(t.at(wakeups[1].from).kind, EventKind::Send);
        QCOMPARE(t.at(wakeups[1].to).bytes, 2);
        QCOMPARE(t.at(wakeups[2].from).kind, EventKind::Close);
        QCOMPARE(t.at(wakeups[2].to).bytes, 0);
        for (const auto &w : wakeups)
            QVERIFY(w.unblocked);
    }

    void wakeUpsDoNotDependOnWhoWasRecordedFirst()
    {
        // A client's event is stamped when its call returns, so the server's accept/recv is
        // often recorded first. Rebuild the mini run with every client act a little late.
        const Trace original = miniRun();
        Trace late;
        for (const Actor &a : original.actors())
            late.addActor(a);
        for (const Event &e : original.events()) {
            Event moved = e;
            if (original.actor(e.actor)->kind == ActorKind::Client)
                moved.tNs += 15; // past the server call it woke
            late.append(moved, original.payloadOf(e));
        }
        const auto wakeups = findWakeUps(late);
        QCOMPARE(wakeups.size(), std::size_t(3));
        for (const auto &w : wakeups) {
            QCOMPARE(late.actor(late.at(w.from).actor)->kind, ActorKind::Client);
            QVERIFY(late.at(w.to).tNs < late.at(w.from).tNs);
        }
    }

    void exportIsValidChromeJson()
    {
        const Trace t = miniRun();
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(chromeTraceJson(t), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray events = doc.object().value(QLatin1String("traceEvents")).toArray();
        QVERIFY(!events.isEmpty());
        int threadNames = 0, spans = 0, instants = 0, flowStarts = 0, flowEnds = 0;
        QStringList spanNames;
        for (const QJsonValue v : events) {
            const QJsonObject o = v.toObject();
            const QString ph = o.value(QLatin1String("ph")).toString();
            QVERIFY(o.contains(QLatin1String("pid")));
            if (ph == QLatin1String("M") &&
                o.value(QLatin1String("name")).toString() == QLatin1String("thread_name"))
                ++threadNames;
            else if (ph == QLatin1String("X")) {
                ++spans;
                spanNames << o.value(QLatin1String("name")).toString();
                QVERIFY(o.value(QLatin1String("dur")).toDouble() >= 0);
            } else if (ph == QLatin1String("i"))
                ++instants;
            else if (ph == QLatin1String("s"))
                ++flowStarts;
            else if (ph == QLatin1String("f"))
                ++flowEnds;
        }
        QCOMPARE(threadNames, 3);
        // accept, connect, recv, recv, and the accept still open at the end
        QCOMPARE(spans, 5);
        QVERIFY(spanNames.contains(QStringLiteral("accept(fd 3)")));
        QVERIFY(spanNames.contains(QStringLiteral("recv(fd 4)")));
        QCOMPARE(instants, 3);   // thread_spawn, send, close
        QCOMPARE(flowStarts, 4); // spawn + three wake-ups
        QCOMPARE(flowEnds, flowStarts);
    }
};

QTEST_GUILESS_MAIN(TestChromeTrace)
#include "tst_chrometrace.moc"
