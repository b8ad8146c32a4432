#include "clientenvironment.h"

namespace sockscope {

void StopSignal::raise()
{
    {
        std::lock_guard lock(m_mutex);
        m_raised.store(true, std::memory_order_release);
    }
    m_raisedChanged.notify_all();
}

bool StopSignal::sleepUntil(ClientClock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    return !m_raisedChanged.wait_until(lock, deadline, [&] { return isRaised(); });
}

ClientClock::duration ClientEnvironment::scaled(int ms) const
{
    const double factor = speed > 0 ? 1.0 / speed : 1.0;
    return std::chrono::duration_cast<ClientClock::duration>(
        std::chrono::duration<double, std::milli>(ms * factor));
}

void ClientProgress::finish(const QString &why)
{
    if (done.load(std::memory_order_acquire))
        return;
    failure = why;
    done.store(true, std::memory_order_release);
    if (onDone)
        onDone();
}

} // namespace sockscope
