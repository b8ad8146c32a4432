// The instrumented system calls: what each one records, close-on-exec everywhere, a blocked
// span that is one real system call (the kernel says which one the thread sleeps in), honest
// wake-ups from outside, and a forked child reporting through a pipe. The readiness waits
// (select, poll, epoll) are tst_waitcalls'.

#include "lab/descriptormodes.h"
#include "labtestkit.h"
#include "trace/childrings.h"

#include <QTest>
#include <poll.h>
#include <sys/ioctl.h>

#include <cstring>
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>

using namespace sockscope;
using namespace sockscope::testkit;

namespace {

bool isCloseOnExec(int fd)
{
    const int flags = ::fcntl(fd, F_GETFD);
    return flags >= 0 && (flags & FD_CLOEXEC) != 0;
}

// The number of the system call thread `tid` is in, from /proc (-1 when running or unknown).
long currentSyscall(int tid)
{
    QFile f(QStringLiteral("/proc/self/task/%1/syscall").arg(tid));
    if (!f.open(QIODevice::ReadOnly))
        return -2;
    const QByteArray text = f.readAll().trimmed();
    if (text == "running")
        return -1;
    bool ok = false;
    const long nr = text.split(' ').value(0).toLong(&ok);
    return ok ? nr : -2;
}

struct Pair
{
    int listener = -1;
    int client = -1;
    int server = -1;
    Endpoint clientLocal;
};

Pair connectedPair(Syscalls &sys)
{
    Pair p;
    Endpoint address;
    p.listener = listenAnywhere(sys, &address);
    p.client = sys.socket(SOCK_STREAM);
    sys.connect(p.client, address, &p.clientLocal);
    p.server = sys.accept(p.listener, nullptr);
    return p;
}

void closePair(Pair &p)
{
    for (int fd : {p.listener, p.client, p.server}) {
        if (fd >= 0)
            ::close(fd);
    }
}

} // namespace

class TestSyscalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDescriptorIsCloseOnExec()
    {
        Recorder recorder;
        Syscalls sys(recorder, recorder.addActor({}));
        Pair p = connectedPair(sys);
        const int udp = sys.socket(SOCK_DGRAM);
        const int ep = sys.epollCreate();
        int pipe[2];
        QCOMPARE(Syscalls::makePipe(pipe), 0);
        for (int fd : {p.listener, p.client, p.server, udp, ep, pipe[0], pipe[1]}) {
            QVERIFY(fd >= 0);
            QVERIFY2(isCloseOnExec(fd), qPrintable(QString::number(fd)));
        }
        for (int fd : {udp, ep, pipe[0], pipe[1]})
            ::close(fd);
        closePair(p);
    }

    void instantCallsRecordWhatTheyDid()
    {
        Recorder recorder;
        const auto actor = recorder.addActor({});
        Syscalls sys(recorder, actor);
        TraceCollector trace(recorder);
        sys.at(LineTag::Socket);
        const int fd = sys.socket(SOCK_STREAM);
        sys.at(LineTag::Bind);
        QCOMPARE(sys.bind(fd, kLoopbackAnyPort), 0);
        sys.at(LineTag::Listen);
        QCOMPARE(sys.listen(fd, 7), 0);
        sys.at(LineTag::Close);
        QCOMPARE(sys.close(fd), 0);
        trace.collect();
        const Trace &t = trace.trace;
        QCOMPARE(t.size(), 4);
        QCOMPARE(t.at(0).kind, EventKind::Socket);
        QCOMPARE(t.at(0).fd, fd);
        QCOMPARE(t.at(0).line, toLine(LineTag::Socket));
        QCOMPARE(t.at(1).kind, EventKind::Bind);
        QCOMPARE(t.at(1).peerIpv4, 0x7f000001u);
        QVERIFY(t.at(1).peerPort != 0); // the port the kernel chose, not 0
        QCOMPARE(t.at(2).bytes, 7);     // listen's backlog
        QCOMPARE(t.at(3).kind, EventKind::Close);
        for (const Event &e : t.events())
            QCOMPARE(e.actor, actor);
    }

    void bindInUseRecordsTheError()
    {
        Recorder recorder;
        Syscalls sys(recorder, recorder.addActor({}));
        Endpoint taken;
        const int first = listenAnywhere(sys, &taken);
        const int second = sys.socket(SOCK_STREAM);
        QCOMPARE(sys.bind(second, taken), -1);
        QCOMPARE(errno, EADDRINUSE);
        TraceCollector trace(recorder);
        const auto failed = trace.find(
            [](const Event &e) { return e.kind == EventKind::Bind && e.err == EADDRINUSE; });
        QCOMPARE(int(failed.size()), 1);
        QVERIFY(trace.trace.at(failed[0]).peer() == taken);
        ::close(first);
        ::close(second);
    }

    void connectAndAcceptAgreeOnTheClient()
    {
        Recorder recorder;
        Syscalls sys(recorder, recorder.addActor({}));
        sys.setActorForPeer([](Endpoint) { return 42u; });
        TraceCollector trace(recorder);
        Pair p = connectedPair(sys);
        trace.collect();
        const auto connects =
            trace.find([](const Event &e) { return e.kind == EventKind::ConnectEnd; });
        const auto accepts =
            trace.find([](const Event &e) { return e.kind == EventKind::AcceptEnd; });
        QCOMPARE(int(connects.size()), 1);
        QCOMPARE(int(accepts.size()), 1);
        const Event &connected = trace.trace.at(connects[0]);
        const Event &accepted = trace.trace.at(accepts[0]);
        QVERIFY(trace.trace.local(connected) == p.clientLocal);
        QVERIFY(accepted.peer() == p.clientLocal);
        QVERIFY(connected.peer() == Syscalls::localAddress(p.listener));
        QCOMPARE(accepted.newFd, p.server);
        QCOMPARE(accepted.childActor, 42u);
        closePair(p);
    }

    // Before a blocking accept/recv the kernel is asked what is already there: the evidence
    // behind "blocks" and "returns at once".
    void theKernelIsAskedBeforeACallThatMayWait()
    {
        Recorder recorder;
        Syscalls sys(recorder, recorder.addActor({}));
        TraceCollector trace(recorder);
        auto lastBegin = [&](EventKind kind) -> Event {
            const auto hits = trace.find([kind](const Event &e) { return e.kind == kind; });
            return hits.empty() ? Event{} : trace.trace.at(hits.back());
        };
        // A connection already in the accept queue: accept() returns at once.
        Pair p = connectedPair(sys);
        const Event accepted = lastBegin(EventKind::AcceptBegin);
        QCOMPARE(accepted.readinessAtCall(), Event::Readiness::Ready);
        QCOMPARE(accepted.bytes, 1); // tcpi_unacked: one connection queued
        // Bytes already in the receive buffer.
        QCOMPARE(::send(p.client, "hello", 5, 0), ssize_t(5));
        QVERIFY(waitUntil([&] {
            int n = 0;
            return ::ioctl(p.server, FIONREAD, &n) == 0 && n == 5;
        }));
        char buffer[16];
        QCOMPARE(sys.recv(p.server, buffer, 2), ssize_t(2));
        Event recv = lastBegin(EventKind::RecvBegin);
        QCOMPARE(recv.readinessAtCall(), Event::Readiness::Ready);
        QCOMPARE(recv.bytes, 5);
        QCOMPARE(sys.recv(p.server, buffer, sizeof buffer), ssize_t(3));
        QCOMPARE(lastBegin(EventKind::RecvBegin).bytes, 3);
        // Nothing there: the call waits, woken by the client's byte, sent only once this
        // recv_begin (recorded after the probe) is there.
        std::thread later([&] {
            waitUntil([&] { return trace.count(EventKind::RecvBegin) >= 3; });
            [[maybe_unused]] const auto n = ::send(p.client, "x", 1, 0);
        });
        QCOMPARE(sys.recv(p.server, buffer, sizeof buffer), ssize_t(1));
        later.join();
        QCOMPARE(lastBegin(EventKind::RecvBegin).readinessAtCall(), Event::Readiness::Empty);
        // The other end closed: recv() returns 0 at once, and the probe knew.
        ::shutdown(p.client, SHUT_WR);
        QVERIFY(waitUntil([&] {
            pollfd q{p.server, POLLIN, 0};
            return ::poll(&q, 1, 0) == 1;
        }));
        QCOMPARE(sys.recv(p.server, buffer, sizeof buffer), ssize_t(0));
        QCOMPARE(lastBegin(EventKind::RecvBegin).readinessAtCall(), Event::Readiness::Ready);
        QCOMPARE(lastBegin(EventKind::RecvBegin).bytes, 0);
        closePair(p);
    }

    // A burst of probes, then a steady rate: the clock is the caller's, so no timing here.
    void probesAreBudgetedPerActor()
    {
        ProbeBudget budget;
        const std::int64_t t0 = 1'000'000'000;
        int probed = 0;
        for (int i = 0; i < 1000; ++i)
            probed += budget.take(t0) ? 1 : 0; // a thousand calls in the same instant
        QCOMPARE(probed, int(ProbeBudget::kBurst));
        const std::int64_t cost = 1'000'000'000 / ProbeBudget::kPerSecond;
        QVERIFY(!budget.take(t0 + cost - 1));
        QVERIFY(budget.take(t0 + cost)); // credit for one more probe
        QVERIFY(!budget.take(t0 + cost));
        // After a quiet second the burst is back, and no more than the burst.
        probed = 0;
        for (int i = 0; i < 1000; ++i)
            probed += budget.take(t0 + 10 * 1'000'000'000LL) ? 1 : 0;
        QCOMPARE(probed, int(ProbeBudget::kBurst));
        // A clock that seems to go back grants nothing and takes nothing away.
        QVERIFY(!budget.take(t0));
    }

    // The calls past the budget carry no evidence: they are neither "ready" nor "empty".
    void callsBeyondTheBudgetAreNotProbed()
    {
        Recorder recorder;
        Syscalls sys(recorder, recorder.addActor({}));
        TraceCollector trace(recorder);
        Pair p = connectedPair(sys);
        constexpr int kCalls = 2000;
        std::vector<char> bytes(kCalls, 'x');
        QCOMPARE(::send(p.client, bytes.data(), bytes.size(), 0), ssize_t(kCalls));
        QVERIFY(waitUntil([&] {
            int n = 0;
            return ::ioctl(p.server, FIONREAD, &n) == 0 && n == kCalls;
        }));
        char one = 0;
        for (int i = 0; i < kCalls; ++i)
            QCOMPARE(sys.recv(p.server, &one, 1), ssize_t(1));
        int ready = 0, unknown = 0, empty = 0;
        for (const qsizetype i :
             trace.find([](const Event &e) { return e.kind == EventKind::RecvBegin; })) {
            switch (trace.trace.at(i).readinessAtCall()) {
            case Event::Readiness::Ready:
                ++ready;
                break;
            case Event::Readiness::Unknown:
                ++unknown;
                break;
            case Event::Readiness::Empty:
                ++empty;
                break;
            }
        }
        QCOMPARE(ready + unknown, kCalls);
        QCOMPARE(empty, 0);
        // At least the burst (the accept's probe took one); fewer than all unless the calls
        // took over a millisecond each.
        QVERIFY2(ready >= ProbeBudget::kBurst - 1, qPrintable(QString::number(ready)));
        QVERIFY2(unknown > 0, qPrintable(QString::number(ready)));
        closePair(p);
    }

    void connectRefused()
    {
        Recorder recorder;
        Syscalls sys(recorder, recorder.addActor({}));
        // Bound but not listening: the kernel answers the SYN with a reset.
        const int holder = sys.socket(SOCK_STREAM);
        sys.bind(holder, kLoopbackAnyPort);
        const Endpoint closed = Syscalls::localAddress(holder);
        const int fd = sys.socket(SOCK_STREAM);
        QCOMPARE(sys.connect(fd, closed, nullptr), -1);
        QCOMPARE(errno, ECONNREFUSED);
        TraceCollector trace(recorder);
        QCOMPARE(int(trace
                         .find([](const Event &e) {
                             return e.kind == EventKind::ConnectEnd && e.err == ECONNREFUSED;
                         })
                         .size()),
                 1);
        ::close(fd);
        ::close(holder);
    }

    void recvAndSendCarryBytesAndPreview()
    {
        Recorder recorder;
        Syscalls sys(recorder, recorder.addActor({}));
        Pair p = connectedPair(sys);
        TraceCollector trace(recorder);
        const QByteArray message(100, 'm');
        QCOMPARE(sys.send(p.client, message.constData(), 100), ssize_t(100));
        char buffer[200];
        QByteArray got;
        while (got.size() < 100) {
            const ssize_t n = sys.recv(p.server, buffer, sizeof buffer);
            QVERIFY(n > 0);
            got.append(buffer, int(n));
        }
        QCOMPARE(got, message);
        ::close(p.client);
        p.client = -1;
        QCOMPARE(sys.recv(p.server, buffer, sizeof buffer), ssize_t(0));

        trace.collect();
        const auto sends = trace.find([](const Event &e) { return e.kind == EventKind::Send; });
        QCOMPARE(int(sends.size()), 1);
        QCOMPARE(trace.trace.at(sends[0]).bytes, 100);
        QCOMPARE(trace.trace.preview(trace.trace.at(sends[0])).size(), payload::kPreviewBytes);
        const auto ends = trace.find([](const Event &e) { return e.kind == EventKind::RecvEnd; });
        QVERIFY(ends.size() >= 2);
        QVERIFY(trace.trace.preview(trace.trace.at(ends[0])).size() <= payload::kPreviewBytes);
        QCOMPARE(trace.trace.at(ends.back()).bytes, 0); // the peer closed
        QCOMPARE(trace.count(EventKind::RecvBegin), int(ends.size()));
        closePair(p);
    }

    void blockedAcceptIsOneRealCall()
    {
        Recorder recorder;
        const auto actor = recorder.addActor({});
        Syscalls setup(recorder, actor);
        Endpoint address;
        const int listener = listenAnywhere(setup, &address);
        TraceCollector trace(recorder);
        std::atomic<int> tid{0};
        int result = 0;
        int error = 0;
        std::thread blocked([&] {
            tid = int(gettid());
            Syscalls sys(recorder, actor);
            sys.at(LineTag::Accept);
            result = sys.accept(listener, nullptr);
            error = errno;
        });
        QVERIFY(trace.waitForKind(EventKind::AcceptBegin));
        // The kernel says so: the thread sleeps inside accept4(), not in a poll loop.
        QVERIFY(waitUntil([&] { return currentSyscall(tid) == SYS_accept4; }));
        QCOMPARE(trace.count(EventKind::AcceptEnd), 0);
        // Woken from outside, and the return is recorded as what it is.
        QCOMPARE(Syscalls::wakeByShutdown(listener), 0);
        blocked.join();
        QCOMPARE(result, -1);
        QCOMPARE(error, EINVAL);
        QCOMPARE(trace.count(EventKind::AcceptBegin), 1);
        const auto ends = trace.find([](const Event &e) { return e.kind == EventKind::AcceptEnd; });
        QCOMPARE(int(ends.size()), 1);
        QCOMPARE(int(trace.trace.at(ends[0]).err), EINVAL);
        QCOMPARE(trace.trace.at(ends[0]).line, toLine(LineTag::Accept));
        ::close(listener);
    }

    void blockedRecvWokenByShutdownReturnsZero()
    {
        Recorder recorder;
        const auto actor = recorder.addActor({});
        Syscalls setup(recorder, actor);
        Pair p = connectedPair(setup);
        TraceCollector trace(recorder);
        std::atomic<int> tid{0};
        ssize_t result = -2;
        std::thread blocked([&] {
            tid = int(gettid());
            Syscalls sys(recorder, actor);
            char buffer[16];
            result = sys.recv(p.server, buffer, sizeof buffer);
        });
        QVERIFY(trace.waitForKind(EventKind::RecvBegin));
        QVERIFY(waitUntil([&] { return currentSyscall(tid) == SYS_recvfrom; }));
        Syscalls::wakeByShutdown(p.server);
        blocked.join();
        QCOMPARE(result, ssize_t(0));
        const auto ends = trace.find([](const Event &e) { return e.kind == EventKind::RecvEnd; });
        QCOMPARE(int(ends.size()), 1);
        QCOMPARE(trace.trace.at(ends[0]).bytes, 0);
        closePair(p);
    }

    void nonBlockingCallsRecordWouldBlock()
    {
        Recorder recorder;
        Syscalls sys(recorder, recorder.addActor({}));
        Pair p = connectedPair(sys);
        TraceCollector trace(recorder);
        trace.collect();
        const qsizetype before = trace.trace.size();
        QCOMPARE(sys.setNonBlocking(p.server), 0);
        QCOMPARE(sys.setNonBlocking(p.listener), 0);
        char buffer[8];
        QCOMPARE(sys.recv(p.server, buffer, sizeof buffer), ssize_t(-1));
        QCOMPARE(errno, EAGAIN);
        QCOMPARE(sys.accept(p.listener, nullptr), -1);
        trace.collect();
        QCOMPARE(trace.trace.size(), before + 2);
        QCOMPARE(trace.trace.at(before).kind, EventKind::WouldBlock);
        QCOMPARE(trace.trace.at(before).call, std::uint8_t(EventKind::RecvBegin));
        QCOMPARE(trace.trace.at(before).fd, p.server);
        QCOMPARE(trace.trace.at(before + 1).call, std::uint8_t(EventKind::AcceptBegin));
        // Data there: the call succeeds at once and is recorded as a begin/end pair.
        sys.send(p.client, "x", 1);
        QVERIFY(waitUntil([&] { return sys.recv(p.server, buffer, sizeof buffer) == 1; }));
        QVERIFY(trace.count(EventKind::RecvEnd) == 1);
        QCOMPARE(trace.count(EventKind::RecvBegin), 1);
        closePair(p);
    }

    // The lab knows each descriptor's O_NONBLOCK where it makes the descriptor or sets the
    // flag, and forgets it at its close: no fcntl(F_GETFL) before a call that may block. What
    // it knows agrees with the kernel.
    void descriptorModesFollowTheLab()
    {
        Recorder recorder;
        Syscalls sys(recorder, recorder.addActor({}));
        Pair p = connectedPair(sys);
        const DescriptorModes &modes = DescriptorModes::instance();
        using Mode = DescriptorModes::Mode;
        auto kernelSays = [](int fd) {
            return (::fcntl(fd, F_GETFL) & O_NONBLOCK) ? Mode::NonBlocking : Mode::Blocking;
        };
        for (int fd : {p.listener, p.client, p.server}) {
            QCOMPARE(modes.known(fd), Mode::Blocking); // accept4() without SOCK_NONBLOCK too
            QCOMPARE(kernelSays(fd), Mode::Blocking);
        }
        QCOMPARE(sys.setNonBlocking(p.server), 0);
        QCOMPARE(modes.known(p.server), Mode::NonBlocking);
        QCOMPARE(kernelSays(p.server), Mode::NonBlocking);
        const int server = p.server;
        QCOMPARE(sys.close(p.server), 0);
        p.server = -1;
        QCOMPARE(modes.known(server), Mode::Unknown);
        int pipe[2] = {-1, -1};
        QCOMPARE(sys.makePipe(pipe, true), 0);
        QCOMPARE(modes.known(pipe[0]), Mode::NonBlocking);
        QCOMPARE(kernelSays(pipe[1]), Mode::NonBlocking);
        for (int fd : pipe)
            sys.close(fd);
        QCOMPARE(modes.known(-1), Mode::Unknown);
        QCOMPARE(modes.known(DescriptorModes::kSize), Mode::Unknown);
        closePair(p);
    }

    void blockingSendShowsTheWait()
    {
        Recorder recorder;
        const auto actor = recorder.addActor({});
        Syscalls sys(recorder, actor);
        Pair p = connectedPair(sys);
        TraceCollector trace(recorder);
        // More than the peer's receive buffer and our send buffer can hold together.
        const int small = 16384;
        ::setsockopt(p.server, SOL_SOCKET, SO_SNDBUF, &small, sizeof small);
        const QByteArray big(2 * 1024 * 1024, 'b');
        ssize_t sent = 0;
        std::thread sender([&] {
            Syscalls own(recorder, actor);
            sent = own.send(p.server, big.constData(), std::size_t(big.size()));
        });
        // The socket buffer is full: the rest waits in one blocking send().
        QVERIFY(trace.waitForKind(EventKind::SendBegin));
        QByteArray drained;
        char buffer[65536];
        while (drained.size() < big.size()) {
            const ssize_t n = ::recv(p.client, buffer, sizeof buffer, 0);
            QVERIFY(n > 0);
            drained.append(buffer, int(n));
        }
        sender.join();
        QCOMPARE(sent, ssize_t(big.size()));
        QCOMPARE(trace.count(EventKind::SendBegin), 1);
        QCOMPARE(trace.count(EventKind::SendEnd), 1);
        qint64 total = 0;
        for (const Event &e : trace.trace.events()) {
            if (e.kind == EventKind::Send || e.kind == EventKind::SendEnd)
                total += e.bytes;
        }
        QCOMPARE(total, qint64(big.size()));
        closePair(p);
    }

    // A forked child reports through the pipe; the parent records the fork before the
    // child's first record, and reap() collects exactly that pid with its status. A child
    // forked while the recorder was off (the overhead benchmark's unrecorded server) serves
    // the same and reports nothing.
    void forkedChildReportsThroughThePipe_data()
    {
        QTest::addColumn<bool>("reports");
        QTest::newRow("recording") << true;
        QTest::newRow("recording off") << false;
    }
    void forkedChildReportsThroughThePipe()
    {
        QFETCH(bool, reports);
        Recorder recorder;
        const auto parent = recorder.addActor({});
        const auto childActor = recorder.addActor({0, ActorKind::Process, QStringLiteral("child")});
        Syscalls sys(recorder, parent);
        Pair p = connectedPair(sys);
        int pipe[2];
        QCOMPARE(Syscalls::makePipe(pipe), 0);
        sys.at(LineTag::Fork);
        const pid_t pid = sys.fork(childActor);
        if (pid == 0) {
            Syscalls child = Syscalls::inChild(pipe[1], nullptr, reports);
            char buffer[64];
            child.at(LineTag::Recv);
            const ssize_t n = child.recv(p.server, buffer, sizeof buffer);
            child.at(LineTag::Send);
            child.send(p.server, buffer, std::size_t(n > 0 ? n : 0));
            child.at(LineTag::Close);
            child.close(p.server);
            _exit(3);
        }
        QVERIFY(pid > 0);
        ::close(pipe[1]);
        ::send(p.client, "ping", 4, 0);
        char reply[8];
        QCOMPARE(::recv(p.client, reply, sizeof reply, 0), ssize_t(4));
        ChildRecord record;
        int records = 0;
        while (::read(pipe[0], &record, sizeof record) == ssize_t(sizeof record)) {
            QCOMPARE(record.pid, int(pid));
            recorder.recordFromChild(record, childActor);
            ++records;
        }
        ::close(pipe[0]);
        QCOMPARE(records, reports ? 4 : 0); // recv_begin, recv_end, send, close
        int status = 0;
        sys.at(LineTag::Reap);
        QCOMPARE(sys.reap(pid, true, ReapPolicy::None, &status), pid);
        QCOMPARE(status, 3);
        if (!reports) {
            closePair(p);
            return;
        }

        TraceCollector trace(recorder);
        trace.collect();
        const auto forks = trace.find([](const Event &e) { return e.kind == EventKind::Fork; });
        QCOMPARE(int(forks.size()), 1);
        QCOMPARE(trace.trace.at(forks[0]).childPid, int(pid));
        QCOMPARE(trace.trace.at(forks[0]).childActor, childActor);
        const auto own = trace.find([&](const Event &e) { return e.actor == childActor; });
        QCOMPARE(int(own.size()), records);
        QVERIFY(own.front() > forks[0]);
        QCOMPARE(trace.trace.at(own[1]).kind, EventKind::RecvEnd);
        QCOMPARE(trace.trace.at(own[1]).bytes, 4);
        QCOMPARE(trace.trace.preview(trace.trace.at(own[1])), QByteArrayView("ping"));
        QCOMPARE(trace.trace.at(own[1]).line, toLine(LineTag::Recv));
        const auto reaps = trace.find([](const Event &e) { return e.kind == EventKind::Reap; });
        QCOMPARE(int(reaps.size()), 1);
        QCOMPARE(trace.trace.at(reaps[0]).status, 3);
        QCOMPARE(trace.trace.at(reaps[0]).childPid, int(pid));
        closePair(p);
    }

    // A child's record is filled where it goes: in its ring's room, which holds an older
    // record, or on the stack for the pipe when there is no room. Both carry the same fields:
    // nothing of the older record is left in the one from the ring.
    void childRecordInTheRingIsTheOneThePipeCarries()
    {
        ChildRings rings;
        QVERIFY(rings.create());
        ChildRing *ring = rings.claim();
        QVERIFY(ring);
        ChildRecord older; // every field set, the preview full
        older.stamp = 1;
        older.pid = 99;
        older.fd = 77;
        older.newFd = 78;
        older.bytes = 79;
        older.status = 80;
        older.err = 81;
        older.kind = std::uint8_t(EventKind::Fork);
        older.call = 5;
        older.line = 6;
        older.previewSize = ChildRecord::kPreviewBytes;
        older.flags = 0xff;
        older.clock = ChildRecord::Counter;
        std::memset(older.preview, 'x', sizeof older.preview);
        for (std::uint32_t i = 0; i < ChildRing::kRecords; ++i)
            QVERIFY(appendToRing(ring, older));
        QCOMPARE(rings.read([](const ChildRecord &) {}), std::size_t(ChildRing::kRecords));

        int pipe[2];
        QCOMPARE(Syscalls::makePipe(pipe, true), 0);
        for (ChildRing *through : {ring, static_cast<ChildRing *>(nullptr)}) {
            Recorder recorder;
            Syscalls sys(recorder, recorder.addActor({}));
            Pair p = connectedPair(sys);
            Syscalls child = Syscalls::inChild(pipe[1], through);
            QCOMPARE(::send(p.client, "ping", 4, 0), ssize_t(4));
            char buffer[64];
            child.at(LineTag::Recv);
            QCOMPARE(child.recv(p.server, buffer, sizeof buffer), ssize_t(4));
            child.at(LineTag::Close);
            QCOMPARE(child.close(p.server), 0);
            p.server = -1;
            closePair(p);
        }
        std::vector<ChildRecord> byRing;
        rings.read([&](const ChildRecord &r) { byRing.push_back(r); });
        std::vector<ChildRecord> byPipe;
        ChildRecord r;
        while (::read(pipe[0], &r, sizeof r) == ssize_t(sizeof r))
            byPipe.push_back(r);
        ::close(pipe[0]);
        ::close(pipe[1]);
        QCOMPARE(byRing.size(), std::size_t(3)); // recv_begin, recv_end, close
        QCOMPARE(byPipe.size(), byRing.size());
        for (std::size_t i = 0; i < byRing.size(); ++i) {
            const ChildRecord &a = byRing[i];
            const ChildRecord &b = byPipe[i];
            QVERIFY(a.stamp > 1);
            QVERIFY(b.stamp >= a.stamp); // the same clock, read later
            QCOMPARE(a.pid, int(getpid()));
            QCOMPARE(a.pid, b.pid);
            QCOMPARE(a.fd, b.fd);
            QCOMPARE(a.newFd, b.newFd);
            QCOMPARE(a.bytes, b.bytes);
            QCOMPARE(a.status, b.status);
            QCOMPARE(a.err, b.err);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.call, b.call);
            QCOMPARE(a.line, b.line);
            QCOMPARE(a.flags, b.flags);
            QCOMPARE(a.clock, b.clock);
            QCOMPARE(a.previewSize, b.previewSize);
            QCOMPARE(QByteArrayView(a.preview, a.previewSize),
                     QByteArrayView(b.preview, b.previewSize));
        }
        QCOMPARE(byRing[1].kind, std::uint8_t(EventKind::RecvEnd));
        QCOMPARE(QByteArrayView(byRing[1].preview, byRing[1].previewSize), QByteArrayView("ping"));
        QCOMPARE(byRing[2].kind, std::uint8_t(EventKind::Close));
        QCOMPARE(byRing[2].previewSize, std::uint16_t(0));
    }
};

QTEST_GUILESS_MAIN(TestSyscalls)
#include "tst_syscalls.moc"
