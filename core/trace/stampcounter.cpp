#include "stampcounter.h"

#include "recorder.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <vector>

#include <sched.h>

namespace sockscope::stampcounter {

namespace {

bool fileHolds(const char *path, std::initializer_list<const char *> words)
{
    std::FILE *f = std::fopen(path, "re");
    if (!f)
        return false;
    char line[4096];
    bool found = false;
    while (!found && std::fgets(line, sizeof line, f)) {
        found = true;
        for (const char *w : words)
            found = found && std::strstr(line, w) != nullptr;
    }
    std::fclose(f);
    return found;
}

// Processors checked at most; a process allowed on more does not stamp with the counter.
constexpr int kMaxProcessorsChecked = 64;
// How far from the line a processor's pair may lie: a trusted pair is uncertain by half its
// spread (some 250 ns at 2 GHz), the line through two such pairs 200 us apart by as much again.
constexpr std::int64_t kAgreementNs = 2000;
constexpr std::int64_t kLineNs = 200000;

bool pinTo(int cpu)
{
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    // The kernel moves the thread before sched_setaffinity() returns.
    return sched_setaffinity(0, sizeof one, &one) == 0 && sched_getcpu() == cpu;
}

// A pair on every processor this thread may run on, between two on the first: whether they all
// tell the same time. The thread's own affinity is put back.
bool countersAgreeAcrossProcessors()
{
    cpu_set_t allowed;
    if (sched_getaffinity(0, sizeof allowed, &allowed) != 0)
        return false;
    std::vector<int> cpus;
    for (int cpu = 0; cpu < CPU_SETSIZE; ++cpu) {
        if (CPU_ISSET(cpu, &allowed))
            cpus.push_back(cpu);
    }
    if (cpus.empty() || int(cpus.size()) > kMaxProcessorsChecked)
        return false;
    bool tight = pinTo(cpus.front());
    std::int64_t spread = 0;
    const ClockPair first = readPair(&spread);
    tight = tight && spread <= kTightPairTicks;
    std::vector<ClockPair> each;
    for (std::size_t i = 0; tight && i < cpus.size(); ++i) {
        tight = pinTo(cpus[i]);
        each.push_back(readPair(&spread));
        tight = tight && spread <= kTightPairTicks;
    }
    tight = tight && pinTo(cpus.front());
    ClockPair last = readPair(&spread);
    while (tight && (last.monotonicNs - first.monotonicNs < kLineNs || spread > kTightPairTicks))
        last = readPair(&spread);
    sched_setaffinity(0, sizeof allowed, &allowed);
    return tight && pairsAgree(first, last, each, kAgreementNs);
}

bool decideUsable()
{
    if (!fileHolds("/proc/cpuinfo", {"flags", " constant_tsc", " nonstop_tsc"}))
        return false;
    const char *source = "/sys/devices/system/clocksource/clocksource0/current_clocksource";
    if (fileHolds(source, {"tsc"}))
        return true;
    // kvm-clock is the counter scaled by figures the host keeps, read by the vDSO on whichever
    // processor the thread is on; whether those counters agree is measured here.
    return fileHolds(source, {"kvm-clock"}) && countersAgreeAcrossProcessors();
}

} // namespace

#if defined(__x86_64__) || defined(__i386__)
bool usable()
{
    static const bool machineAllows = decideUsable();
    const char *wanted = std::getenv("SOCKSCOPE_RECORDER_CLOCK");
    return machineAllows && !(wanted && std::strcmp(wanted, "monotonic") == 0);
}
#else
bool usable()
{
    return false;
}
#endif

ClockPair readPair(std::int64_t *spread)
{
    ClockPair best;
    std::int64_t bestSpread = -1;
    for (int attempt = 0; attempt < 64; ++attempt) {
        const std::int64_t before = now();
        const std::int64_t ns = Recorder::monotonicNs();
        const std::int64_t after = now();
        if (bestSpread < 0 || after - before < bestSpread) {
            bestSpread = after - before;
            best = {before + (after - before) / 2, ns};
        }
        if (bestSpread <= kTightPairTicks)
            break;
    }
    if (spread)
        *spread = bestSpread;
    return best;
}

double roughNsPerTick()
{
    static const double rate = [] {
        const ClockPair first = readPair();
        ClockPair last = first;
        while (last.monotonicNs - first.monotonicNs < 200000)
            last = readPair();
        return double(last.monotonicNs - first.monotonicNs) / double(last.counter - first.counter);
    }();
    return rate;
}

bool pairsAgree(const ClockPair &first, const ClockPair &last, std::span<const ClockPair> each,
                std::int64_t toleranceNs)
{
    if (last.counter <= first.counter || last.monotonicNs <= first.monotonicNs)
        return false;
    const double nsPerTick =
        double(last.monotonicNs - first.monotonicNs) / double(last.counter - first.counter);
    for (const ClockPair &p : each) {
        const double onLine =
            double(first.monotonicNs) + double(p.counter - first.counter) * nsPerTick;
        if (std::abs(onLine - double(p.monotonicNs)) > double(toleranceNs))
            return false;
    }
    return true;
}

} // namespace sockscope::stampcounter
