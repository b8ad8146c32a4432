// Recorder: nanoseconds per recorded event on the recording thread, one thread and two.
#include "benchmark.h"

#include "trace/recorder.h"
#include "trace/trace.h"

#include <atomic>
#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#endif
#include <ctime>
#include <thread>

namespace sockscope::bench {

namespace {

std::int64_t ns()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return std::int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// Keeps the timed call between the two clock reads: it starts once the first read is done and
// is done before the second starts. Without it an out-of-order processor may run the call beside
// the clock reads' own arithmetic: on an AMD EPYC guest whose clock is kvm-clock, a record timed
// so came to 2 ns, its stamp alone 1 ns, though the stamp cannot be read faster than 13.6 ns
// apart in a loop (2026-12-07).
inline void fence()
{
#if defined(__x86_64__) || defined(__i386__)
    _mm_lfence();
#else
    std::atomic_thread_fence(std::memory_order_seq_cst);
#endif
}

// One call of `work` between fenced clock reads, in nanoseconds.
template <typename Work> double fencedNs(const Work &work)
{
    const auto t0 = ns();
    fence();
    work();
    fence();
    const auto t1 = ns();
    return double(t1 - t0);
}

// The cost of the fenced clock reads around nothing, subtracted from every sample.
double timerOverheadNs()
{
    std::vector<double> samples;
    for (int i = 0; i < 20000; ++i)
        samples.push_back(fencedNs([] {}));
    return percentile(samples, 0.5);
}

// One call of `work`, timed: its nanoseconds less the timer's own.
template <typename Work> double timedNs(double overhead, const Work &work)
{
    return std::max(0.0, fencedNs(work) - overhead);
}

// Records `count` events (a third with a 24-byte preview, like recv/send) and returns the
// per-call samples in ns, timer overhead removed.
std::vector<double> recordSamples(Recorder &recorder, std::uint32_t actor, int count,
                                  double overhead)
{
    std::vector<double> samples;
    samples.reserve(std::size_t(count));
    const QByteArray preview("hello from client 1234\r\n");
    for (int i = 0; i < count; ++i) {
        Event e;
        e.actor = actor;
        e.kind = i % 3 == 0 ? EventKind::RecvEnd : EventKind::RecvBegin;
        e.fd = 5;
        e.bytes = i % 3 == 0 ? int(preview.size()) : -1;
        const QByteArrayView payload = i % 3 == 0 ? QByteArrayView(preview) : QByteArrayView();
        samples.push_back(timedNs(overhead, [&] { recorder.record(e, payload); }));
    }
    return samples;
}

// What reading the stamp alone costs (the time-stamp counter, or the clock), timed the same
// way: the floor under a recorded event on this machine.
std::vector<double> stampSamples(const Recorder &recorder, int count, double overhead)
{
    std::vector<double> samples;
    samples.reserve(std::size_t(count));
    std::int64_t sink = 0;
    for (int i = 0; i < count; ++i) {
        samples.push_back(timedNs(overhead, [&] { sink += recorder.stamp(); }));
    }
    volatile std::int64_t kept = sink; // the reads are not optimised away
    (void)kept;
    return samples;
}

// A stamp and the copy of a 48-byte event into memory, timed as a record is: what a recorder that
// did nothing else (no thread's buffer found, no gate, no payload) would cost on this machine.
std::vector<double> floorSamples(const Recorder &recorder, int count, double overhead)
{
    std::vector<Event> ring(4096);
    std::vector<double> samples;
    samples.reserve(std::size_t(count));
    Event e;
    e.kind = EventKind::RecvBegin;
    e.fd = 5;
    for (int i = 0; i < count; ++i) {
        samples.push_back(timedNs(overhead, [&] {
            Event &stored = ring[std::size_t(i) % ring.size()];
            stored = e;
            stored.tNs = recorder.stamp();
        }));
    }
    volatile std::int64_t kept = ring[std::size_t(count / 2) % ring.size()].tNs;
    (void)kept;
    return samples;
}

// The stamp read back to back, not timed call by call: how many nanoseconds apart this processor
// can give them at all, each read overlapping the next as far as it may. No recorder that stamps
// each event can record faster than this.
double backToBackStampNs(const Recorder &recorder, int count)
{
    std::int64_t sink = 0;
    const auto t0 = ns();
    for (int i = 0; i < count; ++i)
        sink += recorder.stamp();
    const auto t1 = ns();
    volatile std::int64_t kept = sink;
    (void)kept;
    return double(t1 - t0) / count;
}

Results recorderBench(const Options &options)
{
    const int count = options.scaled(1000000, 2000);
    const double overhead = timerOverheadNs();
    Results r;
    {
        Recorder recorder;
        Trace trace;
        const auto actor =
            recorder.addActor({0, ActorKind::Thread, QStringLiteral("a"), 1, 1, 0, false});
        std::vector<double> all;
        // Drained every 4096 events, as the GUI's timer would, outside the timed calls.
        for (int done = 0; done < count; done += 4096) {
            auto part = recordSamples(recorder, actor, std::min(4096, count - done), overhead);
            all.insert(all.end(), part.begin(), part.end());
            recorder.drainInto(trace);
        }
        // 1: stamped with the time-stamp counter; 0: with clock_gettime (recorder.h).
        r.insert(QStringLiteral("recorder_stamps_with_counter"),
                 recorder.stampsWithCounter() ? 1 : 0);
        r.insert(QStringLiteral("recorder_stamp_median_ns"),
                 percentile(stampSamples(recorder, std::min(count, 200000), overhead), 0.5));
        // What limits the median on this machine, measured beside it: the stamp back to back,
        // and a stamp with one event's copy timed as a record.
        r.insert(QStringLiteral("recorder_stamp_back_to_back_ns"),
                 backToBackStampNs(recorder, std::min(count, 1000000)));
        r.insert(QStringLiteral("recorder_floor_median_ns"),
                 percentile(floorSamples(recorder, std::min(count, 200000), overhead), 0.5));
        r.insert(QStringLiteral("recorder_median_ns"), percentile(all, 0.5));
        r.insert(QStringLiteral("recorder_p99_ns"), percentile(all, 0.99));
    }
    {
        // Two recording threads at once and a drainer, like a server thread, a client thread
        // and the GUI timer.
        Recorder recorder;
        Trace trace;
        std::atomic<bool> done{false};
        std::thread drainer([&] {
            while (!done.load()) {
                recorder.drainInto(trace);
                std::this_thread::sleep_for(std::chrono::milliseconds(30));
            }
        });
        std::vector<double> samples[2];
        std::thread threads[2];
        for (int t = 0; t < 2; ++t) {
            const auto actor =
                recorder.addActor({0, ActorKind::Thread, QStringLiteral("t"), 1, t, 0, false});
            threads[t] = std::thread([&, t, actor] {
                samples[t] = recordSamples(recorder, actor, count / 2, overhead);
            });
        }
        for (auto &t : threads)
            t.join();
        done = true;
        drainer.join();
        std::vector<double> all = samples[0];
        all.insert(all.end(), samples[1].begin(), samples[1].end());
        r.insert(QStringLiteral("recorder_2threads_median_ns"), percentile(all, 0.5));
        r.insert(QStringLiteral("recorder_2threads_p99_ns"), percentile(all, 0.99));
    }
    return r;
}

const Register registered("recorder", recorderBench);

} // namespace
} // namespace sockscope::bench
