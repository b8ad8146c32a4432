// The readiness waits of the lab (core/lab/waitcalls.cpp): select(), poll() and epoll_wait()
// record the sets they were given and the subset the kernel reported ready, refuse what they
// cannot take (a descriptor past FD_SETSIZE), and cost nothing for their sets when recording
// is off.

#include "labtestkit.h"

#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/resource.h>

using namespace sockscope;
using namespace sockscope::testkit;

namespace {

// What the waits are given: a listener with one connection queued (ready), an idle datagram
// socket (never ready), and the connected client.
struct Waiters
{
    Waiters()
    {
        Endpoint address;
        listener = listenAnywhere(sys, &address);
        idle = sys.socket(SOCK_DGRAM);
        client = sys.socket(SOCK_STREAM);
        sys.connect(client, address, nullptr);
    }
    Recorder recorder;
    Syscalls sys{recorder, recorder.addActor({})};
    int listener = -1;
    int idle = -1;
    int client = -1;
};

} // namespace

class TestWaitCalls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // With the recorder off the wait's sets are neither copied nor encoded (the unrecorded
    // server of the overhead benchmark pays nothing for them), but the caller still gets the
    // ready descriptors, and nothing is recorded.
    void selectRecordsSetsAndReadySubset_data()
    {
        QTest::addColumn<bool>("recording");
        QTest::newRow("recording") << true;
        QTest::newRow("recording off") << false;
    }
    void selectRecordsSetsAndReadySubset()
    {
        QFETCH(bool, recording);
        Waiters waiters;
        auto &[recorder, sys, listener, idle, client] = waiters;
        TraceCollector trace(recorder);
        trace.collect();
        QVector<int> readyRead;
        QVector<int> readyWrite;
        sys.at(LineTag::Select);
        const qsizetype before = trace.trace.size();
        recorder.setEnabled(recording);
        QCOMPARE(sys.select({listener, idle}, {}, 5000, &readyRead, &readyWrite), 1);
        QCOMPARE(readyRead, QVector<int>{listener});
        trace.collect();
        if (!recording) {
            QCOMPARE(trace.trace.size(), before);
            for (int fd : {listener, idle, client})
                ::close(fd);
            return;
        }
        const Event &begin = trace.trace.at(trace.trace.size() - 2);
        const Event &end = trace.trace.at(trace.trace.size() - 1);
        QCOMPARE(begin.kind, EventKind::WaitBegin);
        QCOMPARE(end.kind, EventKind::WaitEnd);
        QCOMPARE(begin.call, std::uint8_t(WaitMechanism::Select));
        QCOMPARE(trace.trace.waitSets(begin).readSet, (QVector<int>{listener, idle}));
        QCOMPARE(trace.trace.waitSets(begin).timeoutMs, 5000);
        QCOMPARE(trace.trace.waitSets(end).readyRead, QVector<int>{listener});
        for (int fd : {listener, idle, client})
            ::close(fd);
    }

    void selectRefusesDescriptorsBeyondFdSetSize()
    {
        rlimit limit{};
        getrlimit(RLIMIT_NOFILE, &limit);
        const rlimit saved = limit;
        if (limit.rlim_cur <= FD_SETSIZE + 10) {
            if (limit.rlim_max <= FD_SETSIZE + 10)
                QSKIP("RLIMIT_NOFILE does not allow a descriptor beyond FD_SETSIZE");
            limit.rlim_cur = FD_SETSIZE + 64;
            QCOMPARE(setrlimit(RLIMIT_NOFILE, &limit), 0);
        }
        Recorder recorder;
        Syscalls sys(recorder, recorder.addActor({}));
        const int low = sys.socket(SOCK_DGRAM);
        const int high = ::fcntl(low, F_DUPFD_CLOEXEC, FD_SETSIZE + 5);
        QVERIFY(high >= FD_SETSIZE);
        TraceCollector trace(recorder);
        trace.collect();
        const qsizetype before = trace.trace.size();
        QVector<int> ready;
        QCOMPARE(sys.select({low, high}, {}, 0, &ready, nullptr), -1);
        QCOMPARE(errno, EINVAL);
        trace.collect();
        QCOMPARE(trace.trace.size(), before + 1); // an error, and no select() was made
        const Event &e = trace.trace.at(before);
        QCOMPARE(e.kind, EventKind::Error);
        QCOMPARE(e.call, std::uint8_t(EventKind::WaitBegin));
        QCOMPARE(e.fd, high);
        QCOMPARE(int(e.err), EINVAL);
        ::close(high);
        ::close(low);
        setrlimit(RLIMIT_NOFILE, &saved);
    }

    // A set too large for one event's payload (16-bit size) is kept truncated, never dropped;
    // the wait after it records only its own sets (what a wait is encoded in is reused).
    void hugePollSetIsTruncatedAndTheNextWaitIsItsOwn()
    {
        Waiters waiters;
        auto &[recorder, sys, listener, idle, client] = waiters;
        TraceCollector trace(recorder);
        std::vector<pollfd> many(20000, pollfd{idle, POLLIN, 0});
        QCOMPARE(sys.poll(many.data(), nfds_t(many.size()), 0), 0);
        pollfd one{listener, POLLIN, 0};
        QCOMPARE(sys.poll(&one, 1, 5000), 1);
        trace.collect();
        const auto waits = trace.find([](const Event &e) {
            return e.kind == EventKind::WaitBegin || e.kind == EventKind::WaitEnd;
        });
        QCOMPARE(int(waits.size()), 4);
        const int fit = (0xffff - 12) / 4; // a timeout and four counts, then 4 bytes a descriptor
        for (int i : {0, 1}) {
            const WaitSets sets = trace.trace.waitSets(trace.trace.at(waits[std::size_t(i)]));
            QCOMPARE(sets.readSet.size(), fit);
            QCOMPARE(sets.readSet.count(idle), fit);
            QVERIFY(sets.readyRead.isEmpty());
            QCOMPARE(sets.timeoutMs, 0);
        }
        const WaitSets begin = trace.trace.waitSets(trace.trace.at(waits[2]));
        const WaitSets end = trace.trace.waitSets(trace.trace.at(waits[3]));
        QCOMPARE(begin.readSet, QVector<int>{listener});
        QVERIFY(begin.readyRead.isEmpty());
        QCOMPARE(end.readSet, QVector<int>{listener});
        QCOMPARE(end.readyRead, QVector<int>{listener});
        QCOMPARE(end.timeoutMs, 5000);
    }

    void pollAndEpollRecordInterestAndReady()
    {
        Waiters waiters;
        auto &[recorder, sys, listener, idle, client] = waiters;
        TraceCollector trace(recorder);

        pollfd fds[2] = {{listener, POLLIN, 0}, {idle, POLLIN, 0}};
        QCOMPARE(sys.poll(fds, 2, 5000), 1);
        trace.collect();
        const Event &pollEnd = trace.trace.at(trace.trace.size() - 1);
        QCOMPARE(pollEnd.call, std::uint8_t(WaitMechanism::Poll));
        QCOMPARE(trace.trace.waitSets(pollEnd).readSet, (QVector<int>{listener, idle}));
        QCOMPARE(trace.trace.waitSets(pollEnd).readyRead, QVector<int>{listener});

        const int ep = sys.epollCreate();
        QCOMPARE(sys.epollCtl(ep, EPOLL_CTL_ADD, listener, EPOLLIN), 0);
        QCOMPARE(sys.epollCtl(ep, EPOLL_CTL_ADD, idle, EPOLLIN), 0);
        QCOMPARE(sys.epollCtl(ep, EPOLL_CTL_MOD, idle, EPOLLIN | EPOLLOUT), 0);
        QCOMPARE(sys.epollCtl(ep, EPOLL_CTL_DEL, idle, 0), 0);
        epoll_event events[4];
        QCOMPARE(sys.epollWait(ep, events, 4, 5000, {listener}), 1);
        trace.collect();
        const auto ctl = trace.find([](const Event &e) { return e.kind == EventKind::EpollCtl; });
        QCOMPARE(int(ctl.size()), 4);
        QCOMPARE(trace.trace.at(ctl[0]).call, std::uint8_t(EpollOp::Add));
        QCOMPARE(trace.trace.at(ctl[2]).call, std::uint8_t(EpollOp::Mod));
        QCOMPARE(trace.trace.at(ctl[3]).call, std::uint8_t(EpollOp::Del));
        QCOMPARE(trace.trace.at(ctl[3]).fd, idle);
        const Event &epollEnd = trace.trace.at(trace.trace.size() - 1);
        QCOMPARE(epollEnd.call, std::uint8_t(WaitMechanism::Epoll));
        QCOMPARE(trace.trace.waitSets(epollEnd).readSet, QVector<int>{listener});
        QCOMPARE(trace.trace.waitSets(epollEnd).readyRead, QVector<int>{listener});
        for (int fd : {listener, idle, client, ep})
            ::close(fd);
    }
};

QTEST_GUILESS_MAIN(TestWaitCalls)
#include "tst_waitcalls.moc"
