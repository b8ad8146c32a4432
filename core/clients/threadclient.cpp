#include "threadclient.h"

#include "steppayload.h"

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <system_error>

namespace sockscope {

ThreadClient::ThreadClient(const ClientEnvironment &environment, ClientProgress &progress)
    : m_environment(environment), m_progress(progress), m_script(*progress.script),
      m_calls(environment.recorder, progress.actor)
{
    m_calls.setStopFlag(environment.stop.flag());
}

ThreadClient::~ThreadClient()
{
    join();
}

void ThreadClient::start()
{
    try {
        m_thread = std::thread([this] { run(); });
    } catch (const std::system_error &e) {
        const int err = e.code().value();
        static const char kWhy[] = "the kernel would not create this client's thread (the limit "
                                   "on threads and processes, RLIMIT_NPROC or pids.max, or "
                                   "memory for its stack): the client does not run";
        Event failed;
        failed.kind = EventKind::Error;
        failed.call = std::uint8_t(EventKind::ThreadSpawn);
        failed.err = std::int16_t(err);
        m_calls.record(failed, QByteArrayView(kWhy, qsizetype(sizeof kWhy - 1)));
        m_progress.finish(QStringLiteral("%1: cannot create its thread: %2 (%3)")
                              .arg(m_script.name, QString::fromLocal8Bit(std::strerror(err)),
                                   QString::fromLatin1(strerrorname_np(err))));
    }
}

void ThreadClient::interrupt()
{
    std::lock_guard lock(m_fdMutex);
    if (m_fd < 0)
        return;
    // Made by whoever stops the run, not by the client: not recorded. The client's blocked
    // call returns and records what it returned.
    Syscalls::wakeByShutdown(m_fd);
}

void ThreadClient::join()
{
    if (m_thread.joinable())
        m_thread.join();
}

void ThreadClient::run()
{
    Outcome outcome = Outcome::Done;
    if (!m_environment.stop.sleepUntil(m_environment.startedAt +
                                       m_environment.scaled(m_script.startMs)))
        outcome = Outcome::Stopped;
    for (int i = 0; outcome == Outcome::Done && i < int(m_script.steps.size()); ++i) {
        const ClientStep &step = m_script.steps[std::size_t(i)];
        if (!holdAtGate(i, step)) {
            outcome = Outcome::Stopped;
            break;
        }
        outcome = runStep(step);
        if (outcome == Outcome::Done && stopping())
            outcome = Outcome::Stopped;
    }
    m_progress.nextStep.store(int(m_script.steps.size()), std::memory_order_release);
    // A script that does not close its socket still leaves nothing open.
    closeSocket();
    m_progress.finish(outcome == Outcome::Failed ? m_failure : QString());
}

bool ThreadClient::holdAtGate(int stepIndex, const ClientStep &step)
{
    m_progress.nextStep.store(stepIndex, std::memory_order_release);
    if (!m_environment.stepByHand && step.kind != StepKind::WaitRelease)
        return !stopping();
    m_environment.gate.hold(m_progress.actor);
    return m_environment.gate.waitForRelease(m_progress.actor) && !stopping();
}

ThreadClient::Outcome ThreadClient::runStep(const ClientStep &step)
{
    switch (step.kind) {
    case StepKind::Connect:
        if (m_script.udp)
            return openSocket(SOCK_DGRAM);
        return connectToServer();
    case StepKind::Sleep:
        m_calls.at(LineTag::Sleep);
        return m_environment.stop.sleepUntil(ClientClock::now() + m_environment.scaled(step.ms))
                   ? Outcome::Done
                   : Outcome::Stopped;
    case StepKind::Send:
    case StepKind::SendBytes:
    case StepKind::SendFramed:
        return sendAll(stepPayload(step, m_environment.serverOptions));
    case StepKind::SendPieces: {
        const auto pieces =
            splitIntoPieces(stepPayload(step, m_environment.serverOptions), step.pieces);
        for (std::size_t i = 0; i < pieces.size(); ++i) {
            if (i > 0 &&
                !m_environment.stop.sleepUntil(ClientClock::now() + m_environment.scaled(step.ms)))
                return Outcome::Stopped;
            if (const auto outcome = sendAll(pieces[i]); outcome != Outcome::Done)
                return outcome;
        }
        return Outcome::Done;
    }
    case StepKind::Recv: {
        // One recv(); 0 bytes (the server closed) is an answer too, not a failure.
        QByteArray ignored;
        return receiveOnce(step.count > 0 ? step.count : kDefaultRecvSize, &ignored, nullptr);
    }
    case StepKind::RecvExactly:
        return receiveExactly(step.count);
    case StepKind::RecvUntil:
        return receiveUntil(step.delimiter);
    case StepKind::ShutdownWrite:
        if (m_fd < 0)
            return failWith(QStringLiteral("shutdown before connect"));
        m_calls.at(LineTag::Shutdown);
        if (m_calls.shutdown(m_fd, SHUT_WR) != 0 && !stopping())
            return failWithErrno("shutdown");
        return Outcome::Done;
    case StepKind::Close:
        closeSocket();
        return Outcome::Done;
    case StepKind::WaitRelease: // the hold before the step was the wait
    case StepKind::Count:
        return Outcome::Done;
    }
    return Outcome::Done;
}

ThreadClient::Outcome ThreadClient::openSocket(int type)
{
    if (m_fd >= 0)
        return failWith(QStringLiteral("connect: the script already has a socket"));
    std::lock_guard lock(m_fdMutex);
    m_calls.at(LineTag::Socket);
    const int fd = m_calls.socket(type);
    if (fd < 0)
        return failWithErrno("socket");
    m_fd = fd;
    return Outcome::Done;
}

ThreadClient::Outcome ThreadClient::connectToServer()
{
    if (const auto opened = openSocket(SOCK_STREAM); opened != Outcome::Done)
        return opened;
    if (stopping())
        return Outcome::Stopped;
    m_calls.at(LineTag::Connect);
    Endpoint local;
    m_environment.peers.beginConnect(m_fd, m_progress.actor);
    const int result = m_calls.connect(m_fd, m_environment.targetOf(m_script), &local);
    const int error = errno;
    if (result == 0 && local.isNull())
        local = Syscalls::localAddress(m_fd);
    m_environment.peers.endConnect(m_fd, result == 0 ? local : Endpoint{});
    if (result != 0) {
        errno = error;
        return stopping() ? Outcome::Stopped : failWithErrno("connect");
    }
    return Outcome::Done;
}

ThreadClient::Outcome ThreadClient::sendAll(const QByteArray &bytes)
{
    if (m_fd < 0)
        return failWith(QStringLiteral("send before connect"));
    m_calls.at(m_script.udp ? LineTag::SendTo : LineTag::Send);
    if (m_script.udp) {
        // The kernel picks the client's port at its first sendto(); the server may read the
        // datagram before we can say whose it is, so the claim is announced first.
        const bool first = !m_sentFirstDatagram;
        if (first)
            m_environment.peers.beginConnect(m_fd, m_progress.actor);
        const auto sent = m_calls.sendto(m_fd, bytes.constData(), std::size_t(bytes.size()),
                                         m_environment.targetOf(m_script));
        const int error = errno;
        if (first) {
            m_sentFirstDatagram = true;
            m_environment.peers.endConnect(m_fd,
                                           sent >= 0 ? Syscalls::localAddress(m_fd) : Endpoint{});
        }
        errno = error;
        if (sent < 0)
            return stopping() ? Outcome::Stopped : failWithErrno("sendto");
        return Outcome::Done;
    }
    qsizetype offset = 0;
    while (offset < bytes.size()) {
        const auto sent =
            m_calls.send(m_fd, bytes.constData() + offset, std::size_t(bytes.size() - offset));
        if (sent < 0) {
            if (errno == EINTR && !stopping())
                continue;
            return stopping() ? Outcome::Stopped : failWithErrno("send");
        }
        offset += sent;
    }
    return Outcome::Done;
}

ThreadClient::Outcome ThreadClient::receiveOnce(int size, QByteArray *into, bool *peerClosed)
{
    if (m_fd < 0)
        return failWith(QStringLiteral("recv before connect"));
    QByteArray buffer(size, Qt::Uninitialized);
    ssize_t got;
    if (m_script.udp) {
        m_calls.at(LineTag::RecvFrom);
        Endpoint from;
        got = m_calls.recvfrom(m_fd, buffer.data(), std::size_t(size), &from);
    } else {
        m_calls.at(LineTag::Recv);
        got = m_calls.recv(m_fd, buffer.data(), std::size_t(size));
    }
    if (stopping())
        return Outcome::Stopped;
    if (got < 0)
        return failWithErrno(m_script.udp ? "recvfrom" : "recv");
    into->append(buffer.constData(), got);
    if (peerClosed)
        *peerClosed = got == 0 && !m_script.udp;
    return Outcome::Done;
}

ThreadClient::Outcome ThreadClient::receiveExactly(int count)
{
    QByteArray received = m_unread.left(count);
    m_unread.remove(0, received.size());
    while (received.size() < count) {
        bool peerClosed = false;
        const auto outcome = receiveOnce(int(count - received.size()), &received, &peerClosed);
        if (outcome != Outcome::Done)
            return outcome;
        if (peerClosed)
            return failWith(QStringLiteral("recv: the server closed after %1 of %2 bytes")
                                .arg(received.size())
                                .arg(count));
    }
    return Outcome::Done;
}

ThreadClient::Outcome ThreadClient::receiveUntil(const QByteArray &delimiter)
{
    QByteArray received = m_unread;
    m_unread.clear();
    while (delimiter.isEmpty() || !received.contains(delimiter)) {
        bool peerClosed = false;
        const auto outcome = receiveOnce(kDefaultRecvSize, &received, &peerClosed);
        if (outcome != Outcome::Done)
            return outcome;
        if (peerClosed)
            return failWith(QStringLiteral("recv: the server closed before \"%1\" arrived")
                                .arg(escapeBytes(delimiter)));
        if (delimiter.isEmpty())
            break;
    }
    const auto end = received.indexOf(delimiter) + delimiter.size();
    m_unread = received.mid(end);
    return Outcome::Done;
}

ThreadClient::Outcome ThreadClient::failWithErrno(const char *call)
{
    const int error = errno;
    return failWith(QStringLiteral("%1: %2").arg(QLatin1String(call),
                                                 QString::fromLocal8Bit(std::strerror(error))));
}

ThreadClient::Outcome ThreadClient::failWith(const QString &message)
{
    if (m_failure.isEmpty())
        m_failure = QStringLiteral("%1: %2").arg(m_script.name, message);
    return Outcome::Failed;
}

void ThreadClient::closeSocket()
{
    std::lock_guard lock(m_fdMutex);
    if (m_fd < 0)
        return;
    m_calls.at(LineTag::Close);
    m_calls.close(m_fd);
    m_fd = -1;
}

} // namespace sockscope
