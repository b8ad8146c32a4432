// A stranger cannot break a lesson (issue 19, item 12): a connection from outside the
// scenario, held open to a run's port, gets an external lane and neither holds up the run nor
// counts for or against its checks. The run ends when the scripted clients are done.
#include "run/run.h"
#include "scenario/expectcheck.h"
#include "scenario/scenariolibrary.h"
#include "trace/trace.h"

#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

using namespace sockscope;

namespace {
// A run that is not done by then waits for the stranger (the bug): it is stopped as timed out.
constexpr int kRunTimeoutMs = 12000;

// A plain connection to 127.0.0.1:port, held open and silent until destroyed.
class Stranger
{
public:
    explicit Stranger(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in to{};
        to.sin_family = AF_INET;
        to.sin_port = htons(port);
        to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        m_connected =
            m_fd >= 0 && ::connect(m_fd, reinterpret_cast<sockaddr *>(&to), sizeof to) == 0;
    }
    ~Stranger()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool connected() const { return m_connected; }

private:
    int m_fd = -1;
    bool m_connected = false;
};

} // namespace

class TestRunStrangers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void heldConnectionDoesNotHoldTheRun_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("threaded") << QStringLiteral("threaded");
        QTest::newRow("epoll") << QStringLiteral("epoll");
    }

    void heldConnectionDoesNotHoldTheRun()
    {
        QFETCH(QString, model);
        QStringList errors;
        const auto scenario = loadScenario(QStringLiteral("one-slow-client"), &errors);
        QVERIFY2(scenario, qPrintable(errors.join(QLatin1Char('\n'))));
        RunConfig config = scenario->configFor(model);
        config.speed = 4.0;
        config.timeoutMs = kRunTimeoutMs;

        Trace trace;
        Run run(config);
        QString error;
        QVERIFY2(run.start(&error), qPrintable(error));
        Stranger stranger(run.port());
        QVERIFY(stranger.connected());

        // The stranger is accepted (its lane exists) while client 1 is still silent.
        auto hasExternalLane = [&] {
            run.recorder().drainInto(trace);
            return std::any_of(trace.actors().begin(), trace.actors().end(),
                               [](const Actor &a) { return a.external; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(hasExternalLane() || run.isFinished(), kRunTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(run.isFinished(), kRunTimeoutMs + 5000);
        run.stop();
        run.recorder().drainInto(trace);

        // Finished because the clients were done, not stopped by the timeout.
        QVERIFY2(run.failure().isEmpty(), qPrintable(run.failure()));
        QVERIFY(run.clientsDone());
        QVERIFY(hasExternalLane());
        std::uint32_t external = 0;
        for (std::size_t i = 0; i < trace.actors().size(); ++i) {
            if (trace.actors()[i].external)
                external = trace.actors()[i].id;
        }
        const bool accepted =
            std::any_of(trace.events().begin(), trace.events().end(), [&](const Event &e) {
                return e.kind == EventKind::AcceptEnd && e.err == 0 && e.childActor == external;
            });
        QVERIFY2(accepted, "the server's accept_end names the stranger's external lane");
        // "every client is accepted exactly once" still holds with three accepts in the trace.
        const QStringList failures = checkExpectations(*scenario, model, trace, true);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
    }
};

QTEST_GUILESS_MAIN(TestRunStrangers)
#include "tst_runstrangers.moc"
