// A trace within a memory budget (issue 19, item 4): beyond --max-memory the trace keeps the
// run's beginning and counts what it did not keep (the "dropped" record), so a flood of
// traffic cannot grow `serve` without end (a --trace file streams past it: tst_tracestream);
// and once a stop was asked for, a second signal
// ends the process at once, even while the trace is being written. Counts and bytes kept are
// asserted, never times.

#include "trace/trace.h"
#include "trace/tracefile.h"

#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <csignal>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace sockscope;

namespace {

constexpr int kBoundMs = 60000; // only keeps a broken binary from hanging the test

QString cli()
{
    return qEnvironmentVariable("SOCKSCOPE_CLI");
}

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

// `lines` echo round trips on one connection; the number that came back whole.
int echo(quint16 port, int lines)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return 0;
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons(port);
    int echoed = 0;
    if (::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) == 0) {
        static const char line[] = "flood flood flood\n";
        constexpr int kLine = int(sizeof line - 1);
        for (int i = 0; i < lines; ++i) {
            if (::send(fd, line, kLine, MSG_NOSIGNAL) != kLine)
                break;
            char reply[kLine];
            int got = 0;
            while (got < kLine) {
                const ssize_t n = ::recv(fd, reply + got, std::size_t(kLine - got), 0);
                if (n <= 0)
                    break;
                got += int(n);
            }
            if (got != kLine)
                break;
            ++echoed;
        }
    }
    ::close(fd);
    return echoed;
}

Event eventAt(std::int64_t t)
{
    Event e;
    e.tNs = t;
    e.actor = 1;
    e.kind = EventKind::Close;
    e.fd = 4;
    return e;
}

} // namespace

class TestTraceBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Within the limit every event is kept; past it none, each counted, from the first one
    // not kept; a trace file carries the count and reads it back.
    void keepLimitKeepsTheBeginning()
    {
        Trace trace;
        Actor main;
        main.kind = ActorKind::Thread;
        main.name = QStringLiteral("main");
        trace.addActor(main);
        constexpr std::size_t kFits = 10;
        trace.setKeepLimit(kFits * sizeof(Event));
        for (int i = 0; i < 100; ++i)
            QCOMPARE(trace.append(eventAt(i * 1000)) >= 0, std::size_t(i) < kFits);
        QCOMPARE(trace.size(), qsizetype(kFits));
        QCOMPARE(trace.droppedEvents(), 100 - std::int64_t(kFits));
        QCOMPARE(trace.firstDroppedNs(), std::int64_t(kFits) * 1000);
        QVERIFY(trace.keptBytes() <= trace.keepLimit());

        QString error;
        const auto back = traceFromJson(traceToJson(trace), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->size(), qsizetype(kFits));
        QCOMPARE(back->droppedEvents(), trace.droppedEvents());
        QCOMPARE(back->firstDroppedNs(), trace.firstDroppedNs());

        Trace whole;
        whole.addActor(main);
        whole.append(eventAt(0));
        QVERIFY2(!traceToJson(whole).contains("\"dropped\""), "nothing dropped, nothing said");
    }

    void badDroppedRecordIsRefused()
    {
        QString error;
        const QByteArray json = R"({"format":"sockscope-trace","version":1,"scenario":"x",
            "model":"threaded","dropped":{"events":-3,"after_ns":0},"actors":[],"events":[]})";
        QVERIFY(!traceFromJson(json, &error));
        QVERIFY2(error.contains(QLatin1String("\"dropped\"")), qPrintable(error));
    }

    void badMaxMemoryIsRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        for (const char *value : {"0", "-1", "1.5", "inf", "2000000", "lots"}) {
            QTest::addRow("serve %s", value) << QStringList{
                QStringLiteral("serve"), QStringLiteral("--model"), QStringLiteral("threaded"),
                QStringLiteral("--max-memory"), QLatin1String(value)};
            QTest::addRow("run %s", value)
                << QStringList{QStringLiteral("run"), QStringLiteral("--scenario"),
                               QStringLiteral("three-clients"), QStringLiteral("--max-memory"),
                               QLatin1String(value)};
        }
    }
    void badMaxMemoryIsRefused()
    {
        QFETCH(QStringList, args);
        QProcess p;
        p.start(cli(), args);
        QVERIFY(p.waitForFinished(kBoundMs));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        const QByteArray said = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 2, said.constData());
        QVERIFY2(said.contains("--max-memory"), said.constData());
        QVERIFY2(!p.readAllStandardOutput().contains("listening"), "it started anyway");
    }

    // A flood of echo traffic at `serve --max-memory 1 --trace FILE`: the trace streams to its
    // file as it is recorded (TraceStream), so the budget bounds only what waits in memory.
    // The file holds every event, far more than 1 MiB of records would (16,384), none dropped.
    void serveUnderAFloodStreamsPastItsBudget()
    {
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("flood.json"));
        QProcess p;
        const quint16 port = startServe(p, {QStringLiteral("--model"), QStringLiteral("epoll"),
                                            QStringLiteral("--max-memory"), QStringLiteral("1"),
                                            QStringLiteral("--trace"), tracePath});
        QVERIFY2(port != 0, p.readAllStandardError().constData());
        auto killOnFailure = qScopeGuard([&] {
            if (p.state() != QProcess::NotRunning) {
                ::kill(pid_t(p.processId()), SIGKILL); // our own child only
                p.waitForFinished(kBoundMs);
            }
        });
        // Each round trip is at least four server events (wait, recv, send, wait): 8,000 of
        // them are over 32,000 events, twice what 1 MiB holds (16,384 records of 64 bytes).
        constexpr int kConnections = 4;
        constexpr int kLines = 2000;
        for (int c = 0; c < kConnections; ++c)
            QCOMPARE(echo(port, kLines), kLines);
        QCOMPARE(::kill(pid_t(p.processId()), SIGTERM), 0); // our own child only
        QVERIFY(p.waitForFinished(kBoundMs));
        const QByteArray said = p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, said.constData());
        QVERIFY2(!said.contains("were not kept"), said.constData());

        QString error;
        const auto trace = loadTraceFile(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        QCOMPARE(trace->droppedEvents(), qint64(0));
        qsizetype recvEnds = 0;
        for (const Event &e : trace->events())
            recvEnds += e.kind == EventKind::RecvEnd ? 1 : 0;
        QVERIFY(recvEnds >= kConnections * kLines);
        QVERIFY(trace->size() > 32000);
        QCOMPARE(trace->at(0).kind, EventKind::Socket);
    }

    // A stop asked for, the trace being written into a FIFO nobody reads (so the write waits,
    // for certain): a second SIGINT ends the process at once instead of waiting behind it.
    void secondSignalEndsAtOnce()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("trace.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const int reader =
            ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        QVERIFY(reader >= 0);
        auto closeReader = qScopeGuard([&] { ::close(reader); });
        QVERIFY(::fcntl(reader, F_SETPIPE_SZ, 4096) > 0); // the smallest pipe: one page

        QProcess p;
        const quint16 port = startServe(p, {QStringLiteral("--model"), QStringLiteral("threaded"),
                                            QStringLiteral("--trace"), fifo});
        QVERIFY2(port != 0, p.readAllStandardError().constData());
        auto killOnFailure = qScopeGuard([&] {
            if (p.state() != QProcess::NotRunning) {
                ::kill(pid_t(p.processId()), SIGKILL); // our own child only
                p.waitForFinished(kBoundMs);
            }
        });
        // Enough events that their JSON is far more than the pipe's page.
        QCOMPARE(echo(port, 200), 200);

        QCOMPARE(::kill(pid_t(p.processId()), SIGINT), 0); // our own child only
        // The writing has begun (and waits, the pipe full) once the first bytes are there.
        pollfd ready{reader, POLLIN, 0};
        QVERIFY(::poll(&ready, 1, kBoundMs) == 1);
        // The trace streams while the server runs, so bytes in the pipe no longer say the stop
        // has begun, and two SIGINTs sent back to back may merge into one pending signal: send
        // again until the process ends (bounded). The first one taken stops; a later one ends.
        for (int i = 0; i < 300 && p.state() != QProcess::NotRunning; ++i) {
            ::kill(pid_t(p.processId()), SIGINT); // our own child only
            p.waitForFinished(200);
        }
        QVERIFY2(p.state() == QProcess::NotRunning, "a second SIGINT was not taken");
        QCOMPARE(p.exitStatus(), QProcess::CrashExit); // ended by the signal itself
    }
};

QTEST_GUILESS_MAIN(TestTraceBudget)
#include "tst_tracebudget.moc"
