// `sockscope-cli convert` reads its trace a piece at a time (issue 19, item 4): the reader
// gives the trace loadTraceFile() gives, whatever the order of the keys, refuses what it
// refuses with the same words (a broken file: with line and column), and a large trace
// converts under an address-space limit the whole-document loader cannot live with.

#include "sanitizerbuild.h"
#include "trace/trace.h"
#include "trace/tracefile.h"
#include "trace/tracereader.h"
#include "trace/tracestream.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <limits>

using namespace sockscope;

namespace {

constexpr int kBoundMs = 300000; // only keeps a broken binary from hanging the test

QString cli()
{
    return qEnvironmentVariable("SOCKSCOPE_CLI");
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// An echo-like run: a server thread and clients, waits with sets, previews, errors. Events
// [from, to) are appended to `t`, which has the two actors (see echoTrace()).
void appendEchoEvents(Trace &t, int from, int to)
{
    const std::uint32_t server = 1;
    const std::uint32_t client = 2;
    for (int i = from; i < to; ++i) {
        Event e;
        e.tNs = std::int64_t(i) * 1000;
        e.fd = 5;
        QByteArray payload;
        switch (i % 4) {
        case 0: {
            e.actor = server;
            e.kind = EventKind::WaitEnd;
            e.call = std::uint8_t(WaitMechanism::Epoll);
            WaitSets sets;
            sets.readSet = {3, 5};
            sets.readyRead = {5};
            payload = payload::encodeWaitSets(sets);
            break;
        }
        case 1:
            e.actor = server;
            e.kind = EventKind::RecvEnd;
            e.bytes = 12;
            payload = "line " + QByteArray::number(i) + "\n";
            break;
        case 2:
            e.actor = client;
            e.kind = EventKind::Send;
            e.bytes = 12;
            payload = "line \x01\xff" + QByteArray::number(i);
            break;
        default:
            e.actor = server;
            e.kind = EventKind::Error;
            e.call = std::uint8_t(EventKind::RecvBegin);
            e.err = 104;
            payload = "reset by peer";
        }
        t.append(e, payload);
    }
}

Trace echoHead()
{
    Trace t;
    t.scenario = QStringLiteral("serve");
    t.model = QStringLiteral("epoll");
    t.settings.insert(QStringLiteral("protocol"), QStringLiteral("echo"));
    t.addActor({0, ActorKind::Thread, QStringLiteral("main"), 7, 7, 0, false});
    t.addActor({0, ActorKind::Client, QStringLiteral("external 127.0.0.1:5"), 0, 0, 0, true});
    return t;
}

Trace echoTrace(int events)
{
    Trace t = echoHead();
    appendEchoEvents(t, 0, events);
    return t;
}

// The same trace written to `path` as it is made (TraceStream), so that this test process
// never holds it: a child forked from it starts with its peak resident memory.
bool saveEchoTraceStreamed(int events, const QString &path)
{
    Trace t = echoHead();
    TraceStream stream;
    if (!stream.open(path, t))
        return false;
    constexpr int kBatch = 4096;
    for (int from = 0; from < events; from += kBatch) {
        appendEchoEvents(t, from, std::min(events, from + kBatch));
        if (!stream.writeSettled(t, std::numeric_limits<std::int64_t>::max() / 2, true))
            return false;
    }
    return stream.finish(t);
}

// `sockscope-cli convert IN --chrome-trace OUT` under a 256 MiB address-space limit: its exit
// status (-1: killed by a signal) and its peak resident memory in kB.
int convertUnderLimit(const QString &in, const QString &out, long *peakKb)
{
    const QByteArray program = QFile::encodeName(cli());
    const QByteArray inPath = QFile::encodeName(in);
    const QByteArray outPath = QFile::encodeName(out);
    const char *argv[] = {program.constData(), "convert",           inPath.constData(),
                          "--chrome-trace",    outPath.constData(), nullptr};
    const pid_t pid = ::fork();
    if (pid == 0) { // only async-signal-safe calls here
        const rlim_t limit = rlim_t(256) << 20;
        const rlimit as{limit, limit};
        ::setrlimit(RLIMIT_AS, &as);
        ::execv(argv[0], const_cast<char *const *>(argv));
        ::_exit(127);
    }
    if (pid < 0)
        return -2;
    int status = 0;
    rusage usage{};
    while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
    }
    *peakKb = usage.ru_maxrss;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

} // namespace

class TestTraceReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Actors after the events (as written now) or before them (older files), and a file
    // re-saved with other whitespace: the same trace as the whole-document loader's.
    void readsWhatTheLoaderReads_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray now = traceToJson(echoTrace(3000));
        QTest::newRow("as written") << now;
        QJsonObject o = QJsonDocument::fromJson(now).object();
        QTest::newRow("indented, keys sorted (actors first)")
            << QJsonDocument(o).toJson(QJsonDocument::Indented);
        QTest::newRow("no events")
            << QByteArray(R"({"format":"sockscope-trace","version":1,"events":[],"actors":[]})");
    }
    void readsWhatTheLoaderReads()
    {
        QFETCH(QByteArray, json);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.json"));
        QVERIFY(writeFile(path, json));
        QString error;
        const auto whole = loadTraceFile(path, &error);
        QVERIFY2(whole, qPrintable(error));
        const auto piecewise = readTraceFileIncrementally(path, &error);
        QVERIFY2(piecewise, qPrintable(error));
        QCOMPARE(traceToJson(*piecewise), traceToJson(*whole));
    }

    // Files of several megabytes are read a batch of events at a time (simdjson, about 1 MB
    // each, cut at a line break or where an event ends): the same trace as Qt's whole
    // document, and what is refused deep in the file is refused with the same words.
    void batchesReadWhatTheDocumentReads_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // empty: loads
        const QByteArray now = traceToJson(echoTrace(30000));
        QTest::newRow("as written") << now << QString();
        const QByteArray indented =
            QJsonDocument::fromJson(now).toJson(QJsonDocument::Indented); // actors first
        QTest::newRow("indented") << indented << QString();
        QByteArray back = now;
        const QByteArray from = "\n{\"t_ns\":20001000,";
        QVERIFY(back.contains(from));
        back.replace(from, "\n{\"t_ns\":5,");
        QTest::newRow("time goes back at 20001")
            << back
            << QStringLiteral("events[20001], key \"t_ns\": goes back in time (5 after "
                              "20000000)");
        QByteArray broken = now;
        broken.replace(from, "\n{\"t_ns\":20001000,,");
        QTest::newRow("not JSON at 20001")
            << broken << QStringLiteral("the file is not valid JSON");
        QByteArray notObject = now;
        notObject.replace(from, "\n7,{\"t_ns\":20001000,");
        QTest::newRow("not an object at 20001")
            << notObject << QStringLiteral("events[20001]: must be an object");
    }
    void batchesReadWhatTheDocumentReads()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.json"));
        QVERIFY(writeFile(path, json));
        QString documentError;
        const auto document = traceFromJsonDocument(json, &documentError);
        QString error;
        const auto loaded = loadTraceFile(path, &error);
        QString piecewiseError;
        const auto piecewise = readTraceFileIncrementally(path, &piecewiseError);
        QString bytesError;
        const auto fromBytes = traceFromJson(json, &bytesError);
        if (expected.isEmpty()) {
            QVERIFY2(document, qPrintable(documentError));
            QVERIFY2(loaded, qPrintable(error));
            QVERIFY2(piecewise, qPrintable(piecewiseError));
            QVERIFY2(fromBytes, qPrintable(bytesError));
            const QByteArray want = traceToJson(*document);
            QCOMPARE(traceToJson(*loaded), want);
            QCOMPARE(traceToJson(*piecewise), want);
            QCOMPARE(traceToJson(*fromBytes), want);
            return;
        }
        QVERIFY(!document && !loaded && !piecewise && !fromBytes);
        QCOMPARE(error, path + QStringLiteral(": ") + documentError);
        QCOMPARE(bytesError, documentError);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(piecewiseError.contains(expected), qPrintable(piecewiseError));
    }

    // What the loader refuses, refused with the same message.
    void refusesWithTheLoadersWords_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray head =
            R"({"format":"sockscope-trace","version":1,"actors":[{"id":1,"kind":"thread","name":"main"}],"events":)";
        QTest::newRow("unknown kind") << head + R"([{"t_ns":0,"actor":1,"kind":"teleport"}]})";
        QTest::newRow("time goes back")
            << head +
                   R"([{"t_ns":5,"actor":1,"kind":"socket"},{"t_ns":4,"actor":1,"kind":"bind"}]})";
        QTest::newRow("unknown actor") << head + R"([{"t_ns":0,"actor":9,"kind":"socket"}]})";
        QTest::newRow("unknown actor, actors last") << QByteArray(
            R"({"format":"sockscope-trace","version":1,"events":[{"t_ns":0,"actor":1,"kind":"socket"},{"t_ns":1,"actor":9,"kind":"socket"}],"actors":[{"id":1,"kind":"thread"}]})");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"pcap","version":1})");
        QTest::newRow("wrong version")
            << QByteArray(R"({"format":"sockscope-trace","version":7,"actors":[],"events":[]})");
        QTest::newRow("events not array")
            << QByteArray(R"({"format":"sockscope-trace","version":1,"actors":[],"events":{}})");
        QTest::newRow("actor twice") << QByteArray(
            R"({"format":"sockscope-trace","version":1,"actors":[{"id":1,"kind":"thread"},{"id":1,"kind":"client"}],"events":[]})");
        QTest::newRow("array at top") << QByteArray("[]");
        QTest::newRow("bad dropped") << QByteArray(
            R"({"format":"sockscope-trace","version":1,"dropped":5,"actors":[],"events":[]})");
    }
    void refusesWithTheLoadersWords()
    {
        QFETCH(QByteArray, json);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(path, json));
        QString expected;
        QVERIFY(!loadTraceFile(path, &expected));
        QString error;
        QVERIFY(!readTraceFileIncrementally(path, &error));
        QCOMPARE(error, expected);
    }

    // A file that is not JSON: where, as line, column and byte offset.
    void brokenJsonIsPlaced_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bad event on line 3")
            << QByteArray("{\"format\":\"sockscope-trace\",\"version\":1,\"events\":[\n"
                          "{\"t_ns\":0,\"actor\":1,\"kind\":\"socket\"},\n"
                          "{\"t_ns\":1,\"actor\":1,\"kind\":socket}\n],\"actors\":[]}")
            << QStringLiteral("(line 3, column ");
        QTest::newRow("cut short")
            << QByteArray("{\"format\":\"sockscope-trace\",\"version\":1,\"events\":[\n"
                          "{\"t_ns\":0,\"actor\":1,\"kind\":\"soc")
            << QStringLiteral("truncated?");
        // Past the reader's first pieces (1 MiB each), so that the lines before its window
        // are counted: 40,000 events of 51 bytes and then the broken one.
        QByteArray far("{\"format\":\"sockscope-trace\",\"version\":1,\"events\":[\n");
        for (int i = 0; i < 40000; ++i)
            far += QByteArray("{\"t_ns\":%1,\"actor\":1,\"kind\":\"socket\",\"fd\":3},\n")
                       .replace("%1", QByteArray::number(1000000 + i));
        QTest::newRow("bad event past 2 MB")
            << far + QByteArray("{\"t_ns\":2000000,\"actor\":1,\"kind\":socket}\n],\"actors\":[]}")
            << QStringLiteral("(line 40002, column ");
        QTest::newRow("not json") << QByteArray("hello")
                                  << QStringLiteral("byte offset 0 (line 1, column 1): ");
        QTest::newRow("missing comma")
            << QByteArray("{\"format\":\"sockscope-trace\"\n\"version\":1}")
            << QStringLiteral("byte offset 28 (line 2, column 1): ',' or '}'");
    }
    void brokenJsonIsPlaced()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QVERIFY(writeFile(path, json));
        QString error;
        QVERIFY(!readTraceFileIncrementally(path, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("the file is not valid JSON")), qPrintable(error));
    }

    // convert reads and writes a piece at a time (streamTraceFile, convertToChromeTrace): its
    // memory does not grow with the trace. 30,000 and 300,000 events (3 and 34 MB of JSON),
    // each converted under a 256 MiB address-space limit (the whole-document loader and export
    // need several times the file and abort there): the peak resident memory of the larger is
    // within a few MB of the smaller's (measured, Debug: 29.8 and 31.0 MB; holding the trace in
    // its compact form, as convert did before, 24.9 and 40.8 MB).
    void convertMemoryDoesNotGrowWithTheTrace()
    {
        if (testkit::kSanitized)
            QSKIP("a sanitized program reserves terabytes of shadow address space: an "
                  "address-space limit stops it before main()");
        QTemporaryDir dir;
        long peakKb[2] = {0, 0};
        const int sizes[2] = {30000, 300000};
        // Both converted before either output is read: a child forked from this process
        // starts with its peak resident memory, which reading an output would raise.
        for (int k = 0; k < 2; ++k) {
            const QString in = dir.filePath(QStringLiteral("large%1.json").arg(k));
            const QString out = dir.filePath(QStringLiteral("large%1.chrome.json").arg(k));
            QVERIFY(saveEchoTraceStreamed(sizes[k], in));
            const int status = convertUnderLimit(in, out, &peakKb[k]);
            QVERIFY2(status == 0,
                     qPrintable(QStringLiteral("convert ended with status %1").arg(status)));
        }
        for (int k = 0; k < 2; ++k) {
            QFile chrome(dir.filePath(QStringLiteral("large%1.chrome.json").arg(k)));
            QVERIFY(chrome.open(QIODevice::ReadOnly));
            const QJsonObject doc = QJsonDocument::fromJson(chrome.readAll()).object();
            QVERIFY(doc.value(QStringLiteral("traceEvents")).toArray().size() >= sizes[k] / 2);
        }
        QVERIFY2(peakKb[1] - peakKb[0] < 8 * 1024,
                 qPrintable(QStringLiteral("peak resident memory %1 kB for 30,000 events, %2 kB "
                                           "for 300,000")
                                .arg(peakKb[0])
                                .arg(peakKb[1])));
    }
};

QTEST_GUILESS_MAIN(TestTraceReader)
#include "tst_tracereader.moc"
