#include "serverbase.h"

#include <QHostAddress>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <system_error>
#include <unistd.h>

namespace sockscope {

namespace {

QString errnoText(int err)
{
    const char *name = strerrorname_np(err);
    return QStringLiteral("%1 (%2)").arg(QString::fromLocal8Bit(std::strerror(err)),
                                         name ? QString::fromLatin1(name) : QString::number(err));
}

QString bindFailure(Endpoint address, int err)
{
    if (err == EADDRINUSE) {
        return QStringLiteral("port %1 is already in use (EADDRINUSE): another program is "
                              "listening on %2; pick another port, or 0 to let the kernel "
                              "choose a free one")
            .arg(address.port)
            .arg(address.toString());
    }
    if (err == EACCES) {
        return QStringLiteral("cannot bind %1: permission denied (EACCES); ports below 1024 "
                              "need privileges, pick a port above 1023")
            .arg(address.toString());
    }
    if (err == EADDRNOTAVAIL) {
        return QStringLiteral("cannot bind %1: no interface of this machine has that address "
                              "(EADDRNOTAVAIL)")
            .arg(address.toString());
    }
    return QStringLiteral("cannot bind %1: %2").arg(address.toString(), errnoText(err));
}

} // namespace

ServerBase::ServerBase(const ServerOptions &options, ServerContext context, int socketType)
    : m_options(options), m_context(std::move(context)), m_socketType(socketType),
      m_handler(HandlerConfig::from(options))
{
}

ServerBase::~ServerBase()
{
    // Derived classes stop in their own destructor (their overrides are gone by now); this
    // only catches a server that was never started.
    if (m_mainThread.joinable()) {
        m_stopping.store(true);
        wakeBlocked();
        m_mainThread.join();
    }
    closeReserve();
}

void ServerBase::closeReserve()
{
    if (m_reserveFd >= 0)
        ::close(m_reserveFd);
    m_reserveFd = -1;
}

void ServerBase::acceptFailed(Syscalls &sys, int err)
{
    if (stopping() || err == EAGAIN || err == EWOULDBLOCK)
        return;
    if (err != EMFILE && err != ENFILE) {
        napUnlessStopped(10, stopFlag());
        return;
    }
    Event e;
    e.kind = EventKind::Error;
    e.call = std::uint8_t(EventKind::AcceptBegin);
    e.fd = m_listenFd;
    e.err = std::int16_t(err);
    // Linux takes the new descriptor before a blocking accept() waits, so with none free it
    // fails at once even when nobody is waiting: then only a pause keeps the loop from
    // failing again at once, over and over.
    pollfd waiting{m_listenFd, POLLIN, 0};
    const bool someoneWaits = ::poll(&waiting, 1, 0) == 1 && (waiting.revents & POLLIN);
    if (!someoneWaits || m_reserveFd < 0) {
        static const char kPause[] = "out of descriptors: accept() is tried again after a pause";
        sys.record(e, QByteArrayView(kPause, int(sizeof kPause - 1)));
        napUnlessStopped(kOutOfDescriptorsPauseMs, stopFlag());
        if (m_reserveFd < 0)
            m_reserveFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
        return;
    }
    static const char kShed[] = "out of descriptors: the waiting connection is accepted with the "
                                "reserve descriptor and closed at once";
    sys.record(e, QByteArrayView(kShed, int(sizeof kShed - 1)));
    ::close(m_reserveFd);
    m_reserveFd = -1;
    sys.at(LineTag::Accept);
    const int shed = sys.accept(m_listenFd, nullptr);
    if (shed >= 0) {
        sys.at(LineTag::Close);
        sys.close(shed);
    }
    m_reserveFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
}

bool ServerBase::refuseOverCap(Syscalls &sys, int connection, EventKind call)
{
    const int cap = m_options.maxClients;
    if (cap <= 0 || m_active.load() < cap)
        return false;
    // The text is made here, in a server thread of this process (never in a forked child).
    const QByteArray why =
        QStringLiteral("refused: %1 connection(s) are being served, the most this server takes "
                       "at once (max clients %1); this one is closed at once, without a %2")
            .arg(cap)
            .arg(call == EventKind::Fork ? QStringLiteral("child process")
                                         : QStringLiteral("thread"))
            .toUtf8();
    Event e;
    e.kind = EventKind::Error;
    e.call = std::uint8_t(call);
    e.fd = connection;
    sys.record(e, QByteArrayView(why));
    untrack(connection);
    sys.at(LineTag::Close);
    sys.close(connection);
    return true;
}

void ServerBase::dropForLackOf(Syscalls &sys, int connection, EventKind call, int err,
                               const char *explanation)
{
    Event e;
    e.kind = EventKind::Error;
    e.call = std::uint8_t(call);
    e.fd = connection;
    e.err = std::int16_t(err);
    sys.record(e, QByteArrayView(explanation, qsizetype(std::strlen(explanation))));
    untrack(connection);
    sys.at(LineTag::Close);
    sys.close(connection);
}

void ServerBase::sleepBeforeAccepting(Syscalls &sys)
{
    if (m_options.acceptDelayMs <= 0)
        return;
    sys.at(LineTag::Sleep);
    napUnlessStopped(m_options.acceptDelayMs, stopFlag());
}

void ServerBase::setSendBuffer(int connection) const
{
    if (m_options.sendBuffer <= 0)
        return;
    const int size = m_options.sendBuffer;
    ::setsockopt(connection, SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
}

Syscalls ServerBase::syscallsFor(std::uint32_t actor) const
{
    Syscalls sys(m_context.recorder, actor);
    sys.setActorForPeer(m_context.actorForPeer);
    sys.setStopFlags(&m_stopping, m_context.runStopping);
    return sys;
}

std::uint32_t ServerBase::addThreadActor(const QString &name, std::uint32_t parent)
{
    Actor a;
    a.kind = ActorKind::Thread;
    a.name = name;
    a.pid = int(getpid());
    a.parent = parent;
    return m_context.recorder.addActor(a);
}

void ServerBase::claimActorForThisThread(Recorder &recorder, std::uint32_t actor)
{
    Actor a = recorder.actorSnapshot(actor);
    a.pid = int(getpid());
    a.tid = int(gettid());
    recorder.updateActor(a);
}

bool ServerBase::start(QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (m_mainThread.joinable() || m_stopped)
        return fail(QStringLiteral("the server was already started"));

    QHostAddress host;
    bool isIpv4 = false;
    if (!host.setAddress(m_options.bindAddress) || (host.toIPv4Address(&isIpv4), !isIpv4)) {
        return fail(QStringLiteral("bind address \"%1\" is not an IPv4 address (try 127.0.0.1)")
                        .arg(m_options.bindAddress));
    }
    const Endpoint wanted{host.toIPv4Address(), m_options.port};

    Actor main;
    main.kind = ActorKind::Thread;
    main.name =
        m_options.mainThreadName.isEmpty() ? QStringLiteral("main") : m_options.mainThreadName;
    main.pid = int(getpid());
    m_mainActor = m_context.recorder.addActor(main);
    Syscalls sys = syscallsFor(m_mainActor);

    sys.at(LineTag::Socket);
    const int fd = sys.socket(m_socketType);
    if (fd < 0)
        return fail(QStringLiteral("socket() failed: %1").arg(errnoText(errno)));
    // Without SO_REUSEADDR a port stays taken for a minute after the server closed it
    // (TIME_WAIT), and the next run could not bind it.
    // (time-wait-reuseaddr restarts a server without it, to show why.)
    if (m_socketType == SOCK_STREAM && m_options.reuseAddress) {
        sys.setReuseAddress(fd);
    }

    // A failed start closes the server's socket (close(server), not a connection's close())
    // and the server ends there: its lane records that it ended, with the errno that stopped
    // it, so no view shows it running on (time-wait-reuseaddr's restart without SO_REUSEADDR).
    auto closeAndFail = [&](const QString &message, int err) {
        sys.at(LineTag::CloseListener);
        sys.close(fd);
        Event ended;
        ended.kind = EventKind::ThreadExit;
        ended.err = std::int16_t(err);
        sys.at(LineTag::None);
        sys.record(ended);
        return fail(message);
    };
    sys.at(LineTag::Bind);
    if (sys.bind(fd, wanted) < 0) {
        const int err = errno;
        return closeAndFail(bindFailure(wanted, err), err);
    }
    if (m_socketType == SOCK_STREAM) {
        sys.at(LineTag::Listen);
        if (sys.listen(fd, m_options.backlog) < 0) {
            const int err = errno;
            return closeAndFail(QStringLiteral("listen() failed: %1").arg(errnoText(err)), err);
        }
    }
    m_address = Syscalls::localAddress(fd);
    m_listenFd = fd;
    {
        std::lock_guard lock(m_trackMutex);
        m_listenerOpen = true;
    }
    if (!prepare(error)) {
        closeListener(sys);
        return false;
    }
    if (m_socketType == SOCK_STREAM)
        m_reserveFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    m_serving.store(true);
    try {
        m_mainThread = std::thread([this] { runMainThread(); });
    } catch (const std::system_error &e) {
        // Out of threads (RLIMIT_NPROC, pids.max) or memory for its stack: nothing started.
        m_serving.store(false);
        Event failed;
        failed.kind = EventKind::Error;
        failed.call = std::uint8_t(EventKind::ThreadSpawn);
        failed.err = std::int16_t(e.code().value());
        static const char kWhy[] = "the kernel would not create the server's main thread";
        sys.record(failed, QByteArrayView(kWhy, qsizetype(sizeof kWhy - 1)));
        finishStop();
        closeListener(sys);
        closeReserve();
        m_stopped = true;
        return fail(QStringLiteral("cannot create the server's thread: %1")
                        .arg(errnoText(e.code().value())));
    }
    return true;
}

void ServerBase::runMainThread()
{
    claimActorForThisThread(m_context.recorder, m_mainActor);
    Syscalls sys = syscallsFor(m_mainActor);
    serve(sys);
    closeListener(sys);
    // A server stopped to be restarted (time-wait-reuseaddr) ends its lane here: the restart
    // that follows is another server, and this one no longer runs.
    if (m_options.restart) {
        Event ended;
        ended.kind = EventKind::ThreadExit;
        sys.at(LineTag::None);
        sys.record(ended);
    }
    m_serving.store(false);
}

void ServerBase::closeListener(Syscalls &sys)
{
    std::lock_guard lock(m_trackMutex);
    if (!m_listenerOpen)
        return;
    m_listenerOpen = false;
    sys.at(LineTag::CloseListener);
    sys.close(m_listenFd);
}

bool ServerBase::track(int fd)
{
    std::lock_guard lock(m_trackMutex);
    m_tracked.push_back(fd);
    // stop() raises the flag before it shuts down what is tracked: either it sees this fd,
    // or we see the flag.
    return !m_stopping.load();
}

void ServerBase::untrack(int fd)
{
    std::lock_guard lock(m_trackMutex);
    const auto it = std::find(m_tracked.begin(), m_tracked.end(), fd);
    if (it != m_tracked.end())
        m_tracked.erase(it);
}

void ServerBase::wakeBlocked()
{
    std::lock_guard lock(m_trackMutex);
    if (m_listenerOpen)
        Syscalls::wakeByShutdown(m_listenFd);
    for (int fd : m_tracked)
        Syscalls::wakeByShutdown(fd);
}

void ServerBase::stop()
{
    std::lock_guard stopLock(m_stopMutex);
    if (m_stopped)
        return;
    m_stopped = true;
    m_stopping.store(true);
    wakeBlocked();
    if (m_mainThread.joinable())
        m_mainThread.join();
    finishStop();
    Syscalls sys = syscallsFor(m_mainActor);
    closeListener(sys);
    closeReserve();
    m_active.store(0);
}

} // namespace sockscope
