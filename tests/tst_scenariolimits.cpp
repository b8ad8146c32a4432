// Hostile and careless scenario files: the loader stays linear and lists at most a screenful
// of problems; bad text is refused where it is, raw bytes have an explicit escape; every
// value the loader accepts is served whole in a real run, beyond the limits it is refused
// with the limit named; a run that times out names the client and step it waited in.
// ctest-label: core
#include "models/handler.h"
#include "run/run.h"
#include "scenario/jsonreader.h"
#include "scenario/scenarioloader.h"
#include "trace/trace.h"

#include <QTest>

using namespace sockscope;

namespace {

const char *const kBase = R"({
  "name": "limits",
  "title": "Limits",
  "topic": "testing",
  "description": "A scenario to break.",
  "models": ["threaded", "epoll", "forking"],
  "server": {SERVER},
  "clients": [
    { "name": "probe", "steps": [STEPS] }
  ]EXTRA
})";

QByteArray scenarioJson(const QByteArray &server, const QByteArray &steps,
                        const QByteArray &extra = {}, const QByteArray &models = {})
{
    QByteArray json(kBase);
    json.replace("{SERVER}", server.isEmpty() ? QByteArray("{ \"port\": 0 }") : server);
    json.replace("[STEPS]", steps);
    json.replace("EXTRA", extra);
    if (!models.isEmpty())
        json.replace("[\"threaded\", \"epoll\", \"forking\"]", models);
    return json;
}

QStringList problemTexts(const QByteArray &json, std::optional<Scenario> *scenario = nullptr)
{
    std::vector<ScenarioProblem> problems;
    auto s = parseScenario(json, QStringLiteral("limits.json"), &problems);
    if (scenario)
        *scenario = s;
    QStringList texts;
    for (const auto &p : problems)
        texts << p.toString();
    return texts;
}

// Runs the scenario under `model` to the end and returns its trace; *failure gets the run's.
Trace runScenario(const Scenario &scenario, const QString &model, QString *failure)
{
    RunConfig config = scenario.configFor(model);
    Run run(config);
    Trace trace;
    QString error;
    if (!run.start(&error)) {
        *failure = error;
        return trace;
    }
    if (!run.waitFinished(60000))
        *failure = QStringLiteral("not finished within the bound");
    run.stop();
    run.recorder().drainInto(trace);
    if (failure->isEmpty())
        *failure = run.failure();
    if (failure->isEmpty() && !run.clientProblems().isEmpty())
        *failure = run.clientProblems().join(QLatin1Char('\n'));
    return trace;
}

qint64 bytesReceivedBy(const Trace &trace, const QString &client)
{
    std::uint32_t id = 0;
    for (const auto &a : trace.actors())
        if (a.name == client)
            id = a.id;
    qint64 total = 0;
    for (qsizetype i = 0; i < trace.size(); ++i) {
        const Event &e = trace.at(i);
        if (e.actor == id && (e.kind == EventKind::RecvEnd || e.kind == EventKind::RecvfromEnd) &&
            e.bytes > 0)
            total += e.bytes;
    }
    return total;
}

} // namespace

class TestScenarioLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // 50,000 unknown keys: at most 50 messages, then one "and N more"; the first ones in the
    // file are the ones listed. (Linear work is counted by unknownKeysCostLinearWork; the time
    // is measured by ./scripts/bench, scenario_load.)
    void manyUnknownKeysAreCapped_data()
    {
        QTest::addColumn<bool>("sameKey");
        QTest::newRow("unknown keys") << false;
        QTest::newRow("one key repeated") << true;
    }
    void manyUnknownKeysAreCapped()
    {
        QFETCH(bool, sameKey);
        QByteArray keys;
        constexpr int kKeys = 50000;
        for (int i = 0; i < kKeys; ++i)
            keys += (sameKey ? QByteArray(",\n  \"name\": \"x\"")
                             : QByteArray(",\n  \"junk") + QByteArray::number(i) + "\": 1");
        const QStringList texts = problemTexts(scenarioJson({}, "[\"connect\", \"close\"]", keys));
        QCOMPARE(texts.size(), 51);
        QVERIFY2(texts.last().contains(QStringLiteral("and %1 more").arg(kKeys - 50)),
                 qPrintable(texts.last()));
        QVERIFY2(texts.first().startsWith(QStringLiteral("limits.json:11:")),
                 qPrintable(texts.first()));
        QVERIFY2(texts[49].startsWith(QStringLiteral("limits.json:60:")), qPrintable(texts[49]));
    }

    // Linear by counts, not by time: eight times the unknown keys is at most about eight
    // times the work (problems reported, list entries sorted), the messages built and the
    // problems held at once stay bounded by the cap, whatever the size. A loader that sorted
    // its whole list at every problem (the quadratic one) would sort 64 times as many.
    void unknownKeysCostLinearWork()
    {
        auto workFor = [](int keys) {
            QByteArray extra;
            for (int i = 0; i < keys; ++i)
                extra += QByteArray(",\n  \"junk") + QByteArray::number(i) + "\": 1";
            ScenarioLoadWork work;
            ScenarioLoadOptions options;
            options.work = &work;
            std::vector<ScenarioProblem> problems;
            parseScenario(scenarioJson({}, "[\"connect\", \"close\"]", extra),
                          QStringLiteral("limits.json"), &problems, options);
            return work;
        };
        constexpr int kSmall = 5000;
        const ScenarioLoadWork small = workFor(kSmall);
        const ScenarioLoadWork large = workFor(8 * kSmall);
        QCOMPARE(small.problemsReported, qint64(kSmall));
        QCOMPARE(large.problemsReported, qint64(8 * kSmall));
        const qint64 cap = 4 * ScenarioLoadOptions().maxProblems;
        for (const ScenarioLoadWork &w : {small, large}) {
            QVERIFY2(w.problemsHeldPeak <= cap, qPrintable(QString::number(w.problemsHeldPeak)));
            QVERIFY2(w.messagesMade <= w.problemsReported,
                     qPrintable(QString::number(w.messagesMade)));
            QVERIFY2(w.entriesSorted <= 2 * w.problemsReported + cap,
                     qPrintable(QString::number(w.entriesSorted)));
        }
        QVERIFY2(
            large.entriesSorted <= 10 * small.entriesSorted,
            qPrintable(
                QStringLiteral("%1 against %2").arg(large.entriesSorted).arg(small.entriesSorted)));
        QVERIFY2(
            large.messagesMade <= 10 * small.messagesMade,
            qPrintable(
                QStringLiteral("%1 against %2").arg(large.messagesMade).arg(small.messagesMade)));
    }

    void badTextIsRefusedWhereItIs_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");
        QTest::newRow("invalid byte") << QByteArray("ab\xff") << QStringLiteral("limits.json:9:71:")
                                      << QStringLiteral("invalid UTF-8");
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << QStringLiteral("limits.json:9:69:")
                                  << QStringLiteral("invalid UTF-8");
        QTest::newRow("encoded surrogate")
            << QByteArray("\xed\xa0\x80") << QStringLiteral("limits.json:9:69:")
            << QStringLiteral("invalid UTF-8");
        QTest::newRow("lone high surrogate")
            << QByteArray("x\\ud800y") << QStringLiteral("limits.json:9:70:")
            << QStringLiteral("surrogate");
        QTest::newRow("lone low surrogate")
            << QByteArray("\\udc00") << QStringLiteral("limits.json:9:69:")
            << QStringLiteral("surrogate");
        QTest::newRow("high then not low")
            << QByteArray("\\ud800\\u0041") << QStringLiteral("limits.json:9:69:")
            << QStringLiteral("surrogate");
    }
    void badTextIsRefusedWhereItIs()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, where);
        QFETCH(QString, says);
        const QStringList texts = problemTexts(scenarioJson(
            {}, "[\"connect\", {\"do\": \"send\", \"data\": \"" + data + "\"}, \"close\"]"));
        QCOMPARE(texts.size(), 1);
        QVERIFY2(texts[0].startsWith(where), qPrintable(texts[0]));
        QVERIFY2(texts[0].contains(says), qPrintable(texts[0]));
    }

    void aValidPairAndUtf8StillLoad()
    {
        std::optional<Scenario> s;
        const QStringList texts = problemTexts(
            scenarioJson({}, "[\"connect\", {\"do\": \"send\", \"data\": \"\\ud83d\\ude00 é\"}, "
                             "\"close\"]"),
            &s);
        QVERIFY2(texts.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
        QCOMPARE(s->config.clients[0].steps[1].data, QByteArray("\xf0\x9f\x98\x80 \xc3\xa9"));
    }

    void dataHexGivesExactlyThoseBytes()
    {
        std::optional<Scenario> s;
        const QStringList texts = problemTexts(
            scenarioJson({}, "[\"connect\", {\"do\": \"send\", \"data_hex\": \"ff 00 fe0A\"}, "
                             "\"close\"]"),
            &s);
        QVERIFY2(texts.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
        QCOMPARE(s->config.clients[0].steps[1].data, QByteArray("\xff\x00\xfe\x0a", 4));
    }

    void dataHexMistakesAreNamed_data()
    {
        QTest::addColumn<QByteArray>("step");
        QTest::addColumn<QString>("says");
        QTest::newRow("not hex") << QByteArray("\"data_hex\": \"0g\"")
                                 << QStringLiteral("\"g\" is not a hexadecimal");
        QTest::newRow("odd digits")
            << QByteArray("\"data_hex\": \"abc\"") << QStringLiteral("only one digit");
        QTest::newRow("both") << QByteArray("\"data\": \"a\", \"data_hex\": \"61\"")
                              << QStringLiteral("not both");
        QTest::newRow("wrong step") << QByteArray("\"count\": 2, \"data_hex\": \"61\"")
                                    << QStringLiteral("\"data_hex\" does not apply");
    }
    void dataHexMistakesAreNamed()
    {
        QFETCH(QByteArray, step);
        QFETCH(QString, says);
        const QByteArray kind = step.contains("count") ? "recv_exactly" : "send";
        const QStringList texts = problemTexts(
            scenarioJson({}, "[\"connect\", {\"do\": \"" + kind + "\", " + step + "}, \"close\"]"));
        QVERIFY2(!texts.isEmpty(), "accepted");
        QVERIFY2(texts.join(QLatin1Char('\n')).contains(says),
                 qPrintable(texts.join(QLatin1Char('\n'))));
    }

    // A number beyond a double is no syntax error: the field it is in is named.
    void hugeNumbersNameTheirField_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("field");
        QTest::newRow("speed") << QByteArray(",\n  \"speed\": 1e309")
                               << QStringLiteral(": speed: ");
        QTest::newRow("timeout") << QByteArray(",\n  \"timeout_ms\": -1e309")
                                 << QStringLiteral(": timeout_ms: ");
        QTest::newRow("tiny") << QByteArray(",\n  \"timeout_ms\": 1e-400")
                              << QStringLiteral(": timeout_ms: ");
    }
    void hugeNumbersNameTheirField()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, field);
        const QStringList texts = problemTexts(scenarioJson({}, "[\"connect\", \"close\"]", extra));
        QCOMPARE(texts.size(), 1);
        QVERIFY2(texts[0].contains(field), qPrintable(texts[0]));
        QVERIFY2(texts[0].contains(QStringLiteral("e309")) ||
                     texts[0].contains(QStringLiteral("e-400")),
                 qPrintable(texts[0]));
    }

    void valuesBeyondTheServersLimitsAreRefusedWithTheLimit_data()
    {
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QString>("says");
        QTest::newRow("delimiter")
            << QByteArray("{ \"protocol\": \"delimited\", \"delimiter\": \"" + QByteArray(65, '-') +
                          "\" }")
            << QStringLiteral("at most 64 bytes");
        QTest::newRow("reply") << QByteArray("{ \"reply\": \"" + QByteArray(4097, 'r') + "\" }")
                               << QStringLiteral("at most 4096 bytes");
        QTest::newRow("recv_size")
            << QByteArray("{ \"recv_size\": 65537 }") << QStringLiteral("at most 65536");
        QTest::newRow("fixed_length")
            << QByteArray("{ \"protocol\": \"fixed-length\", \"fixed_length\": 65537 }")
            << QStringLiteral("at most 65536");
    }
    void valuesBeyondTheServersLimitsAreRefusedWithTheLimit()
    {
        QFETCH(QByteArray, server);
        QFETCH(QString, says);
        const QStringList texts = problemTexts(scenarioJson(server, "[\"connect\", \"close\"]"));
        QCOMPARE(texts.size(), 1);
        QVERIFY2(texts[0].contains(says), qPrintable(texts[0]));
    }

    // Each value the loader accepts is served whole: the client gets every byte it waits for
    // (before, each of these runs hung until the timeout).
    void acceptedValuesAreServedWhole_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QByteArray>("server");
        QTest::addColumn<QByteArray>("steps");
        QTest::addColumn<qint64>("expected");
        const QByteArray delimiter = "<<--16 bytes-->>";
        const QByteArray reply(1000, 'R');
        for (const char *model : {"threaded", "epoll", "forking"}) {
            QTest::addRow("%s: 16-byte delimiter", model)
                << QString::fromLatin1(model)
                << QByteArray("{ \"protocol\": \"delimited\", \"delimiter\": \"" + delimiter +
                              "\" }")
                << QByteArray("[\"connect\", {\"do\": \"send\", \"data\": \"hello" + delimiter +
                              "\"}, {\"do\": \"recv_exactly\", \"count\": 21}, \"close\"]")
                << qint64(21);
            QTest::addRow("%s: fixed_length 10000", model)
                << QString::fromLatin1(model)
                << QByteArray("{ \"protocol\": \"fixed-length\", \"fixed_length\": 10000 }")
                << QByteArray("[\"connect\", {\"do\": \"send_bytes\", \"count\": 10000}, "
                              "{\"do\": \"recv_exactly\", \"count\": 10000}, \"close\"]")
                << qint64(10000);
            QTest::addRow("%s: recv_size 65536", model)
                << QString::fromLatin1(model) << QByteArray("{ \"recv_size\": 65536 }")
                << QByteArray("[\"connect\", {\"do\": \"send_bytes\", \"count\": 65536}, "
                              "{\"do\": \"recv_exactly\", \"count\": 65536}, \"close\"]")
                << qint64(65536);
            QTest::addRow("%s: 1000-byte reply", model)
                << QString::fromLatin1(model) << QByteArray("{ \"reply\": \"" + reply + "\" }")
                << QByteArray("[\"connect\", {\"do\": \"send\", \"data\": \"x\"}, "
                              "{\"do\": \"recv_exactly\", \"count\": 1000}, \"close\"]")
                << qint64(1000);
        }
        QTest::addRow("udp: 65507-byte datagram")
            << QStringLiteral("udp") << QByteArray()
            << QByteArray("[\"connect\", {\"do\": \"send_bytes\", \"count\": 65507}, "
                          "{\"do\": \"recv_exactly\", \"count\": 65507}, \"close\"]")
            << qint64(65507);
    }
    void acceptedValuesAreServedWhole()
    {
        QFETCH(QString, model);
        QFETCH(QByteArray, server);
        QFETCH(QByteArray, steps);
        QFETCH(qint64, expected);
        std::optional<Scenario> s;
        const QByteArray models = "[\"" + model.toUtf8() + "\"]";
        const QStringList texts =
            problemTexts(scenarioJson(server, steps, ",\n  \"timeout_ms\": 20000", models), &s);
        QVERIFY2(texts.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
        QString failure;
        const Trace trace = runScenario(*s, model, &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(bytesReceivedBy(trace, QStringLiteral("probe")), expected);
    }

    // data_hex goes out as exactly those bytes: the trace's preview of the send shows them.
    void rawBytesAreSentExactly()
    {
        std::optional<Scenario> s;
        const QStringList texts = problemTexts(
            scenarioJson({},
                         "[\"connect\", {\"do\": \"send\", \"data_hex\": \"ff00c30a\"}, "
                         "{\"do\": \"recv_exactly\", \"count\": 4}, \"close\"]",
                         {}, "[\"threaded\"]"),
            &s);
        QVERIFY2(texts.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
        QString failure;
        const Trace trace = runScenario(*s, QStringLiteral("threaded"), &failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        int sends = 0;
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const Event &e = trace.at(i);
            const Actor *a = trace.actor(e.actor);
            if (a && a->name == QLatin1String("probe") && e.kind == EventKind::Send) {
                QCOMPARE(e.bytes, 4);
                QCOMPARE(trace.preview(e).toByteArray(), QByteArray("\xff\x00\xc3\x0a", 4));
                ++sends;
            }
        }
        QCOMPARE(sends, 1);
    }

    // A client waiting for a reply that never comes: the timeout says who and where.
    void aStuckRunNamesTheClientAndStep()
    {
        std::optional<Scenario> s;
        const QStringList texts =
            problemTexts(scenarioJson("{ \"protocol\": \"fixed-length\", \"fixed_length\": 100 }",
                                      "[\"connect\", {\"do\": \"send\", \"data\": \"short\"}, "
                                      "{\"do\": \"recv_exactly\", \"count\": 100}, \"close\"]",
                                      ",\n  \"timeout_ms\": 300", "[\"threaded\"]"),
                         &s);
        QVERIFY2(texts.isEmpty(), qPrintable(texts.join(QLatin1Char('\n'))));
        QString failure;
        runScenario(*s, QStringLiteral("threaded"), &failure);
        QVERIFY2(failure.contains(QStringLiteral("did not finish within 300 ms")),
                 qPrintable(failure));
        QVERIFY2(failure.contains(QStringLiteral("probe in step 3")), qPrintable(failure));
        QVERIFY2(failure.contains(QStringLiteral("recv")), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestScenarioLimits)
#include "tst_scenariolimits.moc"
