#include "releasegate.h"

#include <algorithm>

namespace sockscope {

void ReleaseGate::setWakeUp(std::function<void()> wakeUp)
{
    std::lock_guard lock(m_mutex);
    m_wakeUp = std::move(wakeUp);
}

void ReleaseGate::hold(std::uint32_t actor)
{
    std::lock_guard lock(m_mutex);
    if (std::find(m_holding.begin(), m_holding.end(), actor) == m_holding.end())
        m_holding.push_back(actor);
}

bool ReleaseGate::waitForRelease(std::uint32_t actor)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_closed || m_released.count(actor) != 0; });
    const bool released = m_released.erase(actor) != 0;
    return released && !m_closed;
}

bool ReleaseGate::takeRelease(std::uint32_t actor)
{
    std::lock_guard lock(m_mutex);
    return m_released.erase(actor) != 0;
}

std::vector<std::uint32_t> ReleaseGate::waiting() const
{
    std::lock_guard lock(m_mutex);
    return m_holding;
}

bool ReleaseGate::release(std::uint32_t actor)
{
    {
        std::lock_guard lock(m_mutex);
        const auto it = std::find(m_holding.begin(), m_holding.end(), actor);
        if (it == m_holding.end())
            return false;
        m_holding.erase(it);
        m_released.insert(actor);
    }
    notify();
    return true;
}

bool ReleaseGate::releaseNext()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_holding.empty())
            return false;
        m_released.insert(m_holding.front());
        m_holding.erase(m_holding.begin());
    }
    notify();
    return true;
}

void ReleaseGate::close()
{
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_holding.clear();
    }
    notify();
}

bool ReleaseGate::isClosed() const
{
    std::lock_guard lock(m_mutex);
    return m_closed;
}

void ReleaseGate::notify()
{
    std::function<void()> wakeUp;
    {
        std::lock_guard lock(m_mutex);
        wakeUp = m_wakeUp;
    }
    m_changed.notify_all();
    if (wakeUp)
        wakeUp();
}

} // namespace sockscope
