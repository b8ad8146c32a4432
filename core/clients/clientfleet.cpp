#include "clientfleet.h"

#include "clientdriver.h"
#include "steppayload.h"
#include "threadclient.h"

#include <chrono>
#include <thread>

namespace sockscope {

ClientFleet::ClientFleet(const ClientEnvironment &environment,
                         const std::vector<ClientScript> &scripts, int driverThreshold)
    : m_environment(environment), m_usesDriver(int(scripts.size()) > driverThreshold)
{
    if (m_usesDriver) {
        Actor driver;
        driver.kind = ActorKind::Client;
        driver.name = QStringLiteral("client driver");
        m_driverActor = environment.recorder.addActor(driver);
    }
    m_progress.reserve(scripts.size());
    for (const auto &script : scripts) {
        auto progress = std::make_unique<ClientProgress>();
        progress->script = &script;
        Actor actor;
        actor.kind = ActorKind::Client;
        actor.name = script.name;
        actor.parent = m_driverActor;
        progress->actor = environment.recorder.addActor(actor);
        progress->onDone = [this] {
            m_remaining.fetch_sub(1, std::memory_order_acq_rel);
            if (m_onClientDone)
                m_onClientDone();
        };
        m_progress.push_back(std::move(progress));
    }
    m_remaining.store(int(m_progress.size()), std::memory_order_release);
}

ClientFleet::~ClientFleet()
{
    stop();
}

std::vector<std::uint32_t> ClientFleet::clientActors() const
{
    std::vector<std::uint32_t> actors;
    actors.reserve(m_progress.size());
    for (const auto &p : m_progress)
        actors.push_back(p->actor);
    return actors;
}

void ClientFleet::setOnClientDone(std::function<void()> onDone)
{
    m_onClientDone = std::move(onDone);
}

bool ClientFleet::start(QString *error)
{
    if (m_progress.empty())
        return true;
    if (m_usesDriver) {
        std::vector<ClientProgress *> clients;
        for (auto &p : m_progress)
            clients.push_back(p.get());
        m_driver = std::make_unique<ClientDriver>(m_environment, clients, m_driverActor);
        m_environment.gate.setWakeUp([driver = m_driver.get()] { driver->wakeUp(); });
        if (!m_driver->start(error)) {
            m_environment.gate.setWakeUp({});
            m_driver.reset();
            for (auto &p : m_progress)
                p->finish(*error);
            return false;
        }
        return true;
    }
    m_threadClients.reserve(m_progress.size());
    for (auto &p : m_progress) {
        m_threadClients.push_back(std::make_unique<ThreadClient>(m_environment, *p));
        m_threadClients.back()->start();
    }
    return true;
}

void ClientFleet::stop()
{
    // Every client first, then every join: the interrupts land while all of them still wait.
    // A client that was between its socket() and its connect() when the interrupt came
    // would block anyway, so the ones not done yet are interrupted again.
    auto threadsPending = [&] {
        for (std::size_t i = 0; i < m_threadClients.size(); ++i) {
            if (!m_progress[i]->done.load(std::memory_order_acquire))
                return true;
        }
        return false;
    };
    for (int round = 0; round < 50 && threadsPending(); ++round) {
        for (std::size_t i = 0; i < m_threadClients.size(); ++i) {
            if (!m_progress[i]->done.load(std::memory_order_acquire))
                m_threadClients[i]->interrupt();
        }
        for (int wait = 0; wait < 10 && threadsPending(); ++wait)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    for (auto &client : m_threadClients)
        client->join();
    if (m_driver) {
        m_driver->wakeUp();
        m_driver->join();
        m_environment.gate.setWakeUp({});
    }
}

QStringList ClientFleet::problems() const
{
    QStringList problems;
    for (const auto &p : m_progress) {
        if (p->done.load(std::memory_order_acquire) && !p->failure.isEmpty())
            problems << p->failure;
    }
    return problems;
}

QString ClientFleet::nextStepOf(std::uint32_t actor) const
{
    for (const auto &p : m_progress) {
        if (p->actor != actor)
            continue;
        const int next = p->nextStep.load(std::memory_order_acquire);
        if (next < 0 || next >= int(p->script->steps.size()))
            return {};
        return describeStep(p->script->steps[std::size_t(next)], p->script->udp);
    }
    return {};
}

QStringList ClientFleet::unfinished(int limit) const
{
    QStringList lines;
    int more = 0;
    for (const auto &p : m_progress) {
        if (p->done.load(std::memory_order_acquire))
            continue;
        if (lines.size() >= limit) {
            ++more;
            continue;
        }
        const int step = p->nextStep.load(std::memory_order_acquire);
        if (step >= 0 && step < int(p->script->steps.size()))
            lines << QStringLiteral("%1 in step %2 (%3)")
                         .arg(p->script->name)
                         .arg(step + 1)
                         .arg(describeStep(p->script->steps[std::size_t(step)], p->script->udp));
        else
            lines << QStringLiteral("%1 after its last step").arg(p->script->name);
    }
    if (more > 0)
        lines << QStringLiteral("%1 more").arg(more);
    return lines;
}

} // namespace sockscope
