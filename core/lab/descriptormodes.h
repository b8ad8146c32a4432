#pragma once

#include <atomic>
#include <cstdint>

namespace sockscope {

// What the lab knows of a descriptor's O_NONBLOCK, so that a call that may block need not ask
// fcntl(F_GETFL) before every call: set where the lab makes a descriptor (socket(), accept(),
// makePipe(): blocking unless asked otherwise) or sets O_NONBLOCK itself, forgotten where the
// lab closes it. A descriptor the lab did not make (standard input) stays unknown and is asked
// every time, as is one past the table. Whatever the lab calls a blocking call on, it made:
// an entry left by a descriptor closed elsewhere is replaced when the lab makes that number
// again. One table per process (a forked child inherits a copy
// with its descriptors); lock-free atomics, so async-signal-safe.
class DescriptorModes
{
public:
    enum class Mode : std::uint8_t
    {
        Unknown,
        Blocking,
        NonBlocking
    };
    static constexpr int kSize = 1 << 16;

    Mode known(int fd) const
    {
        return inTable(fd) ? Mode(m_modes[fd].load(std::memory_order_relaxed)) : Mode::Unknown;
    }
    void set(int fd, Mode mode)
    {
        if (inTable(fd))
            m_modes[fd].store(std::uint8_t(mode), std::memory_order_relaxed);
    }
    void forget(int fd) { set(fd, Mode::Unknown); }

    static DescriptorModes &instance()
    {
        static DescriptorModes modes; // constant-initialized: no guard, no allocation
        return modes;
    }

private:
    static bool inTable(int fd) { return fd >= 0 && fd < kSize; }
    std::atomic<std::uint8_t> m_modes[kSize] = {};
};

} // namespace sockscope
