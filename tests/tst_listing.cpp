// Listings show the program that ran: the server's by model and settings, each client's from
// its own steps, with markers that move on when a call returns.
#include "models/listing.h"
#include "models/modelinfo.h"
#include "trace/trace.h"

#include <QTest>

using namespace sockscope;

namespace {

QString joined(const Listing &l)
{
    return l.lines.join(QLatin1Char('\n'));
}

ClientStep step(StepKind kind, int ms = 0, const QByteArray &data = {}, int pieces = 1)
{
    ClientStep s;
    s.kind = kind;
    s.ms = ms;
    s.data = data;
    s.pieces = pieces;
    return s;
}

} // namespace

class TestListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every model has both flavours, from resources, with the calls it makes tagged.
    void everyModelHasBothFlavours_data()
    {
        QTest::addColumn<QString>("model");
        for (const QString &m : modelNames())
            QTest::newRow(qPrintable(m)) << m;
    }
    void everyModelHasBothFlavours()
    {
        QFETCH(QString, model);
        for (Flavour f : {Flavour::Python, Flavour::C}) {
            const Listing l = listingFor(model, f);
            QVERIFY(!l.isEmpty());
            QVERIFY(l.lineOf.contains(LineTag::Socket));
            QVERIFY(l.lineOf.contains(LineTag::Bind));
            for (const QString &line : l.lines) {
                QVERIFY2(!line.contains(QLatin1String("@@")) && !line.startsWith(QLatin1Char('@')),
                         qPrintable(line));
                QVERIFY2(!line.contains(QLatin1String("{recv_size}")), qPrintable(line));
                // The runnable listings' own machinery (options, their tests of a setting, the
                // marks in comments) is not what the code pane shows.
                QVERIFY2(!line.contains(QLatin1String("# @")) &&
                             !line.contains(QLatin1String("OPTIONS")) &&
                             !line.contains(QLatin1String("RECV_SIZE")),
                         qPrintable(line));
            }
        }
    }

    // A runnable listing's "if OPTIONS.protocol == ...:  # @if ..." is the program's own test
    // of the setting: the listing shows what it keeps, where it stands in the model's code.
    void runnableListingShowsTheBranchOfTheSetting()
    {
        const Listing echo = listingFor(QStringLiteral("sequential"), Flavour::Python);
        const Listing delimited =
            listingFor(QStringLiteral("sequential"), Flavour::Python,
                       {{QStringLiteral("protocol"), QStringLiteral("delimited")}});
        QVERIFY(!joined(echo).contains(QLatin1String("buffer")));
        QVERIFY(delimited.lines.contains(QStringLiteral("    buffer = b\"\"")));
        QVERIFY(delimited.lines.contains(QStringLiteral("        buffer += data")));
        QCOMPARE(delimited.lines.value(delimited.lineOf.value(LineTag::Bind)),
                 QStringLiteral("server.bind((\"127.0.0.1\", PORT))"));
        QVERIFY(!joined(echo).contains(QLatin1String("argparse")));
    }

    // epoll also reads as the lecture's selectors code: a callback per registered socket, and
    // every line the epoll server marks is in it. Other models have no such flavour.
    void epollHasTheSelectorsFlavour()
    {
        const Listing sel = listingFor(QStringLiteral("epoll"), Flavour::Selectors);
        QCOMPARE(sel.flavour, QStringLiteral("Python (selectors)"));
        const QString text = joined(sel);
        QVERIFY(text.contains(QLatin1String("selectors.DefaultSelector()")));
        QVERIFY(text.contains(QLatin1String("for key, mask in sel.select():")));
        QVERIFY(text.contains(QLatin1String("callback(key.fileobj)")));
        QVERIFY(!text.contains(QLatin1String("@@")));
        for (const auto &[tag, line] :
             listingFor(QStringLiteral("epoll"), Flavour::Python).lineOf.asKeyValueRange())
            QVERIFY2(sel.lineOf.contains(tag), lineTagName(tag));
        QVERIFY(listingFor(QStringLiteral("threaded"), Flavour::Selectors).isEmpty());
    }

    // asyncio: the awaits are tagged, and the work is awaited unless it blocks.
    void asyncioListingFollowsBlockingWork()
    {
        for (Flavour f : {Flavour::Python, Flavour::C}) {
            const Listing awaited = listingFor(QStringLiteral("asyncio"), f);
            QVERIFY(awaited.lineOf.contains(LineTag::AwaitRead));
            QVERIFY(awaited.lineOf.contains(LineTag::AwaitSleep));
            QVERIFY(!awaited.lineOf.contains(LineTag::Work));
            // One line, two tags: the recv() and the await are the same statement in Python.
            if (f == Flavour::Python)
                QCOMPARE(awaited.lineOf.value(LineTag::Recv),
                         awaited.lineOf.value(LineTag::AwaitRead));
            const Listing blocking =
                listingFor(QStringLiteral("asyncio"), f,
                           {{QStringLiteral("blocking_work"), QStringLiteral("true")}});
            QVERIFY(blocking.lineOf.contains(LineTag::Work));
            QVERIFY(!blocking.lineOf.contains(LineTag::AwaitSleep));
        }
        QVERIFY(joined(listingFor(QStringLiteral("asyncio"), Flavour::Python))
                    .contains(QLatin1String("async def handle(reader, writer)")));
    }

    // The forking listing is the one of the reaping policy that ran.
    void forkingFollowsTheReapPolicy_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("reapsBeforeFork");
        QTest::addColumn<bool>("handler");
        QTest::newRow("none") << QStringLiteral("none") << false << false;
        QTest::newRow("on-accept") << QStringLiteral("on-accept") << true << false;
        QTest::newRow("sigchld") << QStringLiteral("sigchld") << false << true;
    }
    void forkingFollowsTheReapPolicy()
    {
        QFETCH(QString, policy);
        QFETCH(bool, reapsBeforeFork);
        QFETCH(bool, handler);
        const Listing l = listingFor(QStringLiteral("forking"), Flavour::Python,
                                     {{QStringLiteral("reap"), policy}});
        const QString text = joined(l);
        QCOMPARE(text.contains(QLatin1String("reap_finished()")), reapsBeforeFork);
        QCOMPARE(text.contains(QLatin1String("SIGCHLD")), handler);
        QCOMPARE(l.lineOf.contains(LineTag::Reap), policy != QLatin1String("none"));
        QVERIFY(l.lineOf.contains(LineTag::ReapAtStop)); // the stop collects what is left
        if (policy == QLatin1String("none"))
            QVERIFY(!text.contains(QLatin1String("os.waitpid(pid, os.WNOHANG)")));
    }

    // The recv() size and the framing of the protocol that ran.
    void protocolAndRecvSize()
    {
        const Listing echo = listingFor(QStringLiteral("sequential"), Flavour::Python);
        QVERIFY(joined(echo).contains(QLatin1String("conn.recv(1024)")));
        QVERIFY(!joined(echo).contains(QLatin1String("DELIM")));
        const Listing framed =
            listingFor(QStringLiteral("sequential"), Flavour::Python,
                       {{QStringLiteral("protocol"), QStringLiteral("delimited")},
                        {QStringLiteral("recv_size"), QStringLiteral("8")}});
        QVERIFY(joined(framed).contains(QLatin1String("conn.recv(8)")));
        QVERIFY(joined(framed).contains(QLatin1String("DELIM")));
    }

    // The kernel-side lessons' options show their lines, and only where they are set.
    void lessonOptionsShowTheirLines_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("python");
        QTest::addColumn<QString>("c");
        QTest::newRow("accept delay") << QStringLiteral("accept_delay_ms") << QStringLiteral("800")
                                      << QStringLiteral("time.sleep(ACCEPT_DELAY)")
                                      << QStringLiteral("usleep(ACCEPT_DELAY_US)");
        QTest::newRow("close on eof")
            << QStringLiteral("close_on_eof") << QStringLiteral("false")
            << QStringLiteral("forgotten.append(conn)") << QStringLiteral("goto forget");
        QTest::newRow("send bytes") << QStringLiteral("send_bytes") << QStringLiteral("1048576")
                                    << QStringLiteral("conn.sendall(FILLER)")
                                    << QStringLiteral("send_all(conn, filler, SEND_BYTES)");
        QTest::newRow("send buffer") << QStringLiteral("send_buffer") << QStringLiteral("16384")
                                     << QStringLiteral("SO_SNDBUF") << QStringLiteral("SO_SNDBUF");
        QTest::newRow("restart") << QStringLiteral("restart") << QStringLiteral("true")
                                 << QStringLiteral("first without SO_REUSEADDR")
                                 << QStringLiteral("first without SO_REUSEADDR");
    }
    void lessonOptionsShowTheirLines()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, python);
        QFETCH(QString, c);
        const QString model = QStringLiteral("sequential");
        const QMap<QString, QString> set{{key, value}};
        QVERIFY(joined(listingFor(model, Flavour::Python, set)).contains(python));
        QVERIFY(joined(listingFor(model, Flavour::C, set)).contains(c));
        QVERIFY(!joined(listingFor(model, Flavour::Python)).contains(python));
        QVERIFY(!joined(listingFor(model, Flavour::C)).contains(c));
        // The lines the server marks are there either way.
        for (Flavour f : {Flavour::Python, Flavour::C}) {
            const Listing l = listingFor(model, f, set);
            QVERIFY(l.lineOf.contains(LineTag::Send));
            QVERIFY(l.lineOf.contains(LineTag::Close));
            QCOMPARE(l.lineOf.contains(LineTag::Sleep), key == QLatin1String("accept_delay_ms"));
        }
    }

    // A UDP client's listing is datagrams; pieces are sent as pieces.
    void clientListingsFollowTheirSteps()
    {
        ClientScript udp;
        udp.udp = true;
        udp.steps = {step(StepKind::Connect), step(StepKind::Send, 0, "ping"), step(StepKind::Recv),
                     step(StepKind::Close)};
        const QString u = joined(clientListing(udp, Flavour::Python, true));
        QVERIFY(u.contains(QLatin1String("SOCK_DGRAM")));
        QVERIFY(u.contains(QLatin1String("sendto(b\"ping\"")));
        QVERIFY(u.contains(QLatin1String("recvfrom(")));
        QVERIFY(!u.contains(QLatin1String("connect(")));
        QVERIFY(!u.contains(QLatin1String("SOCK_STREAM")));

        ClientScript pieces;
        pieces.steps = {step(StepKind::Connect), step(StepKind::SendPieces, 200, "abcdef", 3),
                        step(StepKind::Close)};
        const Listing p = clientListing(pieces, Flavour::Python, false);
        const QString text = joined(p);
        QVERIFY2(text.contains(QLatin1String("s.sendall(b\"ab\")")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("s.sendall(b\"cd\")")));
        QVERIFY(text.contains(QLatin1String("s.sendall(b\"ef\")")));
        QCOMPARE(text.count(QLatin1String("time.sleep(0.2)")), 2);
    }

    // A client's marker is on its call while the call is open and on the next line once it
    // returned: after connect() returns, a sleeping client is on its sleep.
    void markersMoveWhenTheCallReturns()
    {
        ClientScript s;
        s.name = QStringLiteral("client 1");
        s.steps = {step(StepKind::Connect), step(StepKind::Sleep, 2000),
                   step(StepKind::Send, 0, "hi"), step(StepKind::Close)};
        const Listing l = clientListing(s, Flavour::Python, false);
        Trace t;
        const std::uint32_t c =
            t.addActor({0, ActorKind::Client, QStringLiteral("client 1"), 1, 1, 0, false});
        auto add = [&](EventKind kind, std::int64_t ns, int bytes = -1) {
            Event e;
            e.actor = c;
            e.kind = kind;
            e.fd = 5;
            e.tNs = ns;
            e.bytes = bytes;
            return t.append(e);
        };
        const qsizetype socket = add(EventKind::Socket, 1);
        const qsizetype begin = add(EventKind::ConnectBegin, 2);
        const qsizetype end = add(EventKind::ConnectEnd, 3);
        const qsizetype send = add(EventKind::Send, 2000000000, 2);
        const qsizetype close = add(EventKind::Close, 2000000001);
        auto lineOf = [&](const char *text) {
            for (int i = 0; i < l.lines.size(); ++i) {
                if (l.lines[i].contains(QLatin1String(text)))
                    return i;
            }
            return -2;
        };
        QCOMPARE(clientLineAfter(l, t, c, -1), -1);
        QCOMPARE(clientLineAfter(l, t, c, socket), lineOf("s.connect"));
        QCOMPARE(clientLineAfter(l, t, c, begin), lineOf("s.connect"));
        QCOMPARE(clientLineAfter(l, t, c, end), lineOf("time.sleep"));
        QCOMPARE(clientLineAfter(l, t, c, send), lineOf("s.close"));
        QCOMPARE(clientLineAfter(l, t, c, close), lineOf("s.close"));
    }
};

QTEST_GUILESS_MAIN(TestListing)
#include "tst_listing.moc"
