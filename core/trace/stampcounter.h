#pragma once

#include <cstdint>
#include <span>

namespace sockscope::stampcounter {

// The processor's time-stamp counter as the recorder's clock (see recorder.h): reading it costs
// a fraction of what clock_gettime() does, and the recorder turns its readings into
// CLOCK_MONOTONIC time at each drain, on a line between two (counter, clock) pairs.

// A (counter, clock) pair read together.
struct ClockPair
{
    std::int64_t counter = 0;
    std::int64_t monotonicNs = 0;
};

// The counter now (0 where the processor has none). Inline: record() reads it on every call.
inline std::int64_t now()
{
#if defined(__x86_64__) || defined(__i386__)
    return std::int64_t(__builtin_ia32_rdtsc());
#else
    return 0;
#endif
}

// Whether events may be stamped with the counter on this machine: it runs at one rate in every
// state (constant_tsc, nonstop_tsc), and either the kernel keeps time with it (clocksource tsc)
// or its clock is a paravirtual one that scales it (kvm-clock) and the counter was found to
// agree across every processor this process may run on (pairsAgree, read on each). Not when
// SOCKSCOPE_RECORDER_CLOCK=monotonic. Decided once per process, but for the environment.
bool usable();

// A pair whose counter readings, before and after the clock's, are a few hundred ticks apart at
// most; retried (a pair read across a preemption would tilt the line by as long as the thread
// was away). `spread`, when given, is set to how far apart the best one's readings were.
ClockPair readPair(std::int64_t *spread = nullptr);

// The counter's rate against the clock over some 200 us, once per process.
double roughNsPerTick();

// How far apart a pair's two counter readings may be for the pair to be trusted.
constexpr std::int64_t kTightPairTicks = 1000;

// Whether pairs read on each processor (`each`) lie, to within `toleranceNs`, on the line through
// `first` and `last`, read on one processor before and after them: the counters of all
// processors then tell the same time as the clock.
bool pairsAgree(const ClockPair &first, const ClockPair &last, std::span<const ClockPair> each,
                std::int64_t toleranceNs);

} // namespace sockscope::stampcounter
