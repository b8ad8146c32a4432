#include "clientdriver.h"

#include "steppayload.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <system_error>
#include <unistd.h>

namespace sockscope {

namespace {
constexpr int kMaxEventsPerWait = 256;
constexpr std::uint32_t kStreamInterest = EPOLLIN | EPOLLOUT | EPOLLRDHUP | EPOLLET;
constexpr std::uint32_t kDatagramInterest = EPOLLIN | EPOLLOUT | EPOLLET;

bool needsHold(const ClientEnvironment &environment, const ClientStep &step)
{
    return environment.stepByHand || step.kind == StepKind::WaitRelease;
}
} // namespace

ClientDriver::ClientDriver(const ClientEnvironment &environment,
                           std::vector<ClientProgress *> clients, std::uint32_t driverActor)
    : m_environment(environment), m_calls(environment.recorder, driverActor)
{
    m_calls.setStopFlag(environment.stop.flag());
    m_clients.reserve(clients.size());
    for (auto *progress : clients) {
        m_clients.emplace_back(environment.recorder, progress);
        m_clients.back().calls.setStopFlag(environment.stop.flag());
    }
    m_unfinished = m_clients.size();
}

ClientDriver::~ClientDriver()
{
    wakeUp();
    join();
}

bool ClientDriver::start(QString *error)
{
    m_calls.at(LineTag::EpollCreate);
    m_epollFd = m_calls.epollCreate();
    if (m_epollFd < 0) {
        *error = QStringLiteral("client driver: epoll_create: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // Not a socket: only wakes the driver when the run stops or a client is released.
    const int wakeFd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (wakeFd < 0) {
        *error = QStringLiteral("client driver: eventfd: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_calls.close(m_epollFd);
        m_epollFd = -1;
        return false;
    }
    {
        std::lock_guard lock(m_wakeMutex);
        m_wakeFd = wakeFd;
    }
    m_calls.at(LineTag::EpollCtl);
    m_calls.epollCtl(m_epollFd, EPOLL_CTL_ADD, wakeFd, EPOLLIN);

    for (std::size_t i = 0; i < m_clients.size(); ++i)
        setTimer(i, m_environment.scaled(m_clients[i].progress->script->startMs) -
                        (ClientClock::now() - m_environment.startedAt));
    try {
        m_thread = std::thread([this] { loop(); });
    } catch (const std::system_error &e) {
        *error = QStringLiteral("client driver: cannot create its thread: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(e.code().value())));
        Event failed;
        failed.kind = EventKind::Error;
        failed.call = std::uint8_t(EventKind::ThreadSpawn);
        failed.err = std::int16_t(e.code().value());
        m_calls.record(failed);
        {
            std::lock_guard lock(m_wakeMutex);
            m_wakeFd = -1;
        }
        ::close(wakeFd);
        m_calls.close(m_epollFd);
        m_epollFd = -1;
        return false;
    }
    return true;
}

void ClientDriver::wakeUp()
{
    std::lock_guard lock(m_wakeMutex);
    if (m_wakeFd >= 0) {
        const std::uint64_t one = 1;
        [[maybe_unused]] const auto written = ::write(m_wakeFd, &one, sizeof(one));
    }
}

void ClientDriver::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void ClientDriver::loop()
{
    epoll_event ready[kMaxEventsPerWait];
    std::vector<std::size_t> touched;
    while (m_unfinished > 0 && !m_environment.stop.isRaised()) {
        // The interest list can hold thousands of sockets: it is not copied into every wait
        // record; the epoll_ctl events before it say what it holds.
        m_calls.at(LineTag::EpollWait);
        const int count =
            m_calls.epollWait(m_epollFd, ready, kMaxEventsPerWait, nextTimeoutMs(), {});
        if (count < 0 && errno != EINTR) {
            const int error = errno;
            for (auto &client : m_clients)
                failWithErrno(client, "client driver: epoll_wait", error);
            break;
        }
        touched.clear();
        bool lookAtGate = false;
        for (int i = 0; i < count; ++i) {
            const int fd = ready[i].data.fd;
            if (fd == m_wakeFd) {
                std::uint64_t drained = 0;
                [[maybe_unused]] const auto got = ::read(m_wakeFd, &drained, sizeof(drained));
                lookAtGate = true;
                continue;
            }
            Client *found = clientOfFd(fd);
            if (!found)
                continue;
            Client &client = *found;
            const auto index = std::size_t(found - m_clients.data());
            const auto events = ready[i].events;
            if (events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
                client.readable = true;
            if (events & (EPOLLOUT | EPOLLHUP | EPOLLERR))
                client.writable = true;
            touched.push_back(index);
        }
        const auto now = ClientClock::now();
        while (!m_timers.empty() && m_timers.top().due <= now) {
            const Timer timer = m_timers.top();
            m_timers.pop();
            if (timer.generation != m_clients[timer.client].timerGeneration)
                continue;
            m_clients[timer.client].timerDue = true;
            touched.push_back(timer.client);
        }
        if (lookAtGate)
            touched.insert(touched.end(), m_parked.begin(), m_parked.end());
        if (m_environment.stop.isRaised())
            break;
        for (const auto index : touched)
            advance(index);
    }
    // Stopped (or every client is done): nothing may stay open.
    for (auto &client : m_clients) {
        closeSocket(client);
        finish(client);
    }
    {
        std::lock_guard lock(m_wakeMutex);
        ::close(m_wakeFd);
        m_wakeFd = -1;
    }
    m_calls.at(LineTag::Close);
    m_calls.close(m_epollFd);
    m_epollFd = -1;
}

void ClientDriver::advance(std::size_t index)
{
    Client &client = m_clients[index];
    const auto &steps = client.progress->script->steps;
    while (!client.finished && !m_environment.stop.isRaised()) {
        if (client.step < 0) {
            if (!client.timerDue)
                return; // not its start time yet
            client.timerDue = false;
            client.step = 0;
        }
        if (client.step >= int(steps.size())) {
            closeSocket(client);
            finish(client);
            return;
        }
        const ClientStep &step = steps[std::size_t(client.step)];
        Progress progress;
        if (!client.stepStarted) {
            client.progress->nextStep.store(client.step, std::memory_order_release);
            if (needsHold(m_environment, step)) {
                if (!client.holding) {
                    client.holding = true;
                    m_parked.insert(index);
                    m_environment.gate.hold(client.progress->actor);
                }
                if (!m_environment.gate.takeRelease(client.progress->actor))
                    return;
                client.holding = false;
                m_parked.erase(index);
            }
            client.stepStarted = true;
            progress = startStep(client, step);
        } else {
            progress = continueStep(client, step);
        }
        if (progress == Progress::Waiting)
            return;
        if (progress == Progress::Failed) {
            closeSocket(client);
            finish(client);
            return;
        }
        client.stepStarted = false;
        ++client.step;
    }
}

ClientDriver::Progress ClientDriver::startStep(Client &client, const ClientStep &step)
{
    const bool udp = client.progress->script->udp;
    switch (step.kind) {
    case StepKind::Connect:
        if (udp)
            return openSocket(client, SOCK_DGRAM);
        return connectStep(client);
    case StepKind::Sleep:
        client.timerDue = false;
        setTimer(std::size_t(&client - m_clients.data()), m_environment.scaled(step.ms));
        return Progress::Waiting;
    case StepKind::Send:
    case StepKind::SendBytes:
    case StepKind::SendFramed:
        client.pieces = {stepPayload(step, m_environment.serverOptions)};
        client.nextPiece = 0;
        client.pieceLoaded = false;
        client.pausing = false;
        return sendStep(client);
    case StepKind::SendPieces:
        client.pieces =
            splitIntoPieces(stepPayload(step, m_environment.serverOptions), step.pieces);
        client.nextPiece = 0;
        client.pieceLoaded = false;
        client.pausing = false;
        return sendStep(client);
    case StepKind::Recv:
    case StepKind::RecvExactly:
    case StepKind::RecvUntil:
        client.received = client.unread;
        client.unread.clear();
        return receiveStep(client, step);
    case StepKind::ShutdownWrite:
        if (client.fd < 0)
            return fail(client, QStringLiteral("shutdown before connect"));
        client.calls.at(LineTag::Shutdown);
        if (client.calls.shutdown(client.fd, SHUT_WR) != 0)
            return failWithErrno(client, "shutdown", errno);
        return Progress::Finished;
    case StepKind::Close:
        closeSocket(client);
        return Progress::Finished;
    case StepKind::WaitRelease:
    case StepKind::Count:
        return Progress::Finished;
    }
    return Progress::Finished;
}

ClientDriver::Progress ClientDriver::continueStep(Client &client, const ClientStep &step)
{
    switch (step.kind) {
    case StepKind::Connect:
        return connectStep(client);
    case StepKind::Sleep:
        return client.timerDue ? Progress::Finished : Progress::Waiting;
    case StepKind::Send:
    case StepKind::SendBytes:
    case StepKind::SendFramed:
    case StepKind::SendPieces:
        return sendStep(client);
    case StepKind::Recv:
    case StepKind::RecvExactly:
    case StepKind::RecvUntil:
        return receiveStep(client, step);
    default:
        return Progress::Finished;
    }
}

ClientDriver::Progress ClientDriver::openSocket(Client &client, int type)
{
    if (client.fd >= 0)
        return fail(client, QStringLiteral("connect: the script already has a socket"));
    client.calls.at(LineTag::Socket);
    client.fd = client.calls.socket(type);
    if (client.fd < 0)
        return failWithErrno(client, "socket", errno);
    client.calls.setNonBlocking(client.fd);
    if (std::size_t(client.fd) >= m_clientOfFd.size())
        m_clientOfFd.resize(std::size_t(client.fd) + 64, -1);
    m_clientOfFd[std::size_t(client.fd)] = int(&client - m_clients.data());
    m_calls.at(LineTag::EpollCtl);
    if (m_calls.epollCtl(m_epollFd, EPOLL_CTL_ADD, client.fd,
                         type == SOCK_STREAM ? kStreamInterest : kDatagramInterest) != 0)
        return failWithErrno(client, "epoll_ctl", errno);
    return Progress::Finished;
}

ClientDriver::Progress ClientDriver::connectStep(Client &client)
{
    if (!client.connecting) {
        if (const auto opened = openSocket(client, SOCK_STREAM); opened != Progress::Finished)
            return opened;
        client.calls.at(LineTag::Connect);
        Endpoint local;
        m_environment.peers.beginConnect(client.fd, client.progress->actor);
        const int result = client.calls.connect(
            client.fd, m_environment.targetOf(*client.progress->script), &local);
        const int error = errno;
        if (local.isNull())
            local = Syscalls::localAddress(client.fd); // known as soon as the SYN is out
        const bool underway = result == 0 || error == EINPROGRESS;
        m_environment.peers.endConnect(client.fd, underway ? local : Endpoint{});
        if (result == 0)
            return Progress::Finished;
        if (error != EINPROGRESS)
            return failWithErrno(client, "connect", error);
        client.connecting = true;
        client.writable = false;
        return Progress::Waiting;
    }
    if (!client.writable)
        return Progress::Waiting;
    client.connecting = false;
    client.calls.at(LineTag::Connect);
    if (client.calls.finishConnect(client.fd, m_environment.targetOf(*client.progress->script),
                                   nullptr) != 0)
        return failWithErrno(client, "connect", errno);
    return Progress::Finished;
}

ClientDriver::Progress ClientDriver::sendStep(Client &client)
{
    if (client.fd < 0)
        return fail(client, QStringLiteral("send before connect"));
    const bool udp = client.progress->script->udp;
    const std::size_t index = std::size_t(&client - m_clients.data());
    for (;;) {
        if (!client.pieceLoaded) {
            if (client.nextPiece >= client.pieces.size())
                return Progress::Finished;
            if (client.nextPiece > 0) {
                // SendPieces: the pause between two pieces.
                if (!client.pausing) {
                    client.pausing = true;
                    const auto &step = client.progress->script->steps[std::size_t(client.step)];
                    setTimer(index, m_environment.scaled(step.ms));
                }
                if (!client.timerDue)
                    return Progress::Waiting;
                client.pausing = false;
                client.timerDue = false;
            }
            client.outgoing = client.pieces[client.nextPiece++];
            client.outgoingOffset = 0;
            client.pieceLoaded = true;
        }
        if (udp) {
            client.calls.at(LineTag::SendTo);
            const bool first = !client.sentFirstDatagram;
            if (first)
                m_environment.peers.beginConnect(client.fd, client.progress->actor);
            const auto sent = client.calls.sendto(client.fd, client.outgoing.constData(),
                                                  std::size_t(client.outgoing.size()),
                                                  m_environment.targetOf(*client.progress->script));
            const int error = errno;
            if (first)
                m_environment.peers.endConnect(
                    client.fd, sent >= 0 ? Syscalls::localAddress(client.fd) : Endpoint{});
            if (sent < 0 && (error == EAGAIN || error == EWOULDBLOCK)) {
                client.writable = false;
                return Progress::Waiting;
            }
            if (sent < 0)
                return failWithErrno(client, "sendto", error);
            client.sentFirstDatagram = true;
            client.pieceLoaded = false;
            continue;
        }
        const auto remaining = std::size_t(client.outgoing.size() - client.outgoingOffset);
        client.calls.at(LineTag::Send);
        const auto sent = client.calls.send(
            client.fd, client.outgoing.constData() + client.outgoingOffset, remaining);
        if (sent < 0) {
            const int error = errno;
            if (error == EAGAIN || error == EWOULDBLOCK) {
                client.writable = false;
                return Progress::Waiting;
            }
            if (error == EINTR)
                continue;
            return failWithErrno(client, "send", error);
        }
        client.outgoingOffset += sent;
        if (client.outgoingOffset >= client.outgoing.size())
            client.pieceLoaded = false;
        if (std::size_t(sent) < remaining) {
            client.writable = false; // the socket buffer is full: wait for EPOLLOUT
            return Progress::Waiting;
        }
    }
}

ClientDriver::Progress ClientDriver::receiveStep(Client &client, const ClientStep &step)
{
    if (client.fd < 0)
        return fail(client, QStringLiteral("recv before connect"));
    const bool udp = client.progress->script->udp;
    auto satisfied = [&] {
        switch (step.kind) {
        case StepKind::RecvExactly:
            return client.received.size() >= step.count;
        case StepKind::RecvUntil:
            return step.delimiter.isEmpty() || client.received.contains(step.delimiter);
        default:
            return false;
        }
    };
    if (step.kind != StepKind::Recv && satisfied())
        return Progress::Finished;
    for (;;) {
        if (!client.readable)
            return Progress::Waiting;
        int size = kDefaultRecvSize;
        if (step.kind == StepKind::Recv && step.count > 0)
            size = step.count;
        else if (step.kind == StepKind::RecvExactly)
            size = int(step.count - client.received.size());
        QByteArray buffer(size, Qt::Uninitialized);
        ssize_t got;
        if (udp) {
            client.calls.at(LineTag::RecvFrom);
            Endpoint from;
            got = client.calls.recvfrom(client.fd, buffer.data(), std::size_t(size), &from);
        } else {
            client.calls.at(LineTag::Recv);
            got = client.calls.recv(client.fd, buffer.data(), std::size_t(size));
        }
        if (got < 0) {
            const int error = errno;
            if (error == EAGAIN || error == EWOULDBLOCK) {
                client.readable = false;
                continue;
            }
            if (error == EINTR)
                continue;
            return failWithErrno(client, udp ? "recvfrom" : "recv", error);
        }
        // A stream recv() shorter than asked drained the socket; edge-triggered epoll
        // reports the next data as a new edge. A datagram is one recvfrom() either way.
        if (udp || got < size)
            client.readable = false;
        client.received.append(buffer.constData(), got);
        if (step.kind == StepKind::Recv)
            return Progress::Finished; // one call, whatever it returned (0 = server closed)
        if (got == 0 && !udp) {
            return fail(client,
                        step.kind == StepKind::RecvExactly
                            ? QStringLiteral("recv: the server closed after %1 of %2 bytes")
                                  .arg(client.received.size())
                                  .arg(step.count)
                            : QStringLiteral("recv: the server closed before \"%1\" arrived")
                                  .arg(escapeBytes(step.delimiter)));
        }
        if (satisfied()) {
            if (step.kind == StepKind::RecvUntil && !step.delimiter.isEmpty()) {
                const auto end = client.received.indexOf(step.delimiter) + step.delimiter.size();
                client.unread = client.received.mid(end);
            } else if (step.kind == StepKind::RecvExactly) {
                client.unread = client.received.mid(step.count);
            }
            return Progress::Finished;
        }
    }
}

ClientDriver::Progress ClientDriver::fail(Client &client, const QString &message)
{
    if (client.failure.isEmpty())
        client.failure = QStringLiteral("%1: %2").arg(client.progress->script->name, message);
    return Progress::Failed;
}

ClientDriver::Progress ClientDriver::failWithErrno(Client &client, const char *call, int error)
{
    return fail(client, QStringLiteral("%1: %2").arg(QLatin1String(call),
                                                     QString::fromLocal8Bit(std::strerror(error))));
}

void ClientDriver::setTimer(std::size_t index, ClientClock::duration after)
{
    Client &client = m_clients[index];
    ++client.timerGeneration;
    client.timerDue = false;
    m_timers.push({ClientClock::now() + std::max(after, ClientClock::duration::zero()), index,
                   client.timerGeneration});
}

void ClientDriver::closeSocket(Client &client)
{
    if (client.fd < 0)
        return;
    // Taken out of the interest list first, so that the recorded list stays exact.
    m_calls.at(LineTag::EpollCtl);
    m_calls.epollCtl(m_epollFd, EPOLL_CTL_DEL, client.fd, 0);
    client.calls.at(LineTag::Close);
    client.calls.close(client.fd);
    m_clientOfFd[std::size_t(client.fd)] = -1;
    client.fd = -1;
}

void ClientDriver::finish(Client &client)
{
    if (client.finished)
        return;
    client.finished = true;
    if (client.holding) {
        m_parked.erase(std::size_t(&client - m_clients.data()));
        client.holding = false;
    }
    --m_unfinished;
    client.progress->nextStep.store(int(client.progress->script->steps.size()),
                                    std::memory_order_release);
    client.progress->finish(m_environment.stop.isRaised() ? QString() : client.failure);
}

int ClientDriver::nextTimeoutMs() const
{
    // Skip timers that were replaced; they are popped when they come due.
    if (m_timers.empty())
        return -1;
    const auto wait = m_timers.top().due - ClientClock::now();
    if (wait <= ClientClock::duration::zero())
        return 0;
    return int(std::ceil(std::chrono::duration<double, std::milli>(wait).count()));
}

} // namespace sockscope

namespace sockscope {
ClientDriver::Client *ClientDriver::clientOfFd(int fd)
{
    if (fd < 0 || std::size_t(fd) >= m_clientOfFd.size() || m_clientOfFd[std::size_t(fd)] < 0)
        return nullptr;
    return &m_clients[std::size_t(m_clientOfFd[std::size_t(fd)])];
}
} // namespace sockscope
