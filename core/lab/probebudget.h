#pragma once

#include <algorithm>
#include <cstdint>

namespace sockscope {

// How many calls an actor probes before they may block (the TCP_INFO or poll() that tells
// whether the call will wait). The probe is one more system call: a lesson makes a few hundred
// such calls a second at most and every one is probed, but a server under load (the overhead
// benchmark: 25,000 recv() a second per thread) would lose several percent of its throughput.
// So an actor may probe a burst of kBurst calls, then kPerSecond a second; the calls between
// carry no evidence, and the views say they cannot know whether those waited.
// Plain arithmetic on a clock reading: async-signal-safe, for forked children too.
class ProbeBudget
{
public:
    static constexpr std::int64_t kPerSecond = 1000;
    static constexpr std::int64_t kBurst = 256;

    // True when a probe may be made at `nowNs` (a monotonic clock), and takes it.
    bool take(std::int64_t nowNs)
    {
        if (m_creditNs < 0)
            m_creditNs = kFullNs;
        else
            m_creditNs = std::min(kFullNs, m_creditNs + std::max<std::int64_t>(0, nowNs - m_atNs));
        m_atNs = nowNs;
        if (m_creditNs < kCostNs)
            return false;
        m_creditNs -= kCostNs;
        return true;
    }

private:
    static constexpr std::int64_t kCostNs = 1000000000 / kPerSecond;
    static constexpr std::int64_t kFullNs = kBurst * kCostNs;

    std::int64_t m_creditNs = -1; // -1: full, nothing taken yet
    std::int64_t m_atNs = 0;
};

} // namespace sockscope
