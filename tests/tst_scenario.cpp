// The scenario loader: every bundled scenario validates, and malformed files are reported
// with file, line, column, field and what was expected.
#include "models/modelinfo.h"
#include "scenario/expectcheck.h"
#include "scenario/jsonreader.h"
#include "scenario/scenariolibrary.h"
#include "scenario/scenarioloader.h"
#include "scenario/scenariotexts.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sockscope;

namespace {

// A valid scenario to break in one place at a time. Kept on separate lines so the expected
// line:column of each mutation is easy to read off.
const char *const kValid = R"({
  "name": "tiny",
  "title": "Tiny",
  "topic": "testing",
  "description": "A valid scenario.",
  "models": ["sequential", "threaded"],
  "server": { "port": 0, "work_ms": 10 },
  "clients": [
    { "name": "client 1", "steps": ["connect", { "do": "sleep", "ms": 100 }, { "do": "send", "data": "hi\n" }, "recv", "close"] }
  ]
})";

QStringList problemTexts(const std::vector<ScenarioProblem> &problems)
{
    QStringList texts;
    for (const auto &p : problems)
        texts << p.toString();
    return texts;
}

std::vector<ScenarioProblem> problemsOf(const QByteArray &json, qint64 descriptorLimit = -1)
{
    std::vector<ScenarioProblem> problems;
    ScenarioLoadOptions options;
    options.descriptorLimit = descriptorLimit;
    const auto scenario = parseScenario(json, QStringLiteral("bad.json"), &problems, options);
    // Never a half-configured scenario: either problems or a scenario, never both.
    if (scenario)
        Q_ASSERT(problems.empty());
    return problems;
}

QByteArray replaced(const char *from, const char *to)
{
    QByteArray json(kValid);
    Q_ASSERT(json.contains(from));
    json.replace(from, to);
    return json;
}

} // namespace

class TestScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonReaderRecordsPositions()
    {
        JsonSyntaxError error;
        const auto root =
            parseJsonWithPositions("{\n  \"a\": [1,\n   \"x\"],\n\t\"é\": true\n}", &error);
        QVERIFY(root);
        QCOMPARE(root->members.size(), std::size_t(2));
        const JsonValue &list = root->members[0].value;
        QCOMPARE(list.position.line, 2);
        QCOMPARE(list.position.column, 8);
        QCOMPARE(list.items[1].position.line, 3);
        QCOMPARE(list.items[1].position.column, 4);
        QCOMPARE(root->members[1].keyPosition.line, 4);
        QCOMPARE(root->members[1].keyPosition.column, 2);
        QCOMPARE(root->members[1].key, QStringLiteral("é"));
        // Columns count characters: the value after a two-byte key is at column 7.
        QCOMPARE(root->members[1].value.position.column, 7);
    }

    void jsonReaderRejectsBadSyntax_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("needle");
        QTest::newRow("missing comma")
            << QByteArray("{\"a\": 1\n \"b\": 2}") << 2 << 2 << QStringLiteral("comma missing");
        QTest::newRow("trailing comma")
            << QByteArray("[1, 2, ]") << 1 << 8 << QStringLiteral("trailing comma");
        QTest::newRow("single quotes")
            << QByteArray("{'a': 1}") << 1 << 2 << QStringLiteral("double quotes");
        QTest::newRow("unterminated")
            << QByteArray("{\"a\": \"abc") << 1 << 7 << QStringLiteral("no closing");
        QTest::newRow("empty") << QByteArray("  ") << 1 << 3 << QStringLiteral("empty");
        QTest::newRow("leading zero")
            << QByteArray("[07]") << 1 << 2 << QStringLiteral("start with 0");
        QTest::newRow("garbage after")
            << QByteArray("{} x") << 1 << 4 << QStringLiteral("after the end");
        QTest::newRow("too deep") << QByteArray(200, '[') << 1 << 130
                                  << QStringLiteral("levels deep");
    }

    void jsonReaderRejectsBadSyntax()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, needle);
        JsonSyntaxError error;
        QVERIFY(!parseJsonWithPositions(json, &error));
        QVERIFY2(error.message.contains(needle), qPrintable(error.message));
        QCOMPARE(error.position.line, line);
        QCOMPARE(error.position.column, column);
    }

    void validScenarioLoads()
    {
        std::vector<ScenarioProblem> problems;
        const auto s = parseScenario(kValid, QStringLiteral("tiny.json"), &problems);
        QVERIFY2(s, qPrintable(problemTexts(problems).join(QLatin1Char('\n'))));
        QCOMPARE(s->name, QStringLiteral("tiny"));
        QCOMPARE(s->defaultModel, QStringLiteral("sequential"));
        QCOMPARE(s->config.server.model, QStringLiteral("sequential"));
        QCOMPARE(s->config.server.workMs, 10);
        QCOMPARE(s->config.clients.size(), std::size_t(1));
        const auto &steps = s->config.clients[0].steps;
        QCOMPARE(steps.size(), std::size_t(5));
        QCOMPARE(steps[1].kind, StepKind::Sleep);
        QCOMPARE(steps[1].ms, 100);
        QCOMPARE(steps[2].data, QByteArray("hi\n"));
        QCOMPARE(steps[3].kind, StepKind::Recv);
        QCOMPARE(steps[3].count, 1024);
        QCOMPARE(s->configFor(QStringLiteral("threaded")).server.model, QStringLiteral("threaded"));
    }

    // A variant is a named configuration beside the models: accepted wherever a run's model
    // is chosen, run as its model with its option set, and recorded in the trace's settings.
    // A "blocking_work" condition reads the run's own settings.
    void variantsAndTheBlockingWorkCondition()
    {
        QStringList errors;
        const auto s = loadScenario(QStringLiteral("asyncio-blocking-call"), &errors);
        QVERIFY2(s, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(s->variants.size(), std::size_t(1));
        QCOMPARE(s->runNames(),
                 QStringList({QStringLiteral("asyncio"), QStringLiteral("threaded"),
                              QStringLiteral("epoll"), QStringLiteral("asyncio-await")}));
        QVERIFY(s->fits(QStringLiteral("asyncio-await")));
        QVERIFY(!s->fits(QStringLiteral("asyncio-sleep")));
        const RunConfig blocking = s->configFor(QStringLiteral("asyncio"));
        QVERIFY(blocking.server.blockingWork);
        QVERIFY(blocking.server.variant.isEmpty());
        const RunConfig awaited = s->configFor(QStringLiteral("asyncio-await"));
        QCOMPARE(awaited.server.model, QStringLiteral("asyncio"));
        QVERIFY(!awaited.server.blockingWork);
        QCOMPARE(awaited.server.variant, QStringLiteral("asyncio-await"));
        QCOMPARE(awaited.clients.size(), blocking.clients.size());
        const auto settings = awaited.server.traceSettings();
        QCOMPARE(settings.value(QStringLiteral("variant")), QStringLiteral("asyncio-await"));
        QCOMPARE(settings.value(QStringLiteral("blocking_work")), QStringLiteral("false"));

        QVERIFY(blockingWorkFits(std::nullopt, {}));
        QVERIFY(blockingWorkFits(false, settings));
        QVERIFY(!blockingWorkFits(true, settings));
        QVERIFY(blockingWorkFits(true, blocking.server.traceSettings()));
        // A run without the setting (any other model) matches no condition.
        QVERIFY(
            !blockingWorkFits(false, s->configFor(QStringLiteral("epoll")).server.traceSettings()));
        // Each asyncio chapter of the lesson speaks of one of the two runs.
        int blockingChapters = 0, awaitedChapters = 0;
        for (const Chapter &c : s->chapters) {
            if (!c.models.contains(QStringLiteral("asyncio")))
                continue;
            QVERIFY2(c.blockingWork, qPrintable(c.title));
            (*c.blockingWork ? blockingChapters : awaitedChapters) += 1;
        }
        QVERIFY(blockingChapters >= 3);
        QVERIFY(awaitedChapters >= 3);
    }

    // A file's own translations are used for the UI language; names stay as written.
    void ownTranslations()
    {
        const QByteArray json = replaced(
            R"("models")", R"("translations": {"de": {"Tiny": "Winzig"}, "es": {}}, "models")");
        std::vector<ScenarioProblem> problems;
        const auto s = parseScenario(json, QStringLiteral("t.json"), &problems);
        QVERIFY2(s, qPrintable(problemTexts(problems).join(QLatin1Char('\n'))));
        QCOMPARE(s->title, QStringLiteral("Tiny")); // the loader keeps the English text
        setScenarioLanguage(QStringLiteral("de"));
        const Scenario german = translatedScenario(*s);
        setScenarioLanguage(QStringLiteral("es"));
        const Scenario spanish = translatedScenario(*s); // no entry, no catalogue: English
        setScenarioLanguage(QString());
        QCOMPARE(german.title, QStringLiteral("Winzig"));
        QCOMPARE(german.name, s->name);
        QCOMPARE(german.config.clients[0].name, s->config.clients[0].name);
        QCOMPARE(spanish.title, QStringLiteral("Tiny"));
        QCOMPARE(translatedScenario(*s).title, QStringLiteral("Tiny"));
    }

    void repeatExpandsClients()
    {
        const QByteArray json = replaced(
            R"({ "name": "client 1", "steps")",
            R"({ "name": "reader", "repeat": 3, "start_ms": 10, "stagger_ms": 5, "steps")");
        std::vector<ScenarioProblem> problems;
        const auto s = parseScenario(json, QStringLiteral("r.json"), &problems);
        QVERIFY2(s, qPrintable(problemTexts(problems).join(QLatin1Char('\n'))));
        QCOMPARE(s->config.clients.size(), std::size_t(3));
        QCOMPARE(s->config.clients[2].name, QStringLiteral("reader 3"));
        QCOMPARE(s->config.clients[2].startMs, 20);
    }

    // Each row breaks the valid scenario in one way; the first problem reported must point
    // at the right place and say what was expected.
    void malformedFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // prefix of the first problem's text
        QTest::addColumn<QString>("needle");   // and a phrase from its explanation

        QTest::newRow("unknown model")
            << replaced(R"(["sequential", "threaded"])", R"(["sequential", "threads"])")
            << QStringLiteral("bad.json:6:28: models[1]: unknown model \"threads\"; did you mean "
                              "\"threaded\"?")
            << QStringLiteral("known models: sequential, threaded, forking");
        QTest::newRow("negative delay")
            << replaced(R"("ms": 100)", R"("ms": -5)")
            << QStringLiteral("bad.json:9:71: clients[0].steps[1].ms: expected a delay in "
                              "milliseconds, 0 or more, got the number -5")
            << QStringLiteral("cannot be negative");
        QTest::newRow("port too large")
            << replaced(R"("port": 0)", R"("port": 70000)")
            << QStringLiteral("bad.json:7:23: server.port: expected a port number from 0 to 65535")
            << QStringLiteral("at most 65535; got the number 70000");
        QTest::newRow("negative port")
            << replaced(R"("port": 0)", R"("port": -1)")
            << QStringLiteral("bad.json:7:23: server.port: expected a port number from 0 to 65535")
            << QStringLiteral("got the number -1");
        QTest::newRow("well-known port")
            << replaced(R"("port": 0)", R"("port": 80)")
            << QStringLiteral("bad.json:7:23: server.port: port 80 is a well-known port (0-1023)")
            << QStringLiteral("CAP_NET_BIND_SERVICE");
        // The kernel-side lessons' options: the sequential model implements them.
        QTest::newRow("accept delay under threaded")
            << replaced(R"("work_ms": 10 })", R"("work_ms": 10, "accept_delay_ms": 500 })")
            << QStringLiteral("bad.json:7:60: server.accept_delay_ms: accept_delay_ms is "
                              "implemented by the sequential model only, and this scenario "
                              "also lists \"threaded\"")
            << QStringLiteral("list only \"sequential\" in \"models\"");
        QTest::newRow("send buffer without send bytes")
            << replaced(R"("work_ms": 10 })", R"("work_ms": 10, "send_buffer": 4096 })")
                   .replace(R"(["sequential", "threaded"])", R"(["sequential"])")
            << QStringLiteral("bad.json:7:56: server.send_buffer: send_buffer only matters with "
                              "\"send_bytes\"")
            << QStringLiteral("the send buffer never fills");
        QTest::newRow("send bytes too many")
            << replaced(R"("work_ms": 10 })", R"("work_ms": 10, "send_bytes": 5000000 })")
            << QStringLiteral("bad.json:7:55: server.send_bytes: expected the size of each reply "
                              "in bytes, 0 (the usual reply) to 4194304")
            << QStringLiteral("got the number 5000000");
        QTest::newRow("unknown step kind")
            << replaced(R"("do": "sleep")", R"("do": "slep")")
            << QStringLiteral("bad.json:9:56: clients[0].steps[1].do: unknown step \"slep\"; did "
                              "you mean \"sleep\"?")
            << QStringLiteral("\"connect\", \"sleep\", \"send\"");
        QTest::newRow("unknown bare step")
            << replaced(R"("recv", "close")", R"("recieve", "close")")
            << QStringLiteral("bad.json:9:112: clients[0].steps[3]: unknown step \"recieve\"")
            << QStringLiteral("did you mean \"recv\"?");
        QTest::newRow("missing steps")
            << replaced(
                   R"(, "steps": ["connect", { "do": "sleep", "ms": 100 }, { "do": "send", "data": "hi\n" }, "recv", "close"])",
                   "")
            << QStringLiteral("bad.json:9:5: clients[0].steps: missing required key \"steps\"")
            << QStringLiteral("a list of steps");
        QTest::newRow("missing title")
            << replaced("  \"title\": \"Tiny\",\n", "")
            << QStringLiteral("bad.json:1:1: title: missing required key \"title\"")
            << QStringLiteral("a title for menus");
        QTest::newRow("wrong type")
            << replaced(R"("work_ms": 10)", R"("work_ms": "10")")
            << QStringLiteral("bad.json:7:37: server.work_ms: expected the handler's work in "
                              "milliseconds, 0 or more, got the string \"10\"")
            << QStringLiteral("without quotes");
        QTest::newRow("unknown key with typo")
            << replaced(R"("work_ms": 10)", R"("work_ms": 10, "backlgo": 3)")
            << QStringLiteral("bad.json:7:41: server.backlgo: unknown key \"backlgo\"; did you "
                              "mean \"backlog\"?")
            << QStringLiteral("known keys here:");
        QTest::newRow("unknown top-level key")
            << replaced(R"("topic": "testing")", R"("topik": "testing")")
            << QStringLiteral("bad.json:1:1: topic: missing required key \"topic\"")
            << QStringLiteral("a topic");
        QTest::newRow("key of another step kind")
            << replaced(R"({ "do": "send", "data": "hi\n" })",
                        R"({ "do": "send", "data": "hi\n", "ms": 3 })")
            << QStringLiteral("bad.json:9:110: clients[0].steps[2].ms: \"ms\" does not apply to a "
                              "\"send\" step (it takes: data)")
            << QStringLiteral("send");
        QTest::newRow("send before connect")
            << replaced(R"(["connect", { "do": "sleep")", R"([{ "do": "sleep")")
            << QStringLiteral(
                   "bad.json:9:67: clients[0].steps[1]: a \"send\" step before \"connect\"")
            << QStringLiteral("must connect first (for a UDP client");
        QTest::newRow("too many clients")
            << replaced(R"({ "name": "client 1", "steps")",
                        R"({ "name": "client 1", "repeat": 600, "steps")")
            << QStringLiteral(
                   "bad.json:9:37: clients[0].repeat: 600 clients need about 1264 file descriptors")
            << QStringLiteral("may open only 1024");
        QTest::newRow("default model not listed")
            << replaced(R"("models": ["sequential", "threaded"],)",
                        R"("models": ["sequential", "threaded"], "default_model": "epoll",)")
            << QStringLiteral("bad.json:6:58: default_model: the default model \"epoll\" must be "
                              "one of \"models\"")
            << QStringLiteral("sequential, threaded");
        QTest::newRow("bind to the network")
            << replaced(R"("port": 0)", R"("port": 0, "bind": "0.0.0.0")")
            << QStringLiteral(
                   "bad.json:7:34: server.bind: a scenario file may only bind to loopback")
            << QStringLiteral("--bind");
        QTest::newRow("blocking_work without asyncio")
            << replaced(R"("port": 0)", R"("port": 0, "blocking_work": true)")
            << QStringLiteral("bad.json:7:43: server.blocking_work: blocking_work only changes "
                              "the asyncio model")
            << QStringLiteral("does not list asyncio");
        QTest::newRow("variant named like a model")
            << replaced(
                   R"("models")",
                   R"("variants": [{"name": "threaded", "model": "sequential", "blocking_work": false}], "models")")
            << QStringLiteral("bad.json:6:25: variants[0].name: \"threaded\" is the name of a "
                              "model")
            << QStringLiteral("a name of its own");
        QTest::newRow("variant of a model not listed")
            << replaced(
                   R"("models")",
                   R"("variants": [{"name": "x-await", "model": "asyncio", "blocking_work": false}], "models")")
            << QStringLiteral("bad.json:6:45: variants[0].model: \"asyncio\" is not one of this "
                              "scenario's models")
            << QStringLiteral("sequential, threaded");
        QTest::newRow("variant that sets nothing")
            << replaced(R"("models")",
                        R"("variants": [{"name": "x", "model": "threaded"}], "models")")
            << QStringLiteral("bad.json:6:16: variants[0]: a variant sets")
            << QStringLiteral("this one sets nothing");
        QTest::newRow("variant blocking_work outside asyncio")
            << replaced(
                   R"("models")",
                   R"("variants": [{"name": "x", "model": "threaded", "blocking_work": true}], "models")")
            << QStringLiteral("bad.json:6:68: variants[0].blocking_work: blocking_work only "
                              "changes the asyncio model")
            << QStringLiteral("this variant is of \"threaded\"");
        QTest::newRow("chapter blocking_work without asyncio")
            << replaced(
                   R"("models")",
                   R"("chapters": [{"at_ms": 5, "text": "t", "blocking_work": true}], "models")")
            << QStringLiteral("bad.json:6:59: chapters[0].blocking_work: blocking_work true only "
                              "matches asyncio runs")
            << QStringLiteral("this is about sequential, threaded");
        QTest::newRow("console without watch_console")
            << replaced(R"("models")", R"("console": [{"at_ms": 5, "text": "x"}], "models")")
            << QStringLiteral("bad.json:6:14: console: console lines reach the server only if it "
                              "watches its console")
            << QStringLiteral("watch_console");
        QTest::newRow("predict answer out of range")
            << replaced(
                   R"("models")",
                   R"("predict": [{"question": "q?", "choices": ["a", "b"], "answer": 2, "explanation": "e"}], "models")")
            << QStringLiteral("bad.json:6:67: predict[0].answer: answer 2 is not a choice")
            << QStringLiteral("0 to 1");
        QTest::newRow("expect unknown event kind")
            << replaced(
                   R"("models")",
                   R"("expect": {"checks": [{"count": {"kind": "acept_end"}, "min": 1}]}, "models")")
            << QStringLiteral("bad.json:6:44: expect.checks[0].count.kind: unknown event kind "
                              "\"acept_end\"; did you mean \"accept_end\"?")
            << QStringLiteral("connect_begin");
        QTest::newRow("expect unknown errno")
            << replaced(
                   R"("models")",
                   R"("expect": {"checks": [{"count": {"errno": "ECONREFUSED"}, "min": 1}]}, "models")")
            << QStringLiteral("bad.json:6:45: expect.checks[0].count.errno: unknown errno name "
                              "\"ECONREFUSED\"; did you mean \"ECONNREFUSED\"?")
            << QStringLiteral("EADDRINUSE");
        QTest::newRow("expect unknown client")
            << replaced(
                   R"("models")",
                   R"("expect": {"checks": [{"received": {"client": "client 9", "contains": "x"}}]}, "models")")
            << QStringLiteral("bad.json:6:49: expect.checks[0].received.client: no client is named "
                              "\"client 9\"")
            << QStringLiteral("clients: \"client 1\"");
        QTest::newRow("check with two kinds")
            << replaced(
                   R"("models")",
                   R"("expect": {"checks": [{"metric": "zombies_peak", "order": [], "min": 1}]}, "models")")
            << QStringLiteral("bad.json:6:25: expect.checks[0]: a check needs exactly one of")
            << QStringLiteral("(this one has 2)");
        QTest::newRow("syntax error")
            << replaced(R"("title": "Tiny",)", R"("title": "Tiny")")
            << QStringLiteral("bad.json:4:3: expected ',' or '}' after a member")
            << QStringLiteral("comma missing");
        QTest::newRow("not an object")
            << QByteArray("[1, 2]") << QStringLiteral("bad.json:1:1: expected a scenario object")
            << QStringLiteral("got a list");
        QTest::newRow("udp client with tcp models")
            << replaced(R"({ "name": "client 1", "steps")",
                        R"({ "name": "client 1", "udp": true, "steps")")
            << QStringLiteral(
                   "bad.json:9:34: clients[0].udp: a UDP client can only talk to the udp model")
            << QStringLiteral("TCP models");
        QTest::newRow("send_framed with echo")
            << replaced(R"({ "do": "send", "data": "hi\n" })",
                        R"({ "do": "send_framed", "data": "hi" })")
            << QStringLiteral("bad.json:9:86: clients[0].steps[2].do: send_framed frames the data")
            << QStringLiteral("\"delimited\" or \"length-prefixed\"");
        QTest::newRow("translation not a string")
            << replaced(R"("models")", R"("translations": {"de": {"Tiny": 3}}, "models")")
            << QStringLiteral("bad.json:6:35: translations.de[\"Tiny\"]: expected the translated "
                              "text")
            << QStringLiteral("non-empty string");
        QTest::newRow("translations of a language not an object")
            << replaced(R"("models")", R"("translations": {"de": "Winzig"}, "models")")
            << QStringLiteral("bad.json:6:26: translations.de: expected an object")
            << QStringLiteral("\"translation\"");
        QTest::newRow("translations language code")
            << replaced(R"("models")", R"("translations": {"german": {}}, "models")")
            << QStringLiteral("bad.json:6:20: translations.german: expected a language code")
            << QStringLiteral("\"de\" or \"es\"");
        QTest::newRow("translations not an object")
            << replaced(R"("models")", R"("translations": ["de"], "models")")
            << QStringLiteral("bad.json:6:19: translations: expected an object of languages")
            << QStringLiteral("got a list");
        QTest::newRow("duplicate key")
            << replaced(R"("title": "Tiny",)", R"("title": "Tiny", "title": "Again",)")
            << QStringLiteral("bad.json:3:20: title: the key \"title\" is given twice")
            << QStringLiteral("keep one");
    }

    void malformedFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QFETCH(QString, needle);
        const auto problems = problemsOf(json, 1024);
        QVERIFY2(!problems.empty(), "a malformed file must be rejected");
        const QString first = problems.front().toString();
        QVERIFY2(first.startsWith(expected),
                 qPrintable(QStringLiteral("got:      %1\nexpected: %2...").arg(first, expected)));
        QVERIFY2(first.contains(needle), qPrintable(first));
    }

    void everyProblemIsReported()
    {
        QByteArray json(kValid);
        json.replace(R"("port": 0)", R"("port": 99999)");
        json.replace(R"("ms": 100)", R"("ms": -1)");
        json.replace(R"(["sequential", "threaded"])", R"(["sequential", "treaded"])");
        const auto problems = problemsOf(json);
        QCOMPARE(problems.size(), std::size_t(3));
        // In file order, so a teacher can fix them top to bottom.
        QCOMPARE(problems[0].field, QStringLiteral("models[1]"));
        QCOMPARE(problems[1].field, QStringLiteral("server.port"));
        QCOMPARE(problems[2].field, QStringLiteral("clients[0].steps[1].ms"));
    }

    void unknownScenarioNameSuggests()
    {
        QStringList errors;
        QVERIFY(!loadScenario(QStringLiteral("zombie"), &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].contains(QStringLiteral("did you mean \"zombies\"?")),
                 qPrintable(errors[0]));
    }

    void missingFileIsReported()
    {
        QStringList errors;
        QVERIFY(!loadScenario(QStringLiteral("/nonexistent/dir/x.json"), &errors));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors[0].startsWith(QStringLiteral("/nonexistent/dir/x.json: cannot open")),
                 qPrintable(errors[0]));
    }

    void loadsFromDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mine.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kValid);
        f.close();
        QStringList errors;
        const auto s = loadScenario(path, &errors);
        QVERIFY2(s, qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(s->source, path);
    }

    void garbageNeverCrashes()
    {
        // A cheap stand-in for the fuzzer: every prefix of a valid file, and byte flips.
        const QByteArray valid(kValid);
        for (qsizetype n = 0; n < valid.size(); n += 7)
            problemsOf(valid.left(n));
        for (qsizetype i = 0; i < valid.size(); i += 5) {
            QByteArray flipped = valid;
            flipped[i] = char(flipped[i] ^ 0x5a);
            problemsOf(flipped);
        }
    }

    void everyBundledScenarioValidates_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files =
            QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.json")});
        QVERIFY(!files.isEmpty() || !ScenarioLibrary::bundledNames().isEmpty());
        for (const auto &file :
             QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.json")}))
            QTest::newRow(qPrintable(file)) << QStringLiteral(":/scenarios/") + file;
    }

    void everyBundledScenarioValidates()
    {
        QFETCH(QString, path);
        std::vector<ScenarioProblem> problems;
        const auto s = loadScenarioFile(path, &problems);
        QVERIFY2(s, qPrintable(problemTexts(problems).join(QLatin1Char('\n'))));
        // The file name is the scenario's name, so `--scenario NAME` finds it.
        QCOMPARE(s->name + QStringLiteral(".json"), QFileInfo(path).fileName());
        QVERIFY(!s->description.isEmpty());
        QVERIFY2(!s->chapters.empty(), "a bundled scenario guides the student with chapters");
        QVERIFY2(!s->expect.checks.empty() || s->expect.startFails,
                 "a bundled scenario says what must be seen");
        for (const auto &m : s->models)
            QVERIFY(findModel(m));
        QVERIFY(s->fits(s->defaultModel));
    }

    void requiredScenariosAreBundled()
    {
        const QStringList names = ScenarioLibrary::bundledNames();
        for (const char *name : {"one-slow-client",
                                 "three-clients",
                                 "zombies",
                                 "reaping",
                                 "select-readiness",
                                 "disconnect",
                                 "nonblocking-eagain",
                                 "backlog-full",
                                 "port-in-use",
                                 "connection-refused",
                                 "udp-echo",
                                 "partial-recv-framing",
                                 "echo-until-quit",
                                 "thread-per-client-many",
                                 "c10k-epoll",
                                 "select-stdin",
                                 "accept-queue",
                                 "close-wait-leak",
                                 "time-wait-reuseaddr",
                                 "send-buffer-full"})
            QVERIFY2(names.contains(QLatin1String(name)), name);
        // Every bundled file made it into the list (none failed validation silently).
        QCOMPARE(names.size(),
                 QDir(QStringLiteral(":/scenarios")).entryList({QStringLiteral("*.json")}).size());
    }

    void expectationsOnAHandMadeTrace()
    {
        // A sequential server that closes client 1 before accepting client 2.
        std::vector<ScenarioProblem> problems;
        const QByteArray json = QByteArray(kValid).replace(R"("models")",
                                                           R"("expect": {"checks": [
                {"order": [{"kind": "close", "actor": "server", "peer": "client 1"},
                           {"kind": "accept_end", "peer": "client 2"}]},
                {"count": {"kind": "accept_end", "errno": "none"}, "equals": "clients"},
                {"metric": "zombies_peak", "equals": 0},
                {"received": {"client": "client 2", "contains": "hey"}}]},
               "models")");
        QByteArray twoClients = json;
        twoClients.replace(
            R"("recv", "close"] })",
            R"("recv", "close"] }, { "name": "client 2", "steps": ["connect", "recv", "close"] })");
        const auto s = parseScenario(twoClients, QStringLiteral("t.json"), &problems);
        QVERIFY2(s, qPrintable(problemTexts(problems).join(QLatin1Char('\n'))));

        Trace t;
        const auto main =
            t.addActor({0, ActorKind::Thread, QStringLiteral("main"), 1, 1, 0, false});
        const auto c1 =
            t.addActor({0, ActorKind::Client, QStringLiteral("client 1"), 1, 2, 0, false});
        const auto c2 =
            t.addActor({0, ActorKind::Client, QStringLiteral("client 2"), 1, 3, 0, false});
        std::int64_t now = 0;
        const auto add = [&](std::uint32_t actor, EventKind kind, int fd, int newFd = -1,
                             std::uint32_t peerActor = 0, QByteArrayView payload = {}) {
            Event e;
            e.tNs = now += 10;
            e.actor = actor;
            e.kind = kind;
            e.fd = fd;
            e.newFd = newFd;
            e.childActor = peerActor;
            if (!payload.isEmpty())
                e.bytes = int(payload.size());
            t.append(e, payload);
        };
        add(main, EventKind::AcceptEnd, 3, 4, c1);
        add(main, EventKind::RecvEnd, 4);
        add(main, EventKind::Close, 4);
        add(main, EventKind::AcceptEnd, 3, 4, c2);
        add(c2, EventKind::RecvEnd, 5, -1, 0, "hey there");
        QStringList failures = checkExpectations(*s, QStringLiteral("sequential"), t, true);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        // The other way round: client 2 accepted before client 1 was closed.
        Trace wrong;
        t = wrong;
        t.addActor({0, ActorKind::Thread, QStringLiteral("main"), 1, 1, 0, false});
        t.addActor({0, ActorKind::Client, QStringLiteral("client 1"), 1, 2, 0, false});
        t.addActor({0, ActorKind::Client, QStringLiteral("client 2"), 1, 3, 0, false});
        add(main, EventKind::AcceptEnd, 3, 4, c1);
        add(main, EventKind::AcceptEnd, 3, 5, c2);
        add(main, EventKind::Close, 4);
        failures = checkExpectations(*s, QStringLiteral("sequential"), t, true);
        QCOMPARE(failures.size(), 2); // the order, and nothing received
        QVERIFY2(failures[0].contains(QStringLiteral("happened before")), qPrintable(failures[0]));
        QVERIFY(checkExpectations(*s, QStringLiteral("sequential"), t, false)
                    .contains(QStringLiteral("the server did not start")));
    }
};

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
