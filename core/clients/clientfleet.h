#pragma once

#include "clientenvironment.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace sockscope {

class ClientDriver;
class ThreadClient;

// The scripted clients of one run. Up to `driverThreshold` clients each get a thread of their
// own (blocking sockets: their waits are their own blocked calls); beyond it they all share
// one epoll-driven driver thread, so that thousands of clients cost one thread.
class ClientFleet
{
public:
    // Creates one client lane per script (in script order), plus the driver's lane when the
    // driver is used.
    ClientFleet(const ClientEnvironment &environment, const std::vector<ClientScript> &scripts,
                int driverThreshold);
    ~ClientFleet();
    ClientFleet(const ClientFleet &) = delete;
    ClientFleet &operator=(const ClientFleet &) = delete;

    bool usesDriver() const { return m_usesDriver; }
    std::vector<std::uint32_t> clientActors() const;
    std::uint32_t driverActor() const { return m_driverActor; }

    // Called on a client's thread (or the driver's) each time a client finishes.
    void setOnClientDone(std::function<void()> onDone);

    bool start(QString *error);
    bool allDone() const { return m_remaining.load(std::memory_order_acquire) == 0; }
    // Raise the environment's stop signal first; this wakes every blocked call and joins.
    void stop();

    // One line per client that failed ("client 3: connect: Connection refused"), in script
    // order, for the clients that are done. A stop is not a failure.
    QStringList problems() const;
    QString nextStepOf(std::uint32_t actor) const;
    // The clients not done yet and the step each is in ("client 2 in step 3, recv up to 1024
    // bytes"), at most `limit` of them, then how many more; for a run that timed out.
    QStringList unfinished(int limit) const;

private:
    const ClientEnvironment &m_environment;
    std::vector<std::unique_ptr<ClientProgress>> m_progress;
    std::vector<std::unique_ptr<ThreadClient>> m_threadClients;
    std::unique_ptr<ClientDriver> m_driver;
    bool m_usesDriver = false;
    std::uint32_t m_driverActor = 0;
    std::atomic<int> m_remaining{0};
    std::function<void()> m_onClientDone;
};

} // namespace sockscope
