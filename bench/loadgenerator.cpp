#include "loadgenerator.h"

#include "benchmark.h"

#include <arpa/inet.h>
#include <atomic>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace sockscope::bench {

namespace {

int connectLoopback(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return -1;
    const int on = 1;
    // Request/reply of small messages: without NODELAY, Nagle and delayed ACKs would
    // measure the TCP timers instead of the server.
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) < 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool exchange(int fd)
{
    static const char request[32] = "ping ping ping ping ping ping\n";
    if (::send(fd, request, sizeof request, MSG_NOSIGNAL) != ssize_t(sizeof request))
        return false;
    char reply[32];
    std::size_t got = 0;
    while (got < sizeof reply) {
        const ssize_t n = ::recv(fd, reply + got, sizeof reply - got, 0);
        if (n <= 0)
            return false;
        got += std::size_t(n);
    }
    return true;
}

} // namespace

double echoRequestsPerSecond(std::uint16_t port, int connections, double seconds,
                             double warmupSeconds, long *allRequests)
{
    std::vector<int> fds;
    for (int i = 0; i < connections; ++i) {
        const int fd = connectLoopback(port);
        if (fd < 0)
            break;
        fds.push_back(fd);
    }
    if (int(fds.size()) != connections) {
        for (int fd : fds)
            ::close(fd);
        return 0;
    }
    // Each connection counts its own requests on a cache line of its own (one shared counter
    // bumped by every request would be contended); the main thread reads them at the start
    // and at the end of the counted stretch.
    struct alignas(64) Counter
    {
        std::atomic<long> requests{0};
    };
    std::vector<Counter> counters(fds.size());
    const auto total = [&] {
        long sum = 0;
        for (const Counter &c : counters)
            sum += c.requests.load(std::memory_order_relaxed);
        return sum;
    };
    std::atomic<bool> stop{false};
    std::atomic<bool> failed{false};
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < fds.size(); ++i) {
        threads.emplace_back([&, i] {
            std::atomic<long> &mine = counters[i].requests;
            while (!stop.load(std::memory_order_relaxed)) {
                if (!exchange(fds[i])) {
                    failed = true;
                    break;
                }
                mine.store(mine.load(std::memory_order_relaxed) + 1, std::memory_order_relaxed);
            }
        });
    }
    if (warmupSeconds > 0)
        std::this_thread::sleep_for(std::chrono::duration<double>(warmupSeconds));
    const double t0 = nowSeconds();
    const long before = total();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    const long after = total();
    const double elapsed = nowSeconds() - t0;
    stop = true;
    for (auto &t : threads)
        t.join();
    for (int fd : fds)
        ::close(fd);
    if (allRequests)
        *allRequests = total();
    return failed ? 0 : double(after - before) / elapsed;
}

} // namespace sockscope::bench
