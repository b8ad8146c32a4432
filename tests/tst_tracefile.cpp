#include "trace/filekind.h"
#include "trace/linetag.h"
#include "trace/tracefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sockscope;

namespace {

Trace sampleTrace()
{
    Trace t;
    t.scenario = QStringLiteral("three-clients");
    t.model = QStringLiteral("select");
    const auto main =
        t.addActor({0, ActorKind::Thread, QStringLiteral("main"), 100, 100, 0, false});
    const auto client =
        t.addActor({0, ActorKind::Client, QStringLiteral("client 1"), 100, 101, 0, false});
    const auto ext =
        t.addActor({0, ActorKind::Client, QStringLiteral("external \"nc\""), 0, 0, 0, true});
    Q_UNUSED(ext);
    Event e;
    e.actor = main;
    e.kind = EventKind::Socket;
    e.fd = 3;
    e.line = toLine(LineTag::Socket);
    t.append(e);
    e.tNs = 10;
    e.kind = EventKind::Bind;
    e.setPeer({0x7f000001, 5000});
    t.append(e);
    e.tNs = 20;
    e.kind = EventKind::Listen;
    e.bytes = 5;
    e.setPeer({});
    t.append(e);
    Event w;
    w.tNs = 30;
    w.actor = main;
    w.kind = EventKind::WaitBegin;
    w.call = std::uint8_t(WaitMechanism::Select);
    WaitSets sets;
    sets.readSet = {3, 5, 6};
    sets.timeoutMs = -1;
    t.append(w, payload::encodeWaitSets(sets));
    Event c;
    c.tNs = 35;
    c.actor = client;
    c.kind = EventKind::ConnectEnd;
    c.fd = 7;
    c.setPeer({0x7f000001, 5000});
    t.append(c, payload::encodeEndpoint({0x7f000001, 50500}));
    w.tNs = 40;
    w.kind = EventKind::WaitEnd;
    sets.readyRead = {3};
    t.append(w, payload::encodeWaitSets(sets));
    Event r;
    r.tNs = 50;
    r.actor = main;
    r.kind = EventKind::RecvEnd;
    r.fd = 5;
    r.bytes = 8;
    r.line = toLine(LineTag::Recv);
    t.append(r, QByteArrayView("<b>\x01\xff\n\\x", 8));
    Event x;
    x.tNs = 60;
    x.actor = main;
    x.kind = EventKind::ProcessExit;
    x.childPid = 4711;
    x.status = -9;
    t.append(x);
    Event rp;
    rp.tNs = 61;
    rp.actor = main;
    rp.kind = EventKind::Reap;
    rp.childPid = 4711;
    rp.call = std::uint8_t(ReapPolicy::OnAccept);
    t.append(rp);
    Event wb;
    wb.tNs = 62;
    wb.actor = main;
    wb.kind = EventKind::WouldBlock;
    wb.fd = 5;
    wb.err = 11;
    wb.call = std::uint8_t(EventKind::RecvBegin);
    t.append(wb);
    // The kernel's figure before a call: two connections queued; and one that found nothing.
    Event ab;
    ab.tNs = 63;
    ab.actor = main;
    ab.kind = EventKind::AcceptBegin;
    ab.fd = 3;
    ab.bytes = 2;
    ab.flags = kFlagProbed | kFlagReadyAtCall;
    t.append(ab);
    Event ae;
    ae.tNs = 64;
    ae.actor = main;
    ae.kind = EventKind::AcceptEnd;
    ae.fd = 3;
    ae.newFd = 8;
    t.append(ae);
    ab.tNs = 65;
    ab.bytes = 0;
    ab.flags = kFlagProbed;
    t.append(ab);
    // The stop woke it: EINVAL from the kernel, flagged as the stop.
    ae.tNs = 66;
    ae.newFd = -1;
    ae.err = 22;
    ae.flags = kFlagStoppedByRun;
    t.append(ae);
    // select() refused a descriptor: the error event carries the explanation.
    Event er;
    er.tNs = 67;
    er.actor = main;
    er.kind = EventKind::Error;
    er.fd = 1024;
    er.err = 22;
    er.call = std::uint8_t(EventKind::WaitBegin);
    t.append(er, QByteArrayView("descriptor 1024 is >= FD_SETSIZE (1024): select() cannot "
                                "watch it, so the connection is closed; \"quoted\" \u00e9"));
    return t;
}

void compareTraces(const Trace &a, const Trace &b)
{
    QCOMPARE(b.scenario, a.scenario);
    QCOMPARE(b.model, a.model);
    QCOMPARE(b.actors().size(), a.actors().size());
    for (std::size_t i = 0; i < a.actors().size(); ++i)
        QVERIFY(a.actors()[i] == b.actors()[i]);
    QCOMPARE(b.size(), a.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        const Event &x = a.at(i);
        const Event &y = b.at(i);
        QCOMPARE(y.tNs, x.tNs);
        QCOMPARE(y.actor, x.actor);
        QCOMPARE(int(y.kind), int(x.kind));
        QCOMPARE(y.fd, x.fd);
        QCOMPARE(y.newFd, x.newFd); // shares storage with childPid
        QCOMPARE(y.bytes, x.bytes);
        QCOMPARE(y.err, x.err);
        QCOMPARE(y.childPid, x.childPid);
        QCOMPARE(y.status, x.status); // shares storage with childActor
        QCOMPARE(y.call, x.call);
        QCOMPARE(y.line, x.line);
        QCOMPARE(y.flags, x.flags);
        QVERIFY(y.peer() == x.peer());
        QCOMPARE(b.preview(y).toByteArray(), a.preview(x).toByteArray());
        QVERIFY(b.waitSets(y) == a.waitSets(x));
        QVERIFY(b.local(y) == a.local(x));
        QCOMPARE(b.errorMessage(y).toByteArray(), a.errorMessage(x).toByteArray());
    }
}

} // namespace

class TestTraceFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripInMemory()
    {
        const Trace original = sampleTrace();
        QString error;
        const auto loaded = traceFromJson(traceToJson(original), &error);
        QVERIFY2(loaded, qPrintable(error));
        compareTraces(original, *loaded);
    }

    void roundTripThroughFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run.json"));
        const Trace original = sampleTrace();
        QString error;
        QVERIFY2(saveTraceFile(original, path, &error), qPrintable(error));
        const auto loaded = loadTraceFile(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        compareTraces(original, *loaded);
    }

    // asyncio's task events keep what they say: the task lane, what it awaits, its sleep and
    // how it ended, and a cancellation by the stop.
    void taskEventsRoundTrip()
    {
        Trace t;
        t.model = QStringLiteral("asyncio");
        const auto main =
            t.addActor({0, ActorKind::Thread, QStringLiteral("main"), 100, 100, 0, false});
        const auto task =
            t.addActor({0, ActorKind::Task, QStringLiteral("task 1"), 100, 100, main, false});
        Event e;
        e.tNs = 10;
        e.actor = main;
        e.kind = EventKind::TaskCreate;
        e.fd = 7;
        e.childActor = task;
        e.line = toLine(LineTag::CreateTask);
        t.append(e);
        Event s;
        s.tNs = 20;
        s.actor = task;
        s.kind = EventKind::TaskSuspend;
        s.fd = 7;
        s.call = std::uint8_t(TaskWait::Timer);
        s.bytes = 400;
        s.line = toLine(LineTag::AwaitSleep);
        t.append(s);
        s.tNs = 30;
        s.kind = EventKind::TaskResume;
        s.bytes = -1;
        t.append(s);
        Event d;
        d.tNs = 40;
        d.actor = task;
        d.kind = EventKind::TaskDone;
        d.fd = 7;
        d.call = std::uint8_t(TaskEnd::Cancelled);
        d.flags = kFlagStoppedByRun;
        d.line = toLine(LineTag::TaskDone);
        t.append(d);
        QString error;
        const QByteArray json = traceToJson(t);
        const auto loaded = traceFromJson(json, &error);
        QVERIFY2(loaded, qPrintable(error));
        compareTraces(t, *loaded);
        QCOMPARE(loaded->actor(task)->kind, ActorKind::Task);
        const auto events =
            QJsonDocument::fromJson(json).object()[QStringLiteral("events")].toArray();
        QCOMPARE(events.at(1).toObject()[QStringLiteral("awaits")].toString(),
                 QStringLiteral("timer"));
        QCOMPARE(events.at(1).toObject()[QStringLiteral("sleep_ms")].toInt(), 400);
        QCOMPARE(events.at(3).toObject()[QStringLiteral("end")].toString(),
                 QStringLiteral("cancelled"));
        QVERIFY(events.at(3).toObject()[QStringLiteral("stopped")].toBool());
    }

    void writesTheDocumentedKeys()
    {
        const QJsonObject root = QJsonDocument::fromJson(traceToJson(sampleTrace())).object();
        QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("sockscope-trace"));
        QCOMPARE(root.value(QLatin1String("version")).toInt(), 1);
        const QJsonObject actor = root.value(QLatin1String("actors")).toArray().at(0).toObject();
        for (const char *key : {"id", "kind", "name", "pid", "tid", "parent"})
            QVERIFY2(actor.contains(QLatin1String(key)), key);
        const auto events = root.value(QLatin1String("events")).toArray();
        const QJsonObject wait = events.at(5).toObject();
        QCOMPARE(wait.value(QLatin1String("kind")).toString(), QStringLiteral("wait_end"));
        QCOMPARE(wait.value(QLatin1String("read_set")).toArray().size(), 3);
        QCOMPARE(wait.value(QLatin1String("ready_read")).toArray().size(), 1);
        const QJsonObject recv = events.at(6).toObject();
        QCOMPARE(recv.value(QLatin1String("line")).toString(), QStringLiteral("recv"));
        // Network bytes are escaped text: no raw control bytes, nothing that parses as markup
        // once escaped by a view.
        QCOMPARE(recv.value(QLatin1String("preview")).toString(),
                 QStringLiteral("<b>\\x01\\xff\\n\\\\x"));
    }

    void rejectsMalformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray head =
            R"({"format":"sockscope-trace","version":1,"actors":[{"id":1,"kind":"thread","name":"main"}],"events":)";
        QTest::newRow("not json") << QByteArray("hello") << QStringLiteral("byte offset 1");
        QTest::newRow("stopped not a flag")
            << head + R"([{"t_ns":0,"actor":1,"kind":"accept_end","fd":3,"stopped":"yes"}]})"
            << QStringLiteral("events[0], key \"stopped\": must be true or false");
        QTest::newRow("queued negative")
            << head +
                   R"([{"t_ns":0,"actor":1,"kind":"accept_begin","fd":3,"queued":-4,"ready_at_call":false}]})"
            << QStringLiteral("events[0], key \"queued\"");
        QTest::newRow("truncated")
            << QByteArray(R"({"format":"sockscope-trace","version":1,"actors":[)")
            << QStringLiteral("truncated?");
        QTest::newRow("array at top")
            << QByteArray("[]") << QStringLiteral("must be a JSON object");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format":"pcap","version":1})")
            << QStringLiteral("key \"format\": expected \"sockscope-trace\", found \"pcap\"");
        QTest::newRow("wrong version")
            << QByteArray(R"({"format":"sockscope-trace","version":7,"actors":[],"events":[]})")
            << QStringLiteral("key \"version\": this SockScope reads version 1, the file says 7");
        QTest::newRow("events not array")
            << QByteArray(R"({"format":"sockscope-trace","version":1,"actors":[],"events":{}})")
            << QStringLiteral("key \"events\": must be an array");
        QTest::newRow("actor bad kind")
            << QByteArray(
                   R"({"format":"sockscope-trace","version":1,"actors":[{"id":1,"kind":"robot"}],"events":[]})")
            << QStringLiteral("actors[0], key \"kind\": \"robot\" is not thread, process, client, "
                              "task or kernel");
        QTest::newRow("actor twice")
            << QByteArray(
                   R"({"format":"sockscope-trace","version":1,"actors":[{"id":1,"kind":"thread"},{"id":1,"kind":"client"}],"events":[]})")
            << QStringLiteral("actors[1], key \"id\": 1 is used twice");
        QTest::newRow("unknown kind")
            << head + R"([{"t_ns":0,"actor":1,"kind":"teleport"}]})"
            << QStringLiteral("events[0], key \"kind\": \"teleport\" is not a known event kind");
        QTest::newRow("missing t") << head + R"([{"actor":1,"kind":"socket"}]})"
                                   << QStringLiteral("events[0], key \"t_ns\": is missing");
        QTest::newRow("time goes back")
            << head +
                   R"([{"t_ns":5,"actor":1,"kind":"socket"},{"t_ns":4,"actor":1,"kind":"bind"}]})"
            << QStringLiteral("events[1], key \"t_ns\": goes back in time (4 after 5)");
        QTest::newRow("unknown actor")
            << head + R"([{"t_ns":0,"actor":9,"kind":"socket"}]})"
            << QStringLiteral("events[0], key \"actor\": 9 is not in \"actors\"");
        QTest::newRow("fd not number")
            << head + R"([{"t_ns":0,"actor":1,"kind":"socket","fd":"three"}]})"
            << QStringLiteral("events[0], key \"fd\": must be a whole number");
        QTest::newRow("fractional bytes")
            << head + R"([{"t_ns":0,"actor":1,"kind":"send","bytes":1.5}]})"
            << QStringLiteral("events[0], key \"bytes\": must be a whole number");
        QTest::newRow("bad peer")
            << head + R"([{"t_ns":0,"actor":1,"kind":"bind","peer":"localhost"}]})"
            << QStringLiteral("events[0], key \"peer\": \"localhost\" is not an address");
        QTest::newRow("bad set")
            << head + R"([{"t_ns":0,"actor":1,"kind":"wait_begin","read_set":[3,"x"]}]})"
            << QStringLiteral("events[0], key \"read_set\": must hold only descriptor numbers");
        QTest::newRow("bad line")
            << head + R"([{"t_ns":0,"actor":1,"kind":"socket","line":"nowhere"}]})"
            << QStringLiteral(
                   "events[0], key \"line\": \"nowhere\" is not a known listing line tag");
        // Found by fuzz_traceloader: a number beyond 64 bits must be refused, not cast.
        QTest::newRow("huge number")
            << head + R"([{"t_ns":1.6e97,"actor":1,"kind":"socket"}]})"
            << QStringLiteral("events[0], key \"t_ns\": is 1.6e+97, outside 0..9007199254740992");
        QTest::newRow("event not object")
            << head + R"([3]})" << QStringLiteral("events[0]: must be an object");
    }

    void rejectsMalformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        const auto trace = traceFromJson(json, &error);
        QVERIFY(!trace);
        QVERIFY2(error.contains(expected), qPrintable(QStringLiteral("got: ") + error));
    }

    void everyTruncationFailsCleanly()
    {
        // No prefix of a valid file may load as a shorter trace.
        const QByteArray json = traceToJson(sampleTrace());
        for (qsizetype n = 0; n < json.size() - 2; n += 7) {
            QString error;
            QVERIFY2(!traceFromJson(json.left(n), &error), qPrintable(QString::number(n)));
            QVERIFY(!error.isEmpty());
        }
    }

    void previewOnlyWhereDataIs()
    {
        // Found by fuzz_traceloader: a "preview" on a wait replaced its sets, and the trace
        // no longer saved to something that loads.
        const QByteArray json =
            R"({"format":"sockscope-trace","version":1,"actors":[{"id":1,"kind":"thread"}],"events":[{"t_ns":0,"actor":1,"kind":"wait_begin","mechanism":"select","read_set":[3,5],"preview":"\xff\xff\xff\xff\x00\x00\x01\x00zzzz"}]})";
        QString error;
        const auto trace = traceFromJson(json, &error);
        QVERIFY2(trace, qPrintable(error));
        QCOMPARE(trace->waitSets(trace->at(0)).readSet, (QVector<int>{3, 5}));
        const auto again = traceFromJson(traceToJson(*trace), &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->waitSets(again->at(0)).readSet, (QVector<int>{3, 5}));
    }

    // Issue 19, item 13: "descriptor 1024 is >= FD_SETSIZE" was lost on save.
    void errorExplanationSurvivesSaveAndLoad()
    {
        const Trace original = sampleTrace();
        const Event &error = original.at(original.size() - 1);
        QCOMPARE(int(error.kind), int(EventKind::Error));
        QVERIFY(original.errorMessage(error).startsWith("descriptor 1024 is >= FD_SETSIZE"));
        const QByteArray json = traceToJson(original);
        const QJsonArray events =
            QJsonDocument::fromJson(json).object().value(QLatin1String("events")).toArray();
        QCOMPARE(events.last().toObject().value(QLatin1String("message")).toString(),
                 QString::fromUtf8(original.errorMessage(error).toByteArray()));
        QString why;
        const auto loaded = traceFromJson(json, &why);
        QVERIFY2(loaded, qPrintable(why));
        QCOMPARE(loaded->errorMessage(loaded->at(loaded->size() - 1)).toByteArray(),
                 original.errorMessage(error).toByteArray());
    }

    // A file written before "message" existed still loads; its error just has no words.
    void errorWithoutMessageStillLoads()
    {
        const QByteArray old =
            R"({"format":"sockscope-trace","version":1,"actors":[{"id":1,"kind":"thread",)"
            R"("name":"main","pid":1,"tid":1,"parent":0}],"events":[{"t_ns":5,"actor":1,)"
            R"("kind":"error","fd":1024,"errno":22,"call":"wait_begin"}]})";
        QString why;
        const auto loaded = traceFromJson(old, &why);
        QVERIFY2(loaded, qPrintable(why));
        QVERIFY(loaded->errorMessage(loaded->at(0)).isEmpty());
        QCOMPARE(loaded->at(0).err, std::int16_t(22));
    }

    void errorMessageMustBeAShortString_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("number") << QStringLiteral("5") << QStringLiteral("must be a string");
        QTest::newRow("huge") << QStringLiteral("\"%1\"").arg(QString(5000, QLatin1Char('x')))
                              << QStringLiteral("at most 4096");
    }

    void errorMessageMustBeAShortString()
    {
        QFETCH(QString, message);
        QFETCH(QString, expected);
        const QByteArray json =
            QStringLiteral(R"({"format":"sockscope-trace","version":1,"actors":[{"id":1,)"
                           R"("kind":"thread","name":"main","pid":1,"tid":1,"parent":0}],)"
                           R"("events":[{"t_ns":5,"actor":1,"kind":"error","call":"wait_begin",)"
                           R"("message":%1}]})")
                .arg(message)
                .toUtf8();
        QString why;
        QVERIFY(!traceFromJson(json, &why));
        QVERIFY2(why.contains(QStringLiteral("events[0], key \"message\"")), qPrintable(why));
        QVERIFY2(why.contains(expected), qPrintable(why));
    }

    // Issue 19, item 13: Python's json.dump(sort_keys=True, indent=1) moves "format" after
    // "actors" and "events"; QJsonDocument sorts keys the same way.
    void traceIsRecognisedWhereverFormatIs_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("trace");
        const QByteArray saved = traceToJson(sampleTrace());
        QTest::newRow("as saved") << saved << true;
        QTest::newRow("sorted, indented")
            << QJsonDocument::fromJson(saved).toJson(QJsonDocument::Indented) << true;
        QByteArray far = QJsonDocument::fromJson(saved).toJson(QJsonDocument::Indented);
        far.replace("\"events\": [", "\"events\": [" + QByteArray(8192, ' '));
        QTest::newRow("format after 8 KiB") << far << true;
        QTest::newRow("escaped key")
            << QByteArray(R"({"a":[{"format":"x"}],"form\u0061t":"sockscope-trace"})") << true;
        QTest::newRow("nested only")
            << QByteArray(R"({"clients":[{"format":"sockscope-trace"}],"name":"x"})") << false;
        QTest::newRow("string mentions it")
            << QByteArray("{\"title\":\"\\\"format\\\":\\\"sockscope-trace\\\"\"}") << false;
        QTest::newRow("other format") << QByteArray(R"({"format":"something"})") << false;
        QTest::newRow("format not a string")
            << QByteArray(R"({"format":["sockscope-trace"]})") << false;
        QTest::newRow("scenario") << QByteArray(R"({"name":"x","clients":[]})") << false;
        QTest::newRow("not json") << QByteArray(3, '\0') << false;
        QTest::newRow("cut after format")
            << QByteArray(R"({"format":"sockscope-trace","version":1,"actors":[{"id")") << true;
    }

    void traceIsRecognisedWhereverFormatIs()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, trace);
        QCOMPARE(isTraceJson(json), trace);
        if (trace && QJsonDocument::fromJson(json).isObject()) {
            QString why;
            QVERIFY2(traceFromJson(json, &why) || why.contains(QLatin1String("version")) ||
                         why.contains(QLatin1String("must be an array")),
                     qPrintable(why));
        }
    }

    void missingFileIsNamed()
    {
        QString error;
        QVERIFY(!loadTraceFile(QStringLiteral("/nonexistent/trace.json"), &error));
        QVERIFY(error.startsWith(QStringLiteral("/nonexistent/trace.json: cannot open")));
    }

    void escapeRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("plain") << QByteArray("hello");
        QTest::newRow("html") << QByteArray("<script>alert(1)</script>");
        QTest::newRow("ansi") << QByteArray("\x1b[31mred\x1b[0m");
        QTest::newRow("invalid utf8") << QByteArray("\xc3\x28\xff\xfe");
        QTest::newRow("backslashes") << QByteArray("a\\xzz\\n");
        QTest::newRow("nul") << QByteArray("a\0b", 3);
    }

    void escapeRoundTrip()
    {
        QFETCH(QByteArray, bytes);
        const QString escaped = escapeBytes(bytes);
        for (const QChar c : escaped)
            QVERIFY(c.unicode() >= 0x20 && c.unicode() < 0x7f);
        QCOMPARE(unescapeBytes(escaped), bytes);
    }
};

QTEST_GUILESS_MAIN(TestTraceFile)
#include "tst_tracefile.moc"
