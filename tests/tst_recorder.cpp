#include "trace/childrings.h"
#include "trace/eventstore.h"
#include "trace/recorder.h"
#include "trace/stampcounter.h"
#include "trace/trace.h"
#include "trace/unforkedmemory.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>

#include <sys/mman.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace sockscope;

namespace {

// Rows for a recorder that stamps as this machine allows (the time-stamp counter where the
// kernel keeps time with it) and one made to stamp with the clock.
void addClockRows()
{
    QTest::addColumn<bool>("forceClock");
    QTest::newRow("as this machine allows") << false;
    QTest::newRow("the clock") << true;
}

std::unique_ptr<Recorder> recorderStampingWith(bool forceClock)
{
    if (forceClock)
        qputenv("SOCKSCOPE_RECORDER_CLOCK", "monotonic");
    auto recorder = std::make_unique<Recorder>();
    qunsetenv("SOCKSCOPE_RECORDER_CLOCK");
    return recorder;
}

// Whether a forked child finds no mapping at `page` (its msync() says ENOMEM).
bool notInheritedByAChild(void *page)
{
    const auto size = std::size_t(sysconf(_SC_PAGESIZE));
    const pid_t pid = fork();
    if (pid == 0) // async-signal-safe only
        _exit(msync(page, size, MS_ASYNC) == -1 && errno == ENOMEM ? 0 : 1);
    if (pid < 0)
        return false;
    int status = 0;
    return waitpid(pid, &status, 0) == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

} // namespace

class TestRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void manyThreadsLoseNothingAndKeepOrder_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("perThread");
        QTest::addColumn<bool>("drainWhileRecording");
        // Who makes the memory barrier between a recording thread and the drain: the drain
        // for every thread (membarrier(2), where the kernel has it), or each recorded call.
        QTest::addColumn<bool>("fenceEachCall");
        QTest::newRow("2x20000") << 2 << 20000 << false << false;
        QTest::newRow("8x5000 drained live") << 8 << 5000 << true << false;
        QTest::newRow("8x5000 drained live, each call fenced") << 8 << 5000 << true << true;
        // Long enough for drains to meet threads inside their buffers many times.
        QTest::newRow("2x200000 drained live") << 2 << 200000 << true << false;
        QTest::newRow("2x200000 drained live, each call fenced") << 2 << 200000 << true << true;
    }

    void manyThreadsLoseNothingAndKeepOrder()
    {
        QFETCH(int, threads);
        QFETCH(int, perThread);
        QFETCH(bool, drainWhileRecording);
        QFETCH(bool, fenceEachCall);
        if (fenceEachCall)
            qputenv("SOCKSCOPE_RECORDER_BARRIER", "fence");
        Recorder recorder;
        qunsetenv("SOCKSCOPE_RECORDER_BARRIER");
        if (fenceEachCall)
            QVERIFY(!recorder.drainMakesTheBarrier());
        std::vector<std::uint32_t> actors;
        for (int i = 0; i < threads; ++i)
            actors.push_back(recorder.addActor(
                {0, ActorKind::Thread, QStringLiteral("t%1").arg(i), 1, i, 0, false}));

        Trace trace;
        std::atomic<bool> done{false};
        int drainsIntoThePast = 0;
        std::vector<std::thread> workers;
        for (int i = 0; i < threads; ++i) {
            workers.emplace_back([&, i] {
                for (int k = 0; k < perThread; ++k) {
                    Event e;
                    e.actor = actors[std::size_t(i)];
                    e.kind = EventKind::Send;
                    e.bytes = k; // the actor's own sequence number
                    const char payload[4] = {char(i), char(k), char(k >> 8), 'x'};
                    recorder.record(e, QByteArrayView(payload, 4));
                }
            });
        }
        std::thread drainer;
        if (drainWhileRecording) {
            drainer = std::thread([&] {
                while (!done.load()) {
                    // Each drain hands over a closed stretch of time: nothing it moves is
                    // earlier than what an earlier drain moved.
                    const std::int64_t before = trace.endNs();
                    const qsizetype moved = recorder.drainInto(trace);
                    if (moved > 0 && trace.at(trace.size() - moved).tNs < before)
                        ++drainsIntoThePast;
                }
            });
        }
        for (auto &w : workers)
            w.join();
        done = true;
        if (drainer.joinable())
            drainer.join();
        // What no drain has moved yet: all of it, once the threads are done.
        QCOMPARE(recorder.pendingEvents() + trace.size(), qsizetype(threads) * perThread);
        recorder.drainInto(trace);
        QCOMPARE(recorder.pendingEvents(), 0);

        QCOMPARE(drainsIntoThePast, 0);
        QCOMPARE(trace.size(), qsizetype(threads) * perThread);
        QCOMPARE(recorder.recordedEvents(), qint64(threads) * perThread);
        QCOMPARE(qsizetype(trace.actors().size()), qsizetype(threads));
        std::vector<int> next(std::size_t(threads + 1), 0);
        std::int64_t lastT = 0;
        for (const Event &e : trace.events()) {
            QVERIFY(e.tNs >= lastT);
            lastT = e.tNs;
            const int i = int(e.actor - actors[0]);
            QCOMPARE(e.bytes, next[std::size_t(i)]);
            ++next[std::size_t(i)];
            const auto p = trace.preview(e);
            QCOMPARE(p.size(), 4);
            QCOMPARE(int(p[0]), i);
            QCOMPARE(char(p[1]), char(e.bytes));
        }
    }

    // The trace's event store grows in place: what was written stays, in order, across growth,
    // inserts, copies, moves and shrinking.
    void eventStoreKeepsEveryEventAcrossGrowth()
    {
        EventStore store;
        auto event = [](int i) {
            Event e;
            e.tNs = i;
            e.bytes = i;
            return e;
        };
        constexpr int kEvents = 100000; // well past the first block and several doublings
        for (int i = 0; i < kEvents; i += 2)
            store.push_back(event(i));
        QCOMPARE(store.size(), std::size_t(kEvents / 2));
        QVERIFY(store.capacity() >= store.size());
        // Past 2 MiB the block is a new one (huge pages), its events copied over.
        QVERIFY(store.size() * sizeof(Event) > 2 * 1024 * 1024);
        for (std::size_t i = 0; i < store.size(); ++i) {
            if (store[i].bytes != int(2 * i))
                QFAIL(qPrintable(QStringLiteral("event %1 holds %2").arg(i).arg(store[i].bytes)));
        }
        store.insert(0, event(-1));
        store.insert(store.size(), event(kEvents));
        store.insert(1, event(-1)); // ties keep insertion order
        QCOMPARE(store.size(), std::size_t(kEvents / 2 + 3));
        QCOMPARE(store[0].tNs, -1);
        QCOMPARE(store[1].tNs, -1);
        QCOMPARE(store[2].tNs, 0);
        QCOMPARE(store.back().tNs, std::int64_t(kEvents));

        EventStore copy = store;
        store.clear();
        QVERIFY(store.empty());
        QCOMPARE(copy.size(), std::size_t(kEvents / 2 + 3));
        QVERIFY(std::is_sorted(copy.begin(), copy.end(),
                               [](const Event &a, const Event &b) { return a.tNs < b.tNs; }));
        EventStore moved = std::move(copy);
        QCOMPARE(moved.size(), std::size_t(kEvents / 2 + 3));
        QCOMPARE(moved[3].bytes, 2);
        moved.shrink_to_fit();
        QVERIFY(moved.capacity() < std::size_t(kEvents));
        QCOMPARE(moved.view().size(), moved.size());
        QCOMPARE(moved.back().tNs, std::int64_t(kEvents));
        store = moved;
        QCOMPARE(store.size(), moved.size());
        store.shrink_to_fit(); // keeps what it holds
        QCOMPARE(store[3].bytes, 2);
        EventStore empty;
        empty.shrink_to_fit();
        store = empty;
        QVERIFY(store.empty());
    }

    // The recorder's buffers and a trace's events are not inherited by a forked child (each
    // fork would otherwise write-protect them in the recording process, and its next write to
    // each page would be a copy-on-write fault). The child asks the kernel whether the first
    // page is mapped at all: msync() says ENOMEM for an address with no mapping.
    void forkedChildDoesNotInheritRecordingMemory_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<bool>("store");
        // (A buffer under UnforkedAllocator::kMinBytes is the heap's, inherited like any.)
        QTest::newRow("recorder buffer") << 2000 << false;
        QTest::newRow("recorder buffer, grown") << 100000 << false;
        QTest::newRow("event store") << 100 << true;
        QTest::newRow("event store, grown past huge pages") << 100000 << true;
    }
    void forkedChildDoesNotInheritRecordingMemory()
    {
        QFETCH(int, events);
        QFETCH(bool, store);
        UnforkedVector<Event> vector;
        EventStore eventStore;
        for (int i = 0; i < events; ++i) {
            Event e;
            e.tNs = i;
            if (store)
                eventStore.push_back(e);
            else
                vector.push_back(e);
        }
        void *first = store ? static_cast<void *>(eventStore.data()) : vector.data();
        const auto page = std::size_t(sysconf(_SC_PAGESIZE));
        QCOMPARE(std::uintptr_t(first) % page, std::uintptr_t(0)); // whole pages of its own
        QCOMPARE(msync(first, page, MS_ASYNC), 0);                 // mapped here
        QVERIFY(notInheritedByAChild(first));                      // false: the child had the pages
        QCOMPARE(msync(first, page, MS_ASYNC), 0);
        QCOMPARE((store ? eventStore[std::size_t(events - 1)] : vector.back()).tNs,
                 std::int64_t(events - 1));
    }

    // A released block stays mapped for the next allocation of its size (a new recorder then
    // faults in no fresh pages), still kept from a fork's children; a block too large for the
    // cache, or one more than the cache holds, is unmapped.
    void releasedBlocksAreKeptWithinTheCachesLimits()
    {
        // Emptied first: what earlier tests released would otherwise decide whether this block
        // still fits under the limit.
        unforked::dropCached();
        QCOMPARE(unforked::cachedBytes(), std::size_t(0));
        const auto page = std::size_t(sysconf(_SC_PAGESIZE));
        const std::size_t bytes = 100 * 1024;
        char *block = static_cast<char *>(unforked::allocate(bytes));
        block[0] = 'x';
        unforked::release(block, bytes);
        QCOMPARE(unforked::cachedBytes(), std::size_t(128 * 1024)); // its power of two
        QCOMPARE(msync(block, page, MS_ASYNC), 0);                  // still mapped
        char *again = static_cast<char *>(unforked::allocate(bytes - 1000));
        QCOMPARE(again, block);
        QCOMPARE(again[0], 'x'); // the same pages, not fresh ones
        QCOMPARE(unforked::cachedBytes(), std::size_t(0));
        QVERIFY(notInheritedByAChild(again)); // false: a reused block was inherited
        unforked::release(again, bytes);

        const std::size_t large = unforked::kMaxCachedBlockBytes + 1;
        void *big = unforked::allocate(large);
        unforked::release(big, large);
        QCOMPARE(msync(big, page, MS_ASYNC), -1);
        QCOMPARE(errno, ENOMEM);

        std::vector<void *> blocks;
        const std::size_t most = unforked::kMaxCachedBytes / unforked::kMaxCachedBlockBytes;
        for (std::size_t i = 0; i < most + 1; ++i)
            blocks.push_back(unforked::allocate(unforked::kMaxCachedBlockBytes));
        for (void *b : blocks)
            unforked::release(b, unforked::kMaxCachedBlockBytes);
        QVERIFY(unforked::cachedBytes() <= unforked::kMaxCachedBytes);
        const auto mapped = std::count_if(blocks.begin(), blocks.end(), [page](void *b) {
            return msync(b, page, MS_ASYNC) == 0;
        });
        QVERIFY(std::size_t(mapped) <= most);
        QVERIFY(std::size_t(mapped) >= 1);
    }

    // A child's record keeps a time it already has (the clock read before a call, for the
    // probe budget and the begin), and is stamped when it has none.
    void childRecordKeepsTheTimeItHas()
    {
        ChildRecord given;
        given.stamp = 123;
        given.pid = 7;
        fillChildRecord(given, "abc", 3);
        QCOMPARE(given.stamp, std::int64_t(123));
        QCOMPARE(given.pid, 7);
        QCOMPARE(given.previewSize, std::uint16_t(3));
        const std::int64_t before = Recorder::monotonicNs();
        ChildRecord stamped;
        fillChildRecord(stamped);
        QVERIFY(stamped.stamp >= before);
        QVERIFY(stamped.stamp <= Recorder::monotonicNs());
        QCOMPARE(stamped.pid, int(getpid()));
    }

    // Where the recorder stamps with the time-stamp counter, so do its forked children: their
    // records go on the same lines as the parent's own and land between the parent's events
    // stamped before and after them, whenever they are taken.
    void childRecordStampedWithTheCounterLandsAtItsTime()
    {
        Recorder recorder;
        if (!recorder.stampsWithCounter())
            QSKIP("the recorder stamps with the clock on this machine");
        const auto parent = recorder.addActor(
            {0, ActorKind::Thread, QStringLiteral("main"), getpid(), 0, 0, false});
        const auto child = recorder.addActor(
            {0, ActorKind::Process, QStringLiteral("child"), 0, 0, parent, false});
        Trace trace;
        Event before;
        before.actor = parent;
        before.kind = EventKind::Fork;
        recorder.record(before);
        recorder.drainInto(trace); // the child's stamp falls in the next stretch
        ChildRecord r;
        r.clock = ChildRecord::Counter;
        r.kind = std::uint8_t(EventKind::Close);
        r.fd = 4;
        fillChildRecord(r);
        QVERIFY(r.stamp != 0);
        Event after;
        after.actor = parent;
        after.kind = EventKind::Reap;
        recorder.record(after);
        recorder.recordFromChild(r, child); // taken last, stamped in the middle
        recorder.drainInto(trace);
        QCOMPARE(trace.size(), 3);
        QCOMPARE(trace.at(0).kind, EventKind::Fork);
        QCOMPARE(trace.at(1).kind, EventKind::Close);
        QCOMPARE(trace.at(1).actor, child);
        QCOMPARE(trace.at(2).kind, EventKind::Reap);
        QVERIFY(trace.at(1).tNs <= recorder.now());
    }

    void disabledRecordsNothing()
    {
        Recorder recorder;
        recorder.setEnabled(false);
        recorder.record(Event{});
        Trace trace;
        QCOMPARE(recorder.drainInto(trace), 0);
    }

    // A forked child's records come through a shared-memory ring, or the pipe when there is
    // no ring or it is full; either way all of them, each with the time it was made, before
    // the parent's later events.
    void childRecordsKeepTheirTime_data()
    {
        QTest::addColumn<bool>("ring");
        QTest::addColumn<int>("records");
        QTest::newRow("through the pipe") << false << 3;
        QTest::newRow("through the ring") << true << 3;
        QTest::newRow("the ring full, the rest through the pipe")
            << true << int(ChildRing::kRecords) + 3;
    }
    void childRecordsKeepTheirTime()
    {
        QFETCH(bool, ring);
        QFETCH(int, records);
        Recorder recorder;
        const auto parent = recorder.addActor(
            {0, ActorKind::Thread, QStringLiteral("main"), getpid(), 0, 0, false});
        const auto child = recorder.addActor(
            {0, ActorKind::Process, QStringLiteral("child"), 0, 0, parent, false});
        ChildRings rings;
        QVERIFY(rings.create());
        ChildRing *childRing = ring ? rings.claim() : nullptr;
        QVERIFY(!ring || childRing);
        int fds[2];
        QCOMPARE(pipe(fds), 0);
        const pid_t pid = fork();
        if (pid == 0) {
            // Async-signal-safe only from here on.
            ChildRecord r;
            r.kind = std::uint8_t(EventKind::RecvEnd);
            r.fd = 4;
            for (int i = 0; i < records; ++i) {
                r.bytes = i;
                reportFromChild(childRing, fds[1], r, "hello", 5);
            }
            r.kind = std::uint8_t(EventKind::Close);
            r.bytes = -1;
            reportFromChild(childRing, fds[1], r);
            _exit(0);
        }
        QVERIFY(pid > 0);
        close(fds[1]);
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        // Parent events recorded after the child's, but the child's keep their earlier time.
        Event later;
        later.actor = parent;
        later.kind = EventKind::Reap;
        later.childPid = pid;
        recorder.record(later);
        const auto take = [&](const ChildRecord &r) { recorder.recordFromChild(r, child); };
        const std::size_t fromRing = rings.read(take);
        QCOMPARE(fromRing, ring ? std::min<std::size_t>(records + 1, ChildRing::kRecords) : 0);
        ChildRecord r;
        int fromPipe = 0;
        while (read(fds[0], &r, sizeof r) == ssize_t(sizeof r)) {
            take(r);
            ++fromPipe;
        }
        close(fds[0]);
        QCOMPARE(int(fromRing) + fromPipe, records + 1);
        rings.release(childRing);
        QCOMPARE(rings.read(take), std::size_t(0));
        Trace trace;
        QCOMPARE(recorder.drainInto(trace), records + 2);
        for (int i = 0; i < records; ++i) {
            QCOMPARE(trace.at(i).kind, EventKind::RecvEnd);
            QCOMPARE(trace.at(i).actor, child);
            QCOMPARE(trace.at(i).bytes, i);
            QCOMPARE(trace.preview(trace.at(i)).toByteArray(), QByteArray("hello"));
        }
        QCOMPARE(trace.at(records).kind, EventKind::Close);
        QCOMPARE(trace.at(records + 1).kind, EventKind::Reap);
        // Released, the ring is the next child's, empty.
        QCOMPARE(rings.claim() != nullptr, true);
    }

    // The forked children's records reach the recorder from one thread, ring by ring: each
    // child's in its order, the children's interleaved in time. The drain puts them in time
    // order; records made at the same instant keep the order they were taken in, and each
    // child's order holds.
    void childRecordsTakenRingByRingComeOutInTimeOrder()
    {
        const std::int64_t origin = Recorder::monotonicNs() - 1000000000; // all in the past
        Recorder recorder(origin);
        std::vector<std::uint32_t> children;
        for (int c = 0; c < 3; ++c) {
            children.push_back(
                recorder.addActor({0, ActorKind::Process, QStringLiteral("child %1").arg(c),
                                   100 + c, 100 + c, 0, false}));
        }
        // Three reads of three rings; child c's k-th record at 10 * k + c (child 2's at
        // 10 * k + 1 too: a tie with child 1 that child 1 wins, being read first). In the
        // middle read, a record stamped after the drain began: it waits for the next drain.
        int sequence = 0;
        for (int read = 0; read < 3; ++read) {
            if (read == 1) {
                ChildRecord future;
                future.stamp = origin + 5000000000; // 4 s from now
                future.kind = std::uint8_t(EventKind::Close);
                future.fd = 0;
                future.bytes = 1000;
                recorder.recordFromChild(future, children[0]);
            }
            for (int c = 0; c < 3; ++c) {
                for (int k = read * 4; k < read * 4 + 4; ++k) {
                    ChildRecord r;
                    r.stamp = origin + 10 * k + std::min(c, 1);
                    r.kind = std::uint8_t(EventKind::Send);
                    r.bytes = sequence++;
                    r.fd = c;
                    recorder.recordFromChild(r, children[std::size_t(c)]);
                }
            }
        }
        Trace trace;
        QCOMPARE(recorder.drainInto(trace), qsizetype(sequence));
        std::vector<int> lastOfChild(3, -1);
        for (qsizetype i = 0; i < trace.size(); ++i) {
            const Event &e = trace.at(i);
            if (i > 0) {
                const Event &before = trace.at(i - 1);
                QVERIFY2(before.tNs <= e.tNs, qPrintable(QStringLiteral("event %1").arg(i)));
                if (before.tNs == e.tNs)
                    QCOMPARE(before.fd, 1); // the tie: child 1 was taken first
            }
            QVERIFY(e.bytes > lastOfChild[std::size_t(e.fd)]);
            lastOfChild[std::size_t(e.fd)] = e.bytes;
        }
        QCOMPARE(trace.at(0).fd, 0);
        QCOMPARE(trace.at(1).fd, 1);
        QCOMPARE(trace.at(2).fd, 2);
        QCOMPARE(trace.at(trace.size() - 1).kind, EventKind::Send);
    }

    // Many rings read many times (runs of every length, many ties): the drain's merge gives
    // what a stable sort by time of the records, in the order taken, gives.
    void childRecordsOfManyRingsMergeLikeAStableSort()
    {
        const std::int64_t origin = Recorder::monotonicNs() - 1000000000; // all in the past
        Recorder recorder(origin);
        const auto child =
            recorder.addActor({0, ActorKind::Process, QStringLiteral("child"), 100, 100, 0, false});
        QRandomGenerator random(27);
        constexpr int kRings = 37;
        std::vector<std::int64_t> ringTime(kRings, 0);
        std::vector<std::pair<std::int64_t, int>> taken; // (time, sequence), in the order taken
        int sequence = 0;
        for (int read = 0; read < 25; ++read) {
            for (int ring = 0; ring < kRings; ++ring) {
                const int records = random.bounded(6);
                for (int k = 0; k < records; ++k) {
                    ringTime[std::size_t(ring)] += random.bounded(3); // ties within and across
                    ChildRecord r;
                    r.stamp = origin + ringTime[std::size_t(ring)] * 100;
                    r.kind = std::uint8_t(EventKind::Send);
                    r.bytes = sequence;
                    r.fd = ring;
                    recorder.recordFromChild(r, child);
                    taken.push_back({r.stamp - origin, sequence++});
                }
            }
        }
        std::stable_sort(taken.begin(), taken.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        Trace trace;
        QCOMPARE(recorder.drainInto(trace), qsizetype(sequence));
        QVERIFY(sequence > 1000);
        for (qsizetype i = 0; i < trace.size(); ++i) {
            QCOMPARE(trace.at(i).tNs, taken[std::size_t(i)].first);
            QCOMPARE(trace.at(i).bytes, taken[std::size_t(i)].second);
        }
    }

    // The parent takes a ring's new records as runs (two where the ring wraps), each recorded
    // at once, in parts of a few hundred: the same trace as taking them one by one.
    void childRecordsTakenInRunsAreTheRecordsOneByOne()
    {
        const std::int64_t origin = Recorder::monotonicNs() - 1000000000; // all in the past
        ChildRings rings;
        QVERIFY(rings.create());
        ChildRing *ring = rings.claim();
        QVERIFY(ring);
        ChildRecord filler;
        filler.stamp = origin;
        for (int i = 0; i < 1000; ++i)
            QVERIFY(appendToRing(ring, filler));
        QCOMPARE(rings.read([](const ChildRecord &) {}), std::size_t(1000));
        std::vector<ChildRecord> made;
        for (int i = 0; i < 700; ++i) { // past the ring's end at 1,024
            ChildRecord r;
            r.stamp = origin + 100 * (i / 3); // ties too
            r.kind = std::uint8_t(i % 2 ? EventKind::RecvEnd : EventKind::Send);
            r.bytes = i;
            r.fd = 4;
            r.pid = 321;
            fillChildRecord(r, "abcdefgh", 1 + i % 8);
            QVERIFY(appendToRing(ring, r));
            made.push_back(r);
        }
        Recorder byRuns(origin);
        Recorder oneByOne(origin);
        for (Recorder *recorder : {&byRuns, &oneByOne})
            recorder->addActor(
                {0, ActorKind::Process, QStringLiteral("child"), 321, 321, 0, false});
        std::vector<std::size_t> runs;
        QCOMPARE(rings.readRuns([&](std::span<const ChildRecord> run) {
            runs.push_back(run.size());
            byRuns.recordFromChild(run, 1);
        }),
                 made.size());
        QCOMPARE(runs, (std::vector<std::size_t>{24, 676}));
        for (const ChildRecord &r : made)
            oneByOne.recordFromChild(r, 1);
        Trace a;
        Trace b;
        QCOMPARE(byRuns.drainInto(a), qsizetype(made.size()));
        QCOMPARE(oneByOne.drainInto(b), qsizetype(made.size()));
        for (qsizetype i = 0; i < a.size(); ++i) {
            QCOMPARE(a.at(i).tNs, b.at(i).tNs);
            QCOMPARE(a.at(i).bytes, b.at(i).bytes);
            QCOMPARE(a.at(i).kind, b.at(i).kind);
            QCOMPARE(a.at(i).actor, std::uint32_t(1));
            QCOMPARE(a.preview(a.at(i)), b.preview(b.at(i)));
            QCOMPARE(a.at(i).bytes, int(i)); // in time order, ties in the order taken
        }
    }

    void lateEventIsInsertedInTimeOrder()
    {
        Trace trace;
        trace.addActor({0, ActorKind::Thread, QStringLiteral("a"), 1, 1, 0, false});
        for (int t : {10, 20, 30}) {
            Event e;
            e.actor = 1;
            e.tNs = t;
            trace.append(e);
        }
        Event late;
        late.actor = 1;
        late.tNs = 15;
        QCOMPARE(trace.append(late), 1);
        QCOMPARE(trace.lowerBound(20), 2);
        QCOMPARE(trace.upperBound(30), 4);
        QCOMPARE(trace.lowerBound(0), 0);
    }

    void eventStaysWithinBudget() { QVERIFY(sizeof(Event) <= 64); }

    // Whatever record() stamps with (the time-stamp counter where the kernel keeps time with
    // it, else the clock), an event's time lies between CLOCK_MONOTONIC readings taken just
    // before and after the call, to within the clock pairs' own uncertainty; events stamped
    // earlier by the same thread (stamp(), then recordStamped()) interleave with them in time
    // order; drains in quick succession lose nothing.
    void stampsLieBetweenClockReadings_data() { addClockRows(); }
    void stampsLieBetweenClockReadings()
    {
        QFETCH(bool, forceClock);
        const auto made = recorderStampingWith(forceClock);
        Recorder &recorder = *made;
        if (forceClock)
            QVERIFY(!recorder.stampsWithCounter());
        qInfo("stamps with the counter: %d", recorder.stampsWithCounter());
        const auto actor =
            recorder.addActor({0, ActorKind::Thread, QStringLiteral("a"), 1, 1, 0, false});
        Trace trace;
        struct Bracket
        {
            std::int64_t before, after;
        };
        std::vector<Bracket> brackets;
        constexpr int kEvents = 3000;
        for (int i = 0; i < kEvents; ++i) {
            Event e;
            e.actor = actor;
            e.kind = EventKind::Send;
            e.bytes = i; // which call it was
            const std::int64_t before = recorder.now();
            if (i % 3 == 2) {
                e.tNs = recorder.stamp();
                recorder.recordStamped(e);
            } else {
                recorder.record(e, QByteArrayView("payload"));
            }
            brackets.push_back({before, recorder.now()});
            if (i % 97 == 0)
                recorder.drainInto(trace); // often, and sometimes twice in a row
            if (i % 388 == 0)
                recorder.drainInto(trace);
        }
        recorder.drainInto(trace);
        QCOMPARE(trace.size(), qsizetype(kEvents));
        constexpr std::int64_t kSlackNs = 1000;
        for (qsizetype k = 0; k < trace.size(); ++k) {
            const Event &e = trace.at(k);
            QCOMPARE(e.bytes, int(k)); // one thread: its order kept
            const Bracket &b = brackets[std::size_t(e.bytes)];
            QVERIFY2(e.tNs >= b.before - kSlackNs && e.tNs <= b.after + kSlackNs,
                     qPrintable(QStringLiteral("event %1 at %2, called between %3 and %4")
                                    .arg(k)
                                    .arg(e.tNs)
                                    .arg(b.before)
                                    .arg(b.after)));
            if (k > 0)
                QVERIFY(e.tNs >= trace.at(k - 1).tNs);
            if (e.bytes % 3 != 2)
                QCOMPARE(trace.payloadOf(e), QByteArrayView("payload"));
        }
    }

    // A call stamped before a drain and recorded after it (a close() while the GUI drains)
    // keeps the time it was stamped at, and its thread's order: it goes in after what that
    // drain released before it, and before what the thread recorded next. Eight rounds: with
    // the counter, placing the call on the wrong stretch's line put it before the event ahead
    // of it in some rounds (13 runs of 40 failed with three rounds).
    void callStampedBeforeADrainKeepsItsTime_data() { addClockRows(); }
    void callStampedBeforeADrainKeepsItsTime()
    {
        QFETCH(bool, forceClock);
        const auto made = recorderStampingWith(forceClock);
        Recorder &recorder = *made;
        const auto actor =
            recorder.addActor({0, ActorKind::Thread, QStringLiteral("a"), 1, 1, 0, false});
        Trace trace;
        auto event = [&](int which) {
            Event e;
            e.actor = actor;
            e.kind = EventKind::Send;
            e.bytes = which;
            return e;
        };
        for (int round = 0; round < 8; ++round) {
            recorder.record(event(3 * round));
            const std::int64_t before = recorder.now();
            Event stamped = event(3 * round + 1);
            stamped.tNs = recorder.stamp();
            const std::int64_t after = recorder.now();
            // The call takes a while, and a drain comes meanwhile (twice, the second time).
            for (int d = 0; d <= round % 2; ++d) {
                QTest::qSleep(2);
                recorder.drainInto(trace);
            }
            recorder.recordStamped(stamped);
            recorder.record(event(3 * round + 2));
            recorder.drainInto(trace);
            QCOMPARE(trace.size(), qsizetype(3 * round + 3));
            const Event &placed = trace.at(3 * round + 1);
            QCOMPARE(placed.bytes, 3 * round + 1);
            constexpr std::int64_t kSlackNs = 1000;
            QVERIFY2(placed.tNs >= before - kSlackNs && placed.tNs <= after + kSlackNs,
                     qPrintable(QStringLiteral("stamped between %1 and %2, placed at %3")
                                    .arg(before)
                                    .arg(after)
                                    .arg(placed.tNs)));
        }
        for (qsizetype k = 0; k < trace.size(); ++k) {
            QCOMPARE(trace.at(k).bytes, int(k));
            if (k > 0)
                QVERIFY(trace.at(k).tNs >= trace.at(k - 1).tNs);
        }
    }

    // Where the kernel's clock is a paravirtual one (kvm-clock), the counter stamps only if a
    // pair read on each processor lies on the line through two read on one, before and after:
    // one processor whose counter is ahead or behind by more than the tolerance refuses it.
    void countersAgreeOnlyWhenEveryProcessorIsOnTheLine_data()
    {
        QTest::addColumn<std::int64_t>("offsetNs"); // of the second processor's pair
        QTest::addColumn<bool>("agree");
        QTest::newRow("on the line") << std::int64_t(0) << true;
        QTest::newRow("within the tolerance") << std::int64_t(1500) << true;
        QTest::newRow("ahead by 5 us") << std::int64_t(5000) << false;
        QTest::newRow("behind by 5 us") << std::int64_t(-5000) << false;
    }
    void countersAgreeOnlyWhenEveryProcessorIsOnTheLine()
    {
        QFETCH(std::int64_t, offsetNs);
        QFETCH(bool, agree);
        // Two ticks a nanosecond; the clock started at 1 s, the counter at 5,000,000.
        const auto pairAt = [](std::int64_t ns, std::int64_t skewNs) {
            return stampcounter::ClockPair{5000000 + 2 * (ns - 1000000000) + 2 * skewNs, ns};
        };
        const auto first = pairAt(1000000000, 0);
        const auto last = pairAt(1000200000, 0);
        const std::vector<stampcounter::ClockPair> each{pairAt(1000050000, 0),
                                                        pairAt(1000120000, offsetNs)};
        QCOMPARE(stampcounter::pairsAgree(first, last, each, 2000), agree);
        // A line that does not go forward proves nothing.
        QVERIFY(!stampcounter::pairsAgree(last, first, each, 2000));
        QVERIFY(!stampcounter::pairsAgree(first, first, each, 2000));
    }
};

QTEST_GUILESS_MAIN(TestRecorder)
#include "tst_recorder.moc"
