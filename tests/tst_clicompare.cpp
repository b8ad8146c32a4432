// `sockscope-cli compare`: the table, and --json (an array shaped like `run --summary`).
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <algorithm>
#include <vector>

namespace {
struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runCli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("SOCKSCOPE_CLI"), args);
    Result r;
    if (!p.waitForFinished(60000)) {
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
} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(!qEnvironmentVariableIsEmpty("SOCKSCOPE_CLI")); }

    void table()
    {
        const Result r = runCli({QStringLiteral("compare"), QStringLiteral("--scenario"),
                                 QStringLiteral("three-clients"), QStringLiteral("--models"),
                                 QStringLiteral("sequential,threaded,select")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines =
            QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // A header with the models in the order given, 8 run rows, 3 rows for each client.
        QCOMPARE(lines.size(), 1 + 8 + 3 * 3);
        const QString header = lines[0];
        QVERIFY(header.indexOf(QStringLiteral("sequential")) <
                header.indexOf(QStringLiteral("threaded")));
        QVERIFY(header.indexOf(QStringLiteral("threaded")) <
                header.indexOf(QStringLiteral("select")));
        for (const char *label : {"makespan (ms)", "threads created", "processes created",
                                  "peak threads", "peak zombies", "system calls", "select calls",
                                  "tasks created", "client 3: waited before accept (ms)",
                                  "client 3: first reply (ms)", "client 3: done (ms)"}) {
            QVERIFY2(r.out.contains(label), label);
        }
        auto cells = [&](const char *label) {
            for (const QString &line : lines) {
                if (line.startsWith(QLatin1String(label)))
                    return line.mid(int(qstrlen(label)))
                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            }
            return QStringList();
        };
        QCOMPARE(cells("threads created"),
                 QStringList({QStringLiteral("0"), QStringLiteral("3"), QStringLiteral("0")}));
        const QStringList selects = cells("select calls");
        QCOMPARE(selects.size(), 3);
        QCOMPARE(selects[0], QStringLiteral("0"));
        QVERIFY(selects[2].toInt() > 0);
        // Two of the three wait behind another client under sequential, none under threaded.
        // Which client the kernel queues first varies: compare by place in line, not by name.
        auto sortedWaits = [&](int column) {
            std::vector<double> waits;
            for (const char *label :
                 {"client 1: waited before accept (ms)", "client 2: waited before accept (ms)",
                  "client 3: waited before accept (ms)"})
                waits.push_back(cells(label).value(column).toDouble());
            std::sort(waits.begin(), waits.end());
            return waits;
        };
        const std::vector<double> sequential = sortedWaits(0), threaded = sortedWaits(1);
        QVERIFY(sequential[1] > threaded[1]);
        QVERIFY(sequential[2] > threaded[2]);
    }

    // The lecture's three ways side by side: threads, epoll (selectors) and asyncio.
    void threadsEpollAsyncio()
    {
        const Result r = runCli({QStringLiteral("compare"), QStringLiteral("--scenario"),
                                 QStringLiteral("three-clients"), QStringLiteral("--models"),
                                 QStringLiteral("threaded,epoll,asyncio")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines =
            QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        auto cells = [&](const char *label) {
            for (const QString &line : lines) {
                if (line.startsWith(QLatin1String(label)))
                    return line.mid(int(qstrlen(label)))
                        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
            }
            return QStringList();
        };
        QCOMPARE(cells("tasks created"),
                 QStringList({QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("3")}));
        const QStringList threads = cells("threads created");
        QCOMPARE(threads.size(), 3);
        QVERIFY(threads[0].toInt() >= 3);
        QCOMPARE(threads[1], QStringLiteral("0"));
        QCOMPARE(threads[2], QStringLiteral("0"));
    }

    void json()
    {
        const Result r = runCli({QStringLiteral("compare"), QStringLiteral("--scenario"),
                                 QStringLiteral("three-clients"), QStringLiteral("--models"),
                                 QStringLiteral("sequential,threaded"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
        QVERIFY2(doc.isArray(), qPrintable(parseError.errorString()));
        const QJsonArray runs = doc.array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0][QStringLiteral("model")].toString(), QStringLiteral("sequential"));
        QCOMPARE(runs[1][QStringLiteral("model")].toString(), QStringLiteral("threaded"));

        // The same shape as `run --summary`.
        const Result single = runCli({QStringLiteral("run"), QStringLiteral("--scenario"),
                                      QStringLiteral("three-clients"), QStringLiteral("--model"),
                                      QStringLiteral("threaded"), QStringLiteral("--summary")});
        QVERIFY2(single.exitCode == 0, single.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(single.out).object();
        QVERIFY(!summary.isEmpty());
        for (const QJsonValue &run : runs) {
            QCOMPARE(run.toObject().keys(), summary.keys());
            const QJsonArray clients = run[QStringLiteral("per_client")].toArray();
            QCOMPARE(clients.size(), 3);
            QCOMPARE(clients[0].toObject().keys(),
                     summary[QStringLiteral("per_client")].toArray()[0].toObject().keys());
        }
        QCOMPARE(runs[1][QStringLiteral("threads_created")].toInt(), 3);
        QVERIFY(runs[1][QStringLiteral("threads_peak")].toInt() >
                runs[0][QStringLiteral("threads_peak")].toInt());
        QVERIFY(runs[0][QStringLiteral("system_calls")].toInt() > 0);
    }

    // asyncio-blocking-call and its variant asyncio-await side by side: the same model, the
    // handler's sleep blocking in one and awaited in the other.
    void blockingAndAwaitedSideBySide()
    {
        const Result r =
            runCli({QStringLiteral("compare"), QStringLiteral("--scenario"),
                    QStringLiteral("asyncio-blocking-call"), QStringLiteral("--models"),
                    QStringLiteral("asyncio,asyncio-await"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray runs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0][QStringLiteral("model")].toString(), QStringLiteral("asyncio"));
        QVERIFY(!runs[0].toObject().contains(QStringLiteral("variant")));
        QCOMPARE(runs[1][QStringLiteral("model")].toString(), QStringLiteral("asyncio"));
        QCOMPARE(runs[1][QStringLiteral("variant")].toString(), QStringLiteral("asyncio-await"));
        for (const auto &run : runs) {
            QCOMPARE(run[QStringLiteral("tasks_created")].toInt(), 2);
            QCOMPARE(run[QStringLiteral("threads_peak")].toInt(), 1);
        }
        // The table names the variant in its header.
        const Result table =
            runCli({QStringLiteral("compare"), QStringLiteral("--scenario"),
                    QStringLiteral("asyncio-blocking-call"), QStringLiteral("--models"),
                    QStringLiteral("asyncio-await,threaded")});
        QVERIFY2(table.exitCode == 0, table.err.constData());
        const QByteArray header = table.out.left(table.out.indexOf('\n'));
        QVERIFY2(header.contains("asyncio-await") && header.contains("threaded"),
                 header.constData());
        // A variant belongs to its scenario.
        const Result other = runCli({QStringLiteral("compare"), QStringLiteral("--scenario"),
                                     QStringLiteral("three-clients"), QStringLiteral("--models"),
                                     QStringLiteral("threaded,asyncio-await")});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.err.contains("unknown model 'asyncio-await'"), other.err.constData());
    }

    void errors()
    {
        Result r = runCli({QStringLiteral("compare"), QStringLiteral("--scenario"),
                           QStringLiteral("three-clients"), QStringLiteral("--models"),
                           QStringLiteral("sequential,nosuch")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("unknown model 'nosuch'"));
        QVERIFY(r.out.isEmpty());
        r = runCli(
            {QStringLiteral("compare"), QStringLiteral("--models"), QStringLiteral("sequential")});
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"
