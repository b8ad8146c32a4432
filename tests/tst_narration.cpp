// Narration: a plain sentence exists for every event kind under every model, succeeded or
// failed, and the sentences carry the facts of the event (descriptors, addresses, bytes).

#include "analysis/eventtext.h"
#include "analysis/narration.h"
#include "analysis/synthetictrace.h"
#include "models/modelinfo.h"

#include <QTest>

using namespace sockscope;

Q_DECLARE_METATYPE(sockscope::EventKind)

class TestNarration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKind_data()
    {
        QTest::addColumn<EventKind>("kind");
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("err");
        for (int k = 0; k < kEventKindCount; ++k) {
            for (const QString &model : modelNames()) {
                for (int err : {0, 111}) {
                    QTest::addRow("%s/%s/%d", eventKindName(EventKind(k)), qPrintable(model), err)
                        << EventKind(k) << model << err;
                }
            }
        }
    }

    void everyKind()
    {
        QFETCH(EventKind, kind);
        QFETCH(QString, model);
        QFETCH(int, err);
        Trace trace;
        trace.model = model;
        const auto server =
            trace.addActor({0, ActorKind::Thread, QStringLiteral("main"), 1, 1, 0, false});
        const auto child =
            trace.addActor({0, ActorKind::Process, QStringLiteral("child 2"), 2, 2, server, false});
        Event e;
        e.tNs = 1000;
        e.actor = kind == EventKind::ProcessExit ? child : server;
        e.kind = kind;
        e.fd = 3;
        e.bytes = 5;
        e.err = std::int16_t(kind == EventKind::Error || kind == EventKind::WouldBlock ? 11 : err);
        e.call = std::uint8_t(kind == EventKind::WouldBlock || kind == EventKind::Error
                                  ? std::uint8_t(EventKind::RecvBegin)
                                  : 0);
        if (kind == EventKind::WaitBegin || kind == EventKind::WaitEnd) {
            WaitSets sets;
            sets.readSet = {3, 4};
            sets.readyRead = {4};
            e.call = std::uint8_t(WaitMechanism::Select);
            trace.append(e, payload::encodeWaitSets(sets));
        } else if (kind == EventKind::RecvEnd || kind == EventKind::Send) {
            trace.append(e, QByteArrayView("<b>x"));
        } else {
            trace.append(e);
        }
        const QString text = narrate(trace, 0);
        QVERIFY2(!text.isEmpty(), eventKindName(kind));
        QVERIFY2(text.size() > 30, qPrintable(text)); // a sentence, not a label
        QVERIFY2(text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(')')),
                 qPrintable(text));
    }

    // A child the stop ended is not a call "on fd -1 that returned": it was ended by a
    // signal; one that exited by itself while the run was stopping keeps its own status.
    void stoppedChildEndSaysHow_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("said");
        QTest::newRow("killed by the stop") << -15 << QStringLiteral("ended by signal 15");
        QTest::newRow("exited by itself") << 0 << QStringLiteral("exited with status 0");
    }
    void stoppedChildEndSaysHow()
    {
        QFETCH(int, status);
        QFETCH(QString, said);
        Trace trace;
        const auto server =
            trace.addActor({0, ActorKind::Thread, QStringLiteral("main"), 1, 1, 0, false});
        const auto child =
            trace.addActor({0, ActorKind::Process, QStringLiteral("child 2"), 2, 2, server, false});
        Event e;
        e.tNs = 1000;
        e.actor = child;
        e.kind = EventKind::ProcessExit;
        e.childPid = 2;
        e.status = status;
        e.flags = kFlagStoppedByRun;
        trace.append(e);
        QVERIFY(trace.at(0).interruptedByStop());
        const QString text = narrate(trace, 0);
        QVERIFY2(text.contains(said), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("fd -1")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("returned")), qPrintable(text));
    }

    void acceptSaysWhoAndWhich()
    {
        const Trace trace = synthetic::selectLoop();
        qsizetype accept = -1;
        for (qsizetype i = 0; i < trace.size() && accept < 0; ++i)
            accept = trace.at(i).kind == EventKind::AcceptEnd ? i : -1;
        const QString text = narrate(trace, accept);
        QVERIFY2(text.contains(QStringLiteral("127.0.0.1:50500")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("fd 4")));
        QVERIFY(text.contains(QStringLiteral("fd 3")));
    }

    // asyncio: no task awaits the listening socket; the loop accepts on it itself. A wake-up
    // for the listener alone says so, one for a connection's socket resumes its task.
    void asyncioWakeUpSaysWhoIsResumed()
    {
        Trace trace = synthetic::selectLoop();
        trace.model = QStringLiteral("asyncio");
        int listenerOnly = 0;
        int connections = 0;
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const Event &e = trace.at(i);
            if (e.kind != EventKind::WaitEnd)
                continue;
            const WaitSets sets = trace.waitSets(e);
            const QString text = narrate(trace, i);
            if (sets.readyRead == QVector<int>{3}) {
                ++listenerOnly;
                QVERIFY2(!text.contains(QStringLiteral("resumes the task")), qPrintable(text));
                QVERIFY2(text.contains(QStringLiteral("the loop itself calls accept()")),
                         qPrintable(text));
            } else if (!sets.readyRead.isEmpty() && !sets.readyRead.contains(3)) {
                ++connections;
                QVERIFY2(text.contains(QStringLiteral("resumes the task that awaits each")),
                         qPrintable(text));
            }
        }
        QVERIFY(listenerOnly > 0);
        QVERIFY(connections > 0);
    }

    // asyncio's loop waiting on the listener alone, no timer: there is no task to be
    // suspended, and the narration does not say every task is.
    void asyncioWaitWithNoTask()
    {
        Trace trace = synthetic::selectLoop();
        trace.model = QStringLiteral("asyncio");
        int alone = 0;
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const Event &e = trace.at(i);
            if (e.kind != EventKind::WaitBegin)
                continue;
            const WaitSets sets = trace.waitSets(e);
            const QString text = narrate(trace, i);
            if (sets.readSet == QVector<int>{3}) {
                ++alone;
                QVERIFY2(text.contains(QStringLiteral("There is no task now")), qPrintable(text));
                QVERIFY2(!text.contains(QStringLiteral("Every task")), qPrintable(text));
            } else {
                QVERIFY2(text.contains(QStringLiteral("Every task is suspended now")),
                         qPrintable(text));
            }
        }
        QVERIFY(alone > 0);
    }

    // listen()'s backlog in Linux's words: one more than the backlog is queued.
    void listenSaysBacklogPlusOne_data()
    {
        QTest::addColumn<int>("backlog");
        QTest::addColumn<QString>("said");
        QTest::newRow("1") << 1 << QStringLiteral("up to 1 + 1 of them");
        QTest::newRow("0") << 0 << QStringLiteral("up to 0 + 1 of them");
        QTest::newRow("negative") << -1 << QStringLiteral("negative backlog");
    }
    void listenSaysBacklogPlusOne()
    {
        QFETCH(int, backlog);
        QFETCH(QString, said);
        Trace trace;
        const auto server =
            trace.addActor({0, ActorKind::Thread, QStringLiteral("main"), 1, 1, 0, false});
        Event e;
        e.tNs = 1000;
        e.actor = server;
        e.kind = EventKind::Listen;
        e.fd = 3;
        e.bytes = backlog;
        trace.append(e);
        const QString text = narrate(trace, 0);
        QVERIFY2(text.contains(said), qPrintable(text));
    }

    // connect() returns when the kernels finish the handshake, which needs no accept(): the
    // sentence says where the connection is on the server's side as far as the trace shows.
    void connectEndSaysWhetherAcceptReturnedIt_data()
    {
        QTest::addColumn<bool>("serverInTrace");
        QTest::addColumn<bool>("acceptedBefore");
        QTest::addColumn<bool>("closedBefore");
        QTest::addColumn<bool>("forkedBefore");
        QTest::addColumn<QString>("said");
        QTest::newRow("queued") << true << false << false << false
                                << QStringLiteral("No accept() has returned it yet: until one "
                                                  "does, the finished connection waits in the "
                                                  "accept queue of the listening socket fd 3 of "
                                                  "main.");
        QTest::newRow("accepted first")
            << true << true << false << false
            << QStringLiteral("accept() has already returned this connection: main holds it "
                              "as fd 4.");
        QTest::newRow("accepted and closed")
            << true << true << true << false
            << QStringLiteral("accept() has already returned this connection, and main has "
                              "closed it since (fd 4).");
        // A forked child's copy is not the one accept() returned, until it is the only one.
        QTest::newRow("accepted, then forked")
            << true << true << false << true
            << QStringLiteral("accept() has already returned this connection: main holds it "
                              "as fd 4.");
        QTest::newRow("forked, and the parent's copy closed")
            << true << true << true << true
            << QStringLiteral("accept() has already returned this connection: child 77 holds "
                              "it as fd 4.");
        QTest::newRow("no server") << false << false << false << false
                                   << QStringLiteral("The server is not in this trace");
    }
    void connectEndSaysWhetherAcceptReturnedIt()
    {
        QFETCH(bool, serverInTrace);
        QFETCH(bool, acceptedBefore);
        QFETCH(bool, closedBefore);
        QFETCH(bool, forkedBefore);
        QFETCH(QString, said);
        Trace trace;
        const auto server =
            trace.addActor({0, ActorKind::Thread, QStringLiteral("main"), 1, 1, 0, false});
        const auto client =
            trace.addActor({0, ActorKind::Client, QStringLiteral("client 1"), 1, 2, 0, false});
        const auto child =
            trace.addActor({0, ActorKind::Process, QStringLiteral("child 77"), 77, 77, 0, false});
        const Endpoint listening{0x7f000001, 50000};
        const Endpoint clientEnd{0x7f000001, 41000};
        std::int64_t t = 1000;
        auto add = [&](std::uint32_t actor, EventKind kind, int fd, Endpoint peer,
                       QByteArray payload = {}) {
            Event e;
            e.tNs = t += 1000;
            e.actor = actor;
            e.kind = kind;
            e.fd = fd;
            e.setPeer(peer);
            if (kind == EventKind::AcceptEnd)
                e.newFd = 4;
            trace.append(e, payload);
        };
        if (serverInTrace) {
            add(server, EventKind::Socket, 3, {});
            add(server, EventKind::Bind, 3, listening);
            add(server, EventKind::Listen, 3, {});
        }
        add(client, EventKind::ConnectBegin, 5, listening);
        if (acceptedBefore) {
            add(server, EventKind::AcceptBegin, 3, {});
            add(server, EventKind::AcceptEnd, 3, clientEnd);
        }
        if (forkedBefore) {
            Event fork;
            fork.tNs = t += 1000;
            fork.actor = server;
            fork.kind = EventKind::Fork;
            fork.childActor = child;
            fork.childPid = 77;
            trace.append(fork);
        }
        if (closedBefore)
            add(server, EventKind::Close, 4, {});
        add(client, EventKind::ConnectEnd, 5, listening, payload::encodeEndpoint(clientEnd));
        const QString text = narrate(trace, trace.size() - 1);
        QVERIFY2(text.startsWith(QStringLiteral("connect() returned: the handshake is done and "
                                                "client 1 is connected as 127.0.0.1:41000.")),
                 qPrintable(text));
        QVERIFY2(text.contains(said), qPrintable(text));
    }

    void forkingCloseTellsCopiesApart()
    {
        const Trace trace = synthetic::forkingWithZombies();
        bool parentCopy = false, childListener = false, zombie = false;
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const QString text = narrate(trace, i);
            QVERIFY(!text.isEmpty());
            parentCopy |= text.contains(QStringLiteral("child still holds its own copy"));
            childListener |= text.contains(QStringLiteral("copy of the listening socket"));
            zombie |= text.contains(QStringLiteral("zombie"));
        }
        QVERIFY(parentCopy);
        QVERIFY(childListener);
        QVERIFY(zombie);
    }

    void networkBytesStayEscaped()
    {
        Trace trace;
        trace.model = QStringLiteral("threaded");
        const auto a =
            trace.addActor({0, ActorKind::Thread, QStringLiteral("worker 1"), 1, 2, 0, false});
        Event e;
        e.actor = a;
        e.kind = EventKind::RecvEnd;
        e.fd = 4;
        e.bytes = 12;
        trace.append(e, QByteArrayView("<i>hi</i>\r\n\x01"));
        const QString text = narrate(trace, 0);
        QVERIFY2(text.contains(QStringLiteral("\\r\\n\\x01")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1Char('\n')));
    }

    // A bidirectional control in a name (a scenario's client, a trace from anyone) must not
    // reverse the sentence it is shown in, nor the event log's actor column.
    void bidiControlsInNamesAreEscaped_data()
    {
        QTest::addColumn<int>("control");
        for (int c : {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069,
                      0x200E, 0x200F, 0x061C})
            QTest::addRow("U+%04X", c) << c;
    }
    void bidiControlsInNamesAreEscaped()
    {
        QFETCH(int, control);
        const QString name =
            QStringLiteral("client ") + QChar(char16_t(control)) + QStringLiteral("evil");
        Trace trace;
        trace.model = QStringLiteral("threaded");
        const auto a = trace.addActor({0, ActorKind::Client, name, 1, 2, 0, false});
        Event e;
        e.actor = a;
        e.kind = EventKind::Close;
        e.fd = 3;
        trace.append(e);
        const QString escaped = QStringLiteral("\\u%1").arg(control, 4, 16, QLatin1Char('0'));
        for (const QString &text : {narrate(trace, 0), eventtext::actor(trace, a)}) {
            QVERIFY2(!text.contains(QChar(char16_t(control))), qPrintable(text));
            QVERIFY2(text.contains(escaped), qPrintable(text));
            QVERIFY2(text.contains(QStringLiteral("evil")), qPrintable(text));
        }
    }
};

QTEST_GUILESS_MAIN(TestNarration)
#include "tst_narration.moc"
