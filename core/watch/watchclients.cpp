#include "watchclients.h"

#include "clients/clientfleet.h"
#include "scenario/scenario.h"
#include "scenario/scenariolibrary.h"

namespace sockscope {

namespace {
constexpr std::uint32_t kLoopback = 0x7f000001;
}

std::unique_ptr<WatchClients> WatchClients::fromScenario(const QString &nameOrPath, quint16 port,
                                                         QString *error)
{
    QStringList problems;
    const auto scenario = loadScenario(nameOrPath, &problems);
    if (!scenario) {
        *error = problems.join(QLatin1Char('\n'));
        return nullptr;
    }
    std::unique_ptr<WatchClients> clients(new WatchClients);
    clients->m_config = scenario->configFor(scenario->defaultModel);
    clients->m_config.server.port = port;
    for (const ClientScript &c : clients->m_config.clients) {
        if (c.target == ConnectTarget::ClosedPort) {
            *error = QStringLiteral("scenario '%1' sends a client at a closed port, which a "
                                    "watched program does not have; choose another scenario")
                         .arg(scenario->name);
            return nullptr;
        }
    }
    return clients;
}

WatchClients::~WatchClients()
{
    stop();
}

void WatchClients::attach(Recorder &recorder)
{
    m_recorder = &recorder;
    m_peers = std::make_unique<PeerDirectory>(recorder);
}

void WatchClients::startOnce()
{
    if (m_fleet || !m_recorder || m_stop.isRaised())
        return;
    m_environment.reset(new ClientEnvironment{
        *m_recorder, Endpoint{kLoopback, m_config.server.port}, m_config.server, m_config.speed,
        false, *m_peers, m_gate, m_stop, ClientClock::now(), Endpoint{}});
    m_fleet =
        std::make_unique<ClientFleet>(*m_environment, m_config.clients, m_config.clientDriverAbove);
    QString why;
    if (!m_fleet->start(&why))
        m_startProblem = why;
}

bool WatchClients::allDone() const
{
    return m_fleet && m_fleet->allDone();
}

void WatchClients::stop()
{
    m_stop.raise();
    if (m_fleet)
        m_fleet->stop();
}

QStringList WatchClients::problems() const
{
    QStringList out;
    if (!m_startProblem.isEmpty())
        out << m_startProblem;
    if (!m_fleet)
        out << QStringLiteral("the scenario's clients were not sent: the program did not listen "
                              "on port %1")
                   .arg(m_config.server.port);
    else
        out << m_fleet->problems();
    return out;
}

} // namespace sockscope
