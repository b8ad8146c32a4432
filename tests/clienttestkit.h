#pragma once

// For tst_clients: a tiny echo server made of raw sockets (it stands in for a model, so it
// records nothing), and the shared pieces a ClientFleet needs.

#include "clients/clientenvironment.h"
#include "clients/clientfleet.h"

#include <arpa/inet.h>
#include <atomic>
#include <fcntl.h>
#include <map>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace sockscope::testkit {

// A socket of `type` bound to 127.0.0.1 on a port the kernel picks; `address` gets where.
inline int boundLoopbackSocket(int type, sockaddr_in *address)
{
    const int fd = ::socket(AF_INET, type | SOCK_CLOEXEC, 0);
    *address = sockaddr_in{};
    address->sin_family = AF_INET;
    address->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof *address;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr *>(address), len) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr *>(address), &len) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    return fd;
}

// Listens on 127.0.0.1:0 and echoes what each connection sends (or stays silent), on one
// poll() thread. Remembers the peer address of every connection it accepted, in order.
class EchoServer
{
public:
    explicit EchoServer(int type = SOCK_STREAM, bool silent = false) : m_silent(silent)
    {
        sockaddr_in sa{};
        m_fd = boundLoopbackSocket(type | SOCK_NONBLOCK, &sa);
        m_address = {ntohl(sa.sin_addr.s_addr), ntohs(sa.sin_port)};
        m_udp = type == SOCK_DGRAM;
        if (!m_udp)
            ::listen(m_fd, 1024);
        ::pipe2(m_wake, O_CLOEXEC | O_NONBLOCK);
        m_thread = std::thread([this] { loop(); });
    }
    ~EchoServer()
    {
        const char byte = 1;
        [[maybe_unused]] auto n = ::write(m_wake[1], &byte, 1);
        m_thread.join();
        for (const auto &[fd, unused] : m_connections)
            ::close(fd);
        ::close(m_fd);
        ::close(m_wake[0]);
        ::close(m_wake[1]);
    }
    Endpoint address() const { return m_address; }
    int accepted() const { return m_accepted.load(); }
    std::vector<Endpoint> peers() const
    {
        std::lock_guard lock(m_mutex);
        return m_peers;
    }

private:
    void loop()
    {
        for (;;) {
            std::vector<pollfd> fds{{m_wake[0], POLLIN, 0}, {m_fd, POLLIN, 0}};
            for (const auto &[fd, unused] : m_connections)
                fds.push_back({fd, POLLIN, 0});
            if (::poll(fds.data(), fds.size(), -1) < 0)
                continue;
            if (fds[0].revents)
                return;
            if (fds[1].revents && !m_udp) {
                sockaddr_in sa{};
                socklen_t len = sizeof sa;
                int fd;
                while ((fd = ::accept4(m_fd, reinterpret_cast<sockaddr *>(&sa), &len,
                                       SOCK_CLOEXEC | SOCK_NONBLOCK)) >= 0) {
                    m_connections[fd] = true;
                    std::lock_guard lock(m_mutex);
                    m_peers.push_back({ntohl(sa.sin_addr.s_addr), ntohs(sa.sin_port)});
                    ++m_accepted;
                    len = sizeof sa;
                }
            } else if (fds[1].revents && m_udp) {
                char buffer[2048];
                sockaddr_in sa{};
                socklen_t len = sizeof sa;
                const auto n = ::recvfrom(m_fd, buffer, sizeof buffer, 0,
                                          reinterpret_cast<sockaddr *>(&sa), &len);
                if (n > 0 && !m_silent)
                    ::sendto(m_fd, buffer, std::size_t(n), 0, reinterpret_cast<sockaddr *>(&sa),
                             len);
            }
            for (std::size_t i = 2; i < fds.size(); ++i) {
                if (!fds[i].revents)
                    continue;
                char buffer[4096];
                const auto n = ::recv(fds[i].fd, buffer, sizeof buffer, 0);
                if (n <= 0) {
                    m_connections.erase(fds[i].fd);
                    ::close(fds[i].fd);
                } else if (!m_silent) {
                    ::send(fds[i].fd, buffer, std::size_t(n), MSG_NOSIGNAL);
                }
            }
        }
    }

    int m_fd = -1;
    int m_wake[2] = {-1, -1};
    bool m_udp = false;
    bool m_silent = false;
    Endpoint m_address;
    std::map<int, bool> m_connections;
    std::atomic<int> m_accepted{0};
    mutable std::mutex m_mutex;
    std::vector<Endpoint> m_peers;
    std::thread m_thread;
};

// Everything a fleet shares, pointed at `server`.
struct FleetHarness
{
    explicit FleetHarness(Endpoint server, double speed = 1.0, bool stepByHand = false)
        : peers(recorder), environment{recorder,           server, serverOptions, speed,
                                       stepByHand,         peers,  gate,          stop,
                                       ClientClock::now(), {}}
    {
    }
    ~FleetHarness() { shutDown(); }
    void shutDown()
    {
        stop.raise();
        gate.close();
        if (fleet)
            fleet->stop();
    }
    bool start(const std::vector<ClientScript> &scripts, int driverAbove = 200)
    {
        m_scripts = scripts;
        environment.startedAt = ClientClock::now();
        fleet = std::make_unique<ClientFleet>(environment, m_scripts, driverAbove);
        QString error;
        return fleet->start(&error);
    }

    Recorder recorder;
    ServerOptions serverOptions;
    PeerDirectory peers;
    ReleaseGate gate;
    StopSignal stop;
    ClientEnvironment environment;
    std::unique_ptr<ClientFleet> fleet;

private:
    std::vector<ClientScript> m_scripts;
};

inline ClientStep step(StepKind kind, int ms = 0)
{
    ClientStep s;
    s.kind = kind;
    s.ms = ms;
    return s;
}
inline ClientStep sendStep(const QByteArray &data, StepKind kind = StepKind::Send)
{
    ClientStep s;
    s.kind = kind;
    s.data = data;
    return s;
}

} // namespace sockscope::testkit
