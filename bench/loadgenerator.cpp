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

double echoRequestsPerSecond(std::uint16_t port, int connections, double seconds)
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
    std::atomic<bool> stop{false};
    std::atomic<long> requests{0};
    std::atomic<bool> failed{false};
    std::vector<std::thread> threads;
    const double t0 = nowSeconds();
    for (int fd : fds) {
        threads.emplace_back([&, fd] {
            long mine = 0;
            while (!stop.load(std::memory_order_relaxed)) {
                if (!exchange(fd)) {
                    failed = true;
                    break;
                }
                ++mine;
            }
            requests += mine;
        });
    }
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    stop = true;
    for (auto &t : threads)
        t.join();
    const double elapsed = nowSeconds() - t0;
    for (int fd : fds)
        ::close(fd);
    return failed ? 0 : double(requests.load()) / elapsed;
}

} // namespace sockscope::bench
