// sockscope-cli as scripts and tests use it (the binary's path comes in SOCKSCOPE_CLI):
// run with a summary for every model, clear errors for unknown names and a port in use, and
// serve with an outside client, stopped by SIGINT, SIGTERM or its duration.

#include "models/modelinfo.h"
#include "trace/kernelsample.h"
#include "trace/tracefile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <csignal>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace sockscope;

namespace {

constexpr int kBoundMs = 60000; // only keeps a broken binary from hanging the test

QString cli()
{
    return qEnvironmentVariable("SOCKSCOPE_CLI");
}

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList &args)
{
    QProcess p;
    p.start(cli(), args);
    Result r;
    if (!p.waitForFinished(kBoundMs)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Holds a port the way another program would: bound and listening.
struct PortHolder
{
    PortHolder()
    {
        fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        ::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
        ::listen(fd, 1);
        socklen_t len = sizeof sa;
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&sa), &len);
        port = ntohs(sa.sin_port);
    }
    ~PortHolder() { ::close(fd); }
    int fd = -1;
    quint16 port = 0;
};

// Starts `serve` and reads its "listening on 127.0.0.1:PORT" line.
quint16 startServe(QProcess &p, const QStringList &args)
{
    p.start(cli(), QStringList{QStringLiteral("serve")} + args);
    if (!p.waitForStarted(kBoundMs))
        return 0;
    QByteArray line;
    while (!line.contains('\n') && p.waitForReadyRead(kBoundMs))
        line += p.readAllStandardOutput();
    const QByteArray prefix = "listening on 127.0.0.1:";
    if (!line.startsWith(prefix))
        return 0;
    return quint16(line.mid(prefix.size()).trimmed().toUInt());
}

// An outside client: one line there and back, then close.
bool talkTo(quint16 port, quint16 *localPort)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons(port);
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) == 0;
    sockaddr_in mine{};
    socklen_t len = sizeof mine;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&mine), &len);
    *localPort = ntohs(mine.sin_port);
    char reply[8];
    ok = ok && ::send(fd, "hey\n", 4, MSG_NOSIGNAL) == 4 && ::recv(fd, reply, sizeof reply, 0) == 4;
    ::close(fd);
    return ok;
}

bool hasExternalLane(const Trace &trace, quint16 localPort)
{
    const QString name = QStringLiteral("external 127.0.0.1:%1").arg(localPort);
    for (const auto &a : trace.actors()) {
        if (a.name == name && a.external)
            return true;
    }
    return false;
}

// The kernel sampler saw the outside client's connection: its own end (it closed first, so
// TIME_WAIT lasts past the stop's last sample) and whatever else was sampled of it.
bool sampledOutsideConnection(const Trace &trace, quint16 serverPort, quint16 localPort)
{
    bool clientEndInTimeWait = false;
    for (const Event &e : trace.events()) {
        if (e.kind != EventKind::TcpState || !(e.flags & kFlagSampled))
            continue;
        const Endpoint local = kernelFigures(trace, e).local;
        if (local.port == localPort && e.peer().port == serverPort &&
            TcpState(e.call) == TcpState::TimeWait)
            clientEndInTimeWait = true;
    }
    return clientEndInTimeWait;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cli()), "SOCKSCOPE_CLI must name sockscope-cli"); }

    void runThreeClientsWithSummary_data()
    {
        QTest::addColumn<QString>("model");
        for (const auto &name : modelNames())
            QTest::newRow(qPrintable(name)) << name;
    }
    void runThreeClientsWithSummary()
    {
        QFETCH(QString, model);
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("trace.json"));
        const QString chromePath = dir.filePath(QStringLiteral("chrome.json"));
        const Result r = runCli(
            {QStringLiteral("run"), QStringLiteral("--scenario"), QStringLiteral("three-clients"),
             QStringLiteral("--model"), model, QStringLiteral("--speed"), QStringLiteral("3"),
             QStringLiteral("--trace"), tracePath, QStringLiteral("--chrome-trace"), chromePath,
             QStringLiteral("--summary")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError parseError;
        const QJsonObject summary = QJsonDocument::fromJson(r.out, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, r.out.constData());
        QCOMPARE(summary[QStringLiteral("model")].toString(), model);
        QCOMPARE(summary[QStringLiteral("scenario")].toString(), QStringLiteral("three-clients"));
        QCOMPARE(summary[QStringLiteral("clients")].toInt(), 3);
        const QJsonArray perClient = summary[QStringLiteral("per_client")].toArray();
        QCOMPARE(perClient.size(), 3);
        for (const auto &c : perClient) {
            const QJsonObject client = c.toObject();
            QVERIFY(client[QStringLiteral("first_reply_ms")].isDouble());
            QVERIFY(client[QStringLiteral("waited_ms")].isDouble());
            QVERIFY(client[QStringLiteral("first_reply_ms")].toDouble() >=
                    client[QStringLiteral("connect_ms")].toDouble());
        }
        const int processes = summary[QStringLiteral("processes_created")].toInt();
        const int threads = summary[QStringLiteral("threads_created")].toInt();
        QCOMPARE(processes, model == QLatin1String("forking") ? 3 : 0);
        if (model == QLatin1String("threaded"))
            QVERIFY(threads >= 3);
        const bool readiness = model == QLatin1String("select") || model == QLatin1String("poll") ||
                               model == QLatin1String("epoll") || model == QLatin1String("asyncio");
        QCOMPARE(summary[QStringLiteral("select_calls")].toInt() > 0, readiness);
        // asyncio: a task per connection, and no thread but the loop's.
        QCOMPARE(summary[QStringLiteral("tasks_created")].toInt(),
                 model == QLatin1String("asyncio") ? 3 : 0);
        if (model == QLatin1String("asyncio"))
            QCOMPARE(threads, 0);

        QString error;
        const auto trace = loadTraceFile(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        QCOMPARE(summary[QStringLiteral("events")].toInteger(), qint64(trace->size()));
        QVERIFY(QFile(chromePath).size() > 0);
    }

    void unknownScenarioListsTheKnownOnes()
    {
        const Result r = runCli({QStringLiteral("run"), QStringLiteral("--scenario"),
                                 QStringLiteral("no-such-lesson")});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("no-such-lesson"), r.err.constData());
        QVERIFY2(r.err.contains("three-clients"), r.err.constData());
    }

    void unknownModelListsTheKnownOnes()
    {
        for (const QString &command : {QStringLiteral("run"), QStringLiteral("serve")}) {
            QStringList args{command, QStringLiteral("--model"), QStringLiteral("carrier-pigeon")};
            if (command == QLatin1String("run"))
                args << QStringLiteral("--scenario") << QStringLiteral("three-clients");
            const Result r = runCli(args);
            QVERIFY(r.exitCode != 0);
            QVERIFY2(r.err.contains("carrier-pigeon"), r.err.constData());
            QVERIFY2(r.err.contains("sequential") && r.err.contains("epoll"), r.err.constData());
        }
    }

    void portInUseIsSaidClearlyAndTheTraceIsWritten()
    {
        PortHolder holder;
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("trace.json"));
        const Result r =
            runCli({QStringLiteral("serve"), QStringLiteral("--model"),
                    QStringLiteral("sequential"), QStringLiteral("--port"),
                    QString::number(holder.port), QStringLiteral("--trace"), tracePath});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("in use"), r.err.constData());
        QVERIFY2(r.err.contains(QByteArray::number(holder.port)), r.err.constData());
        QVERIFY(!r.out.contains("listening"));
        QString error;
        const auto trace = loadTraceFile(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        bool bindFailed = false;
        for (const auto &e : trace->events())
            bindFailed = bindFailed || (e.kind == EventKind::Bind && e.err == EADDRINUSE);
        QVERIFY(bindFailed);
    }

    void serveRecordsAnOutsideClient_data()
    {
        QTest::addColumn<int>("stopSignal");
        QTest::addColumn<QString>("model");
        QTest::newRow("SIGTERM threaded") << int(SIGTERM) << QStringLiteral("threaded");
        QTest::newRow("SIGINT forking") << int(SIGINT) << QStringLiteral("forking");
        QTest::newRow("SIGINT select") << int(SIGINT) << QStringLiteral("select");
        QTest::newRow("duration sequential") << 0 << QStringLiteral("sequential");
    }
    void serveRecordsAnOutsideClient()
    {
        QFETCH(int, stopSignal);
        QFETCH(QString, model);
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("serve.json"));
        QProcess p;
        // A duration long enough that only the signal ends the signalled runs.
        const QString duration = stopSignal ? QStringLiteral("120") : QStringLiteral("1");
        const quint16 port =
            startServe(p, {QStringLiteral("--model"), model, QStringLiteral("--reap"),
                           QStringLiteral("sigchld"), QStringLiteral("--duration"), duration,
                           QStringLiteral("--trace"), tracePath});
        QVERIFY2(port != 0, p.readAllStandardError().constData());
        quint16 local = 0;
        QVERIFY(talkTo(port, &local));
        if (stopSignal)
            QCOMPARE(::kill(pid_t(p.processId()), stopSignal), 0); // our own child only
        QVERIFY(p.waitForFinished(kBoundMs));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QString error;
        const auto trace = loadTraceFile(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        QVERIFY2(hasExternalLane(*trace, local), "the outside client has no lane of its own");
        // serve samples the kernel's side of outside connections too (tcp_state).
        QVERIFY2(sampledOutsideConnection(*trace, port, local),
                 "no tcp_state sample of the outside client's connection");
    }

    // A run stopped by a signal writes its trace and exits as shells expect: 128 + signal.
    void runStoppedBySignalSaysSoInItsStatus_data()
    {
        QTest::addColumn<int>("stopSignal");
        QTest::addColumn<int>("status");
        QTest::newRow("SIGINT") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
    }
    void runStoppedBySignalSaysSoInItsStatus()
    {
        QFETCH(int, stopSignal);
        QFETCH(int, status);
        QTemporaryDir dir;
        const QString scenarioPath = dir.filePath(QStringLiteral("slow.json"));
        QFile file(scenarioPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "slow", "title": "Slow", "topic": "testing",
            "description": "A client that takes its time.", "models": ["threaded"],
            "timeout_ms": 120000,
            "clients": [{"name": "sleeper", "steps": ["connect", {"do": "sleep", "ms": 100000},
            "close"]}]})");
        file.close();
        const QString tracePath = dir.filePath(QStringLiteral("run.json"));
        QProcess p;
        p.start(cli(), {QStringLiteral("run"), QStringLiteral("--scenario"), scenarioPath,
                        QStringLiteral("--trace"), tracePath});
        QVERIFY(p.waitForStarted(kBoundMs));
        p.setReadChannel(QProcess::StandardError); // "running ..." is said on stderr
        QByteArray said;
        while (!said.contains("running") && p.waitForReadyRead(kBoundMs))
            said += p.readAllStandardError();
        QVERIFY2(said.contains("running"), said.constData());
        QCOMPARE(::kill(pid_t(p.processId()), stopSignal), 0); // our own child only
        QVERIFY(p.waitForFinished(kBoundMs));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == status, p.readAllStandardError().constData());
        QString error;
        QVERIFY2(loadTraceFile(tracePath, &error), qPrintable(error));
    }

    void outOfRangeNumbersAreRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        const QString serve = QStringLiteral("serve");
        const QString run = QStringLiteral("run");
        const QString threaded = QStringLiteral("threaded");
        for (const char *duration : {"inf", "9.3e15", "nan", "-1", "1e999"})
            QTest::addRow("serve --duration %s", duration)
                << QStringList{serve, QStringLiteral("--model"), threaded,
                               QStringLiteral("--duration"), QLatin1String(duration)}
                << QStringLiteral("--duration");
        for (const char *speed : {"1e-300", "0.04", "101", "inf", "nan"})
            QTest::addRow("run --speed %s", speed)
                << QStringList{run, QStringLiteral("--scenario"), QStringLiteral("three-clients"),
                               QStringLiteral("--speed"), QLatin1String(speed)}
                << QStringLiteral("--speed");
    }
    void outOfRangeNumbersAreRefused()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(option.toUtf8()), r.err.constData());
        QVERIFY2(!r.out.contains("listening"), r.out.constData());
    }

    void bindingBeyondLoopbackIsSaidLoudly()
    {
        // 192.0.2.1 (TEST-NET-1) is on no interface here: the warning comes, the bind fails,
        // and nothing ever listens beyond loopback.
        const Result r =
            runCli({QStringLiteral("serve"), QStringLiteral("--model"), QStringLiteral("threaded"),
                    QStringLiteral("--bind"), QStringLiteral("192.0.2.1"),
                    QStringLiteral("--duration"), QStringLiteral("1")});
        QVERIFY2(r.err.contains("WARNING") && r.err.contains("192.0.2.1"), r.err.constData());
        QVERIFY(r.exitCode != 0);
    }

    void listModelsAndScenariosStillWork()
    {
        const Result models = runCli({QStringLiteral("list-models")});
        QCOMPARE(models.exitCode, 0);
        QVERIFY(models.out.startsWith("sequential\t"));
        const Result scenarios = runCli({QStringLiteral("list-scenarios")});
        QCOMPARE(scenarios.exitCode, 0);
        QVERIFY(scenarios.out.contains("three-clients\t"));
    }

    // narrate prints one JSON object per event, a line each, with the inspector's view of
    // every actor; a saved trace narrates the same way.
    void narratePrintsOneObjectPerEvent()
    {
        QTemporaryDir dir;
        const QString trace = dir.filePath(QStringLiteral("run.json"));
        const Result run = runCli({QStringLiteral("run"), QStringLiteral("--scenario"),
                                   QStringLiteral("one-slow-client"), QStringLiteral("--model"),
                                   QStringLiteral("sequential"), QStringLiteral("--speed"),
                                   QStringLiteral("4"), QStringLiteral("--trace"), trace});
        QCOMPARE(run.exitCode, 0);
        const Result r = runCli({QStringLiteral("narrate"), trace});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QVERIFY(lines.size() > 10);
        qint64 previous = -1;
        bool sawQueued = false;
        bool sawStop = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
            QCOMPARE(o.value(QStringLiteral("index")).toInt(), int(i));
            QVERIFY(o.value(QStringLiteral("t_ns")).toDouble() >= double(previous));
            previous = qint64(o.value(QStringLiteral("t_ns")).toDouble());
            QVERIFY(!o.value(QStringLiteral("narration")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("actors")).isArray());
            const QString said = o.value(QStringLiteral("narration")).toString();
            sawQueued |= said.contains(QStringLiteral("already waiting in the accept queue"));
            sawStop |= o.value(QStringLiteral("stopped")).toBool();
            QVERIFY2(!said.contains(QStringLiteral("failed")), qPrintable(said));
            // English with its plural forms, as the window speaks it: "6 bytes", not "6 byte(s)".
            QVERIFY2(!said.contains(QStringLiteral("(s)")), qPrintable(said));
        }
        QVERIFY(sawQueued); // client 2 waited in the queue; its accept() did not block
        QVERIFY(sawStop);   // the last accept() was ended by the stop
        const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
        QVERIFY(!last.value(QStringLiteral("chapter")).toString().isEmpty());

        const Result bad = runCli({QStringLiteral("narrate"), QStringLiteral("--model")});
        QCOMPARE(bad.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
