// A trace written while it is recorded (issue 19, item 4): `serve --trace` and `run --trace`
// stream the events to disk as they settle, so that a stop writes only the tail. The file is
// the document traceToJson() makes, byte for byte; what is on disk is forgotten in memory when
// nothing else reads the trace; an event that comes too late for its place is counted, never
// written out of order; a stopped serve leaves a whole file, or (second signal) the old one.
// Counts and bytes are asserted, never times.

#include "trace/trace.h"
#include "trace/tracefile.h"
#include "trace/tracestream.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Hidden temporary files OutputFile left in `dir` (".NAME.XXXXXXXX.tmp").
QStringList temporaries(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral(".*.tmp")}, QDir::Files | QDir::Hidden);
}

// The files process `pid` is writing in `dir`, as "/proc/PID/fd/N" to read them by: the
// unnamed file OutputFile writes (O_TMPFILE: "DIR/#INODE (deleted)"), or its hidden named
// temporary where the file system has no unnamed files.
QStringList filesBeingWritten(qint64 pid, const QString &dir)
{
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    const QString prefix = QDir(dir).canonicalPath() + QLatin1Char('/');
    QStringList files;
    for (const QString &fd :
         QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const QByteArray link = QFile::encodeName(fdDir + QLatin1Char('/') + fd);
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        if (n <= 0)
            continue;
        const QString path = QFile::decodeName(QByteArray(target, n));
        const QString name = path.mid(prefix.size());
        if (path.startsWith(prefix) &&
            ((name.startsWith(QLatin1Char('#')) && name.endsWith(QLatin1String(" (deleted)"))) ||
             (name.startsWith(QLatin1Char('.')) && name.endsWith(QLatin1String(".tmp")))))
            files << QString::fromLatin1(link);
    }
    return files;
}

// Event `i` of a made-up echo run: a mix of kinds with and without payload.
Event eventNumber(int i, std::uint32_t actor, QByteArray *payload)
{
    Event e;
    e.tNs = std::int64_t(i) * 1'000'000; // 1 ms apart
    e.actor = actor;
    e.fd = 4 + i % 3;
    switch (i % 4) {
    case 0:
        e.kind = EventKind::RecvBegin;
        payload->clear();
        break;
    case 1:
        e.kind = EventKind::RecvEnd;
        e.bytes = 6;
        *payload = "ping\n" + QByteArray::number(i % 5);
        break;
    case 2:
        e.kind = EventKind::Send;
        e.bytes = 6;
        *payload = "pong\n" + QByteArray::number(i % 7);
        break;
    default:
        e.kind = EventKind::Error;
        e.call = std::uint8_t(EventKind::RecvBegin);
        e.err = 104;
        *payload = "connection reset " + QByteArray::number(i);
        break;
    }
    return e;
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

// One connection that stays open; `lines` echo round trips on it. -1 when it failed.
int openEcho(quint16 port, int lines)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    timeval tv{10, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    sa.sin_port = htons(port);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0) {
        ::close(fd);
        return -1;
    }
    static const char line[] = "stream me\n";
    constexpr int kLine = int(sizeof line - 1);
    for (int i = 0; i < lines; ++i) {
        char reply[kLine];
        int got = 0;
        if (::send(fd, line, kLine, MSG_NOSIGNAL) != kLine)
            break;
        while (got < kLine) {
            const ssize_t n = ::recv(fd, reply + got, std::size_t(kLine - got), 0);
            if (n <= 0)
                break;
            got += int(n);
        }
    }
    return fd;
}

} // namespace

class TestTraceStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Written in pieces as a live run drains (actors arriving on the way, written events
    // forgotten or kept), the file is the whole writer's document, byte for byte.
    void streamedFileIsTheWholeDocument_data()
    {
        QTest::addColumn<bool>("forget");
        QTest::newRow("written events forgotten") << true;
        QTest::newRow("written events kept") << false;
    }
    void streamedFileIsTheWholeDocument()
    {
        QFETCH(bool, forget);
        constexpr int kEvents = 5000;
        constexpr int kDrain = 137; // events per drain: not a divisor of anything
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("stream.json"));
        Trace live;
        Trace whole;
        for (Trace *t : {&live, &whole}) {
            t->scenario = QStringLiteral("serve");
            t->model = QStringLiteral("epoll");
            t->settings.insert(QStringLiteral("protocol"), QStringLiteral("echo"));
            t->addActor({0, ActorKind::Thread, QStringLiteral("main"), 100, 100, 0, false});
        }
        TraceStream stream;
        QVERIFY2(stream.open(path, live), qPrintable(stream.errorString()));
        QByteArray payload;
        qsizetype mostKept = 0;
        for (int i = 0; i < kEvents; ++i) {
            if (i % 1000 == 999) { // a client arrives
                const Actor client{
                    0, ActorKind::Client, QStringLiteral("external \"%1\"").arg(i), 0, 0, 0, true};
                live.addActor(client);
                whole.addActor(client);
            }
            const Event e = eventNumber(i, 1, &payload);
            QVERIFY(live.append(e, payload) >= 0);
            whole.append(e, payload);
            if (i % kDrain == 0) {
                QVERIFY2(stream.writeSettled(live, e.tNs, forget),
                         qPrintable(stream.errorString()));
                mostKept = std::max(mostKept, live.size());
            }
        }
        QVERIFY2(stream.finish(live), qPrintable(stream.errorString()));
        QCOMPARE(stream.eventsWritten(), qint64(kEvents));
        QCOMPARE(readAll(path), traceToJson(whole));
        QCOMPARE(temporaries(dir.path()), QStringList());
        // Forgotten: the trace held the unsettled window (250 ms = 250 events) and what one
        // drain adds, twice at most (it is compacted once half is written), never the run.
        if (forget)
            QVERIFY2(mostKept < 2 * (250 + kDrain) + 2, qPrintable(QString::number(mostKept)));
        else
            QCOMPARE(live.size(), qsizetype(kEvents));
        QString error;
        const auto loaded = loadTraceFile(path, &error);
        QVERIFY2(loaded, qPrintable(error));
        QCOMPARE(loaded->size(), qsizetype(kEvents));
        QCOMPARE(loaded->actors().size(), whole.actors().size());
    }

    // An event older than what is on disk (a child's record that came very late) cannot take
    // its place in the file: it is refused and counted in the file's "dropped" record, and
    // the file stays in time order.
    void lateEventIsCountedNotWrittenOutOfOrder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("late.json"));
        Trace trace;
        trace.addActor({0, ActorKind::Thread, QStringLiteral("main"), 1, 1, 0, false});
        TraceStream stream;
        QVERIFY(stream.open(path, trace));
        QByteArray payload;
        for (int i = 0; i <= 1000; ++i) // every 4 ms up to 4 s: recv_begin only
            trace.append(eventNumber(i * 4, 1, &payload), payload);
        QVERIFY(stream.writeSettled(trace, trace.endNs(), true)); // up to 3.75 s
        QCOMPARE(stream.eventsWritten(), qint64(3750 / 4 + 1));
        Event late;
        late.tNs = 100'000'000; // 0.1 s: long written
        late.actor = 1;
        late.kind = EventKind::Close;
        late.fd = 9;
        QCOMPARE(trace.append(late), qsizetype(-1));
        QCOMPARE(trace.lateEvents(), qint64(1));
        Event inTime = late;
        inTime.tNs = 3'999'000'000; // not written yet: takes its place
        QVERIFY(trace.append(inTime) >= 0);
        QVERIFY(stream.finish(trace));

        QString error;
        const auto loaded = loadTraceFile(path, &error);
        QVERIFY2(loaded, qPrintable(error)); // loading checks the time order
        QCOMPARE(loaded->size(), qsizetype(1002));
        QCOMPARE(loaded->droppedEvents(), qint64(1));
        QCOMPARE(loaded->firstDroppedNs(), qint64(100'000'000));
    }

    // A device that refuses the bytes: the stream says so, with the file and errno text.
    void writeErrorIsSaid()
    {
        Trace trace;
        trace.addActor({0, ActorKind::Thread, QStringLiteral("main"), 1, 1, 0, false});
        TraceStream stream;
        bool ok = stream.open(QStringLiteral("/dev/full"), trace);
        QByteArray payload;
        for (int i = 0; ok && i < 200000; ++i) {
            trace.append(eventNumber(i, 1, &payload), payload);
            if (i % 1000 == 0)
                ok = stream.writeSettled(trace, trace.endNs(), true);
        }
        ok = ok && stream.finish(trace);
        QVERIFY(!ok);
        QVERIFY2(stream.errorString().startsWith(QStringLiteral("/dev/full: cannot write: ")),
                 qPrintable(stream.errorString()));
        QVERIFY(!stream.isOpen());
    }

    // serve --trace: the file grows on disk while the server runs (a temporary next to the
    // target, the target not there yet); after SIGTERM it is the whole trace, renamed.
    void serveTraceGrowsOnDiskWhileItRuns()
    {
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("serve.json"));
        QProcess p;
        const quint16 port = startServe(p, {QStringLiteral("--model"), QStringLiteral("epoll"),
                                            QStringLiteral("--trace"), tracePath});
        QVERIFY2(port != 0, p.readAllStandardError().constData());
        auto killOnFailure = qScopeGuard([&] {
            if (p.state() != QProcess::NotRunning) {
                ::kill(pid_t(p.processId()), SIGKILL); // our own child only
                p.waitForFinished(kBoundMs);
            }
        });
        const int client = openEcho(port, 300);
        QVERIFY(client >= 0);
        auto closeClient = qScopeGuard([&] { ::close(client); });
        // 300 round trips are 300 recv_end events of the server: on disk while it runs.
        auto onDisk = [&] {
            const QStringList files = filesBeingWritten(p.processId(), dir.path());
            return files.size() == 1 ? readAll(files[0]).count("\"recv_end\"") : qsizetype(-1);
        };
        QTRY_VERIFY_WITH_TIMEOUT(onDisk() >= 300, kBoundMs);
        QVERIFY(!QFile::exists(tracePath)); // renamed into place only at the end
        QCOMPARE(p.state(), QProcess::Running);

        QCOMPARE(::kill(pid_t(p.processId()), SIGTERM), 0); // our own child only
        QVERIFY(p.waitForFinished(kBoundMs));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QString error;
        const auto trace = loadTraceFile(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        qsizetype recvEnds = 0;
        for (const Event &e : trace->events())
            recvEnds += e.kind == EventKind::RecvEnd ? 1 : 0;
        QVERIFY(recvEnds >= 300);
        QCOMPARE(trace->droppedEvents(), qint64(0));
        QCOMPARE(temporaries(dir.path()), QStringList());
    }

    // run --trace --summary stopped by SIGTERM: the file holds every event the summary counts.
    void stoppedRunHoldsWhatTheSummaryCounts()
    {
        QTemporaryDir dir;
        const QString scenarioPath = dir.filePath(QStringLiteral("slow.json"));
        QFile file(scenarioPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"name": "slow", "title": "Slow", "topic": "testing",
            "description": "Clients that take their time.", "models": ["threaded"],
            "timeout_ms": 120000,
            "clients": [{"name": "talker", "steps": ["connect", {"do": "send", "data": "hi\n"},
            {"do": "recv"}, {"do": "sleep", "ms": 100000}, "close"]},
            {"name": "sleeper", "steps": ["connect", {"do": "sleep", "ms": 100000}, "close"]}]})");
        file.close();
        const QString tracePath = dir.filePath(QStringLiteral("run.json"));
        QProcess p;
        p.start(cli(), {QStringLiteral("run"), QStringLiteral("--scenario"), scenarioPath,
                        QStringLiteral("--trace"), tracePath, QStringLiteral("--summary")});
        QVERIFY(p.waitForStarted(kBoundMs));
        auto killOnFailure = qScopeGuard([&] {
            if (p.state() != QProcess::NotRunning) {
                ::kill(pid_t(p.processId()), SIGKILL); // our own child only
                p.waitForFinished(kBoundMs);
            }
        });
        // The talker's reply is on disk: the run is under way.
        auto replied = [&] {
            const QStringList files = filesBeingWritten(p.processId(), dir.path());
            return files.size() == 1 && readAll(files[0]).count("\"kind\":\"recv_end\"") >= 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(replied(), kBoundMs);
        QCOMPARE(::kill(pid_t(p.processId()), SIGTERM), 0); // our own child only
        QVERIFY(p.waitForFinished(kBoundMs));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 143, p.readAllStandardError().constData());
        const QJsonObject summary =
            QJsonDocument::fromJson(p.readAllStandardOutput().trimmed()).object();
        QVERIFY(summary.contains(QStringLiteral("events")));
        QString error;
        const auto trace = loadTraceFile(tracePath, &error);
        QVERIFY2(trace, qPrintable(error));
        QCOMPARE(trace->size(), qsizetype(summary.value(QStringLiteral("events")).toInt()));
        QVERIFY(trace->size() > 10);
        QCOMPARE(temporaries(dir.path()), QStringList());
    }

    // A serve killed while its trace streams to disk (SIGKILL: no handler runs) leaves nothing
    // behind: no half file, no hidden temporary, however much it had written.
    void killedWhileStreamingLeavesNothing()
    {
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("serve.json"));
        QProcess p;
        const quint16 port = startServe(p, {QStringLiteral("--model"), QStringLiteral("epoll"),
                                            QStringLiteral("--trace"), tracePath});
        QVERIFY2(port != 0, p.readAllStandardError().constData());
        const int client = openEcho(port, 300);
        QVERIFY(client >= 0);
        auto closeClient = qScopeGuard([&] { ::close(client); });
        auto written = [&] {
            const QStringList files = filesBeingWritten(p.processId(), dir.path());
            return files.size() == 1 && readAll(files[0]).count("\"recv_end\"") >= 300;
        };
        QTRY_VERIFY_WITH_TIMEOUT(written(), kBoundMs);
        QCOMPARE(::kill(pid_t(p.processId()), SIGKILL), 0); // our own child only
        QVERIFY(p.waitForFinished(kBoundMs));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    // A second SIGTERM right behind the first, while the stop writes the tail: the process
    // ends by that signal with the old file untouched, or (it was quicker) exits with the new
    // file whole. Never a cut file, never a temporary left behind.
    void secondSignalLeavesTheOldFileOrAWholeOne()
    {
        QTemporaryDir dir;
        const QString tracePath = dir.filePath(QStringLiteral("serve.json"));
        const QByteArray old = "{\"the\": \"old trace\"}\n";
        {
            QFile f(tracePath);
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(old) == old.size());
        }
        QProcess p;
        const quint16 port = startServe(p, {QStringLiteral("--model"), QStringLiteral("threaded"),
                                            QStringLiteral("--trace"), tracePath});
        QVERIFY2(port != 0, p.readAllStandardError().constData());
        auto killOnFailure = qScopeGuard([&] {
            if (p.state() != QProcess::NotRunning) {
                ::kill(pid_t(p.processId()), SIGKILL); // our own child only
                p.waitForFinished(kBoundMs);
            }
        });
        const int client = openEcho(port, 200);
        QVERIFY(client >= 0);
        auto closeClient = qScopeGuard([&] { ::close(client); });
        QTRY_VERIFY_WITH_TIMEOUT(filesBeingWritten(p.processId(), dir.path()).size() == 1,
                                 kBoundMs);
        QCOMPARE(::kill(pid_t(p.processId()), SIGTERM), 0); // our own child only
        ::kill(pid_t(p.processId()), SIGTERM);              // may find it gone: either is fine
        QVERIFY(p.waitForFinished(kBoundMs));
        const QByteArray now = readAll(tracePath);
        if (p.exitStatus() == QProcess::CrashExit) {
            QCOMPARE(now, old);
        } else {
            QCOMPARE(p.exitCode(), 0);
            QString error;
            QVERIFY2(traceFromJson(now, &error), qPrintable(error));
        }
        QCOMPARE(temporaries(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestTraceStream)
#include "tst_tracestream.moc"
