#include "watcher.h"

#include "cli/stopsignalguard.h"
#include "trace/exitstatus.h"
#include "trace/recorder.h"
#include "watchrecord.h"

#include <QByteArray>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace sockscope {

namespace {

int openPidfd(pid_t pid)
{
    return int(::syscall(SYS_pidfd_open, pid, 0));
}

int sendSignal(int pidfd, int signal)
{
    return int(::syscall(SYS_pidfd_send_signal, pidfd, signal, nullptr, 0));
}

// The environment of the watched program: ours, with the library preloaded (before whatever
// the user preloads), the report descriptor's number and, for Python, the sitecustomize.
std::vector<QByteArray> programEnvironment(const WatchOptions &options, int reportFd, int ringFd)
{
    QByteArray preload = QFile::encodeName(options.preloadLibrary);
    QByteArray pythonPath = QFile::encodeName(options.pythonPath);
    std::vector<QByteArray> env;
    for (char **e = environ; *e; ++e) {
        const QByteArray entry(*e);
        if (entry.startsWith("LD_PRELOAD=")) {
            if (entry.size() > 11)
                preload += ':' + entry.mid(11);
        } else if (entry.startsWith("PYTHONPATH=") && !pythonPath.isEmpty()) {
            if (entry.size() > 11)
                pythonPath += ':' + entry.mid(11);
        } else if (!entry.startsWith(SOCKSCOPE_WATCH_FD_ENV "=") &&
                   !entry.startsWith(SOCKSCOPE_WATCH_RING_ENV "=") &&
                   !entry.startsWith(SOCKSCOPE_WATCH_FOLLOW_EXEC_ENV "=")) {
            env.push_back(entry);
        }
    }
    for (const QString &entry : options.extraEnvironment)
        env.push_back(QFile::encodeName(entry));
    env.push_back("LD_PRELOAD=" + preload);
    if (!pythonPath.isEmpty())
        env.push_back("PYTHONPATH=" + pythonPath);
    env.push_back(SOCKSCOPE_WATCH_FD_ENV "=" + QByteArray::number(reportFd));
    if (ringFd >= 0)
        env.push_back(SOCKSCOPE_WATCH_RING_ENV "=" + QByteArray::number(ringFd));
    if (options.followExec)
        env.push_back(SOCKSCOPE_WATCH_FOLLOW_EXEC_ENV "=1");
    return env;
}

} // namespace

Watcher::Watcher(Recorder &recorder) : m_recorder(recorder) {}

Watcher::~Watcher()
{
    stop();
    for (auto &[pid, fd] : m_childPidfds)
        ::close(fd);
    if (m_pidfd >= 0)
        ::close(m_pidfd);
    if (m_records >= 0)
        ::close(m_records);
}

bool Watcher::start(const WatchOptions &options, QString *error)
{
    if (options.program.isEmpty()) {
        *error = QStringLiteral("no program to watch");
        return false;
    }
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) {
        *error = QStringLiteral("cannot make the report socket: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    // Room for bursts: a program that reports faster than we read waits, it never loses.
    const int buffer = 4 << 20;
    ::setsockopt(pair[1], SOL_SOCKET, SO_SNDBUF, &buffer, sizeof buffer);
    ::setsockopt(pair[0], SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    // The program's end, inherited: a copy without close-on-exec (the library makes it
    // close-on-exec again once loaded, unless execs are followed).
    const int reportFd = ::fcntl(pair[1], F_DUPFD, 100);
    ::close(pair[1]);
    if (reportFd < 0) {
        ::close(pair[0]);
        *error = QStringLiteral("cannot pass the report socket on");
        return false;
    }
    m_records = pair[0];
    ::fcntl(m_records, F_SETFL, ::fcntl(m_records, F_GETFL) | O_NONBLOCK);
    // The rings, when the system lets us make them; the program's copy of their descriptor
    // is inherited like the socket's.
    const int ringFd = m_rings.create() ? ::fcntl(m_rings.fd(), F_DUPFD, 100) : -1;

    std::vector<QByteArray> args;
    for (const QString &a : options.program)
        args.push_back(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<QByteArray> env = programEnvironment(options, reportFd, ringFd);
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    const QByteArray dir = QFile::encodeName(options.workingDirectory);
    if (!dir.isEmpty())
        posix_spawn_file_actions_addchdir_np(&actions, dir.constData());
    const int standard[3] = {options.stdinFd, options.stdoutFd, options.stderrFd};
    for (int target = 0; target < 3; ++target) {
        if (standard[target] >= 0)
            posix_spawn_file_actions_adddup2(&actions, standard[target], target);
    }
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    // The program gets the default signal handling, whatever ours is (the CLI catches SIGINT).
    sigset_t defaults;
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGINT);
    sigaddset(&defaults, SIGTERM);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGCHLD);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);
    pid_t pid = -1;
    const int rc = ::posix_spawnp(&pid, argv[0], &actions, &attributes, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(reportFd);
    if (ringFd >= 0)
        ::close(ringFd);
    if (rc != 0) {
        *error = QStringLiteral("cannot start %1: %2")
                     .arg(options.program.first(), QString::fromLocal8Bit(std::strerror(rc)));
        return false;
    }
    m_pid = pid;
    m_pidfd = openPidfd(pid);
    m_translator = std::make_unique<WatchTranslator>(m_recorder, int(pid));
    m_translator->onFork = [this](int childPid, std::uint32_t) { watchChild(childPid); };
    m_translator->onTcpListening = [this](int port) { sampleKernelSide(port); };
    return true;
}

void Watcher::sampleKernelSide(int port)
{
    if (port <= 0 || port > 65535 || m_samplingRefused || m_samplers.count(port) ||
        int(m_samplers.size()) >= kMaxSampledPorts)
        return;
    auto sampler = std::make_unique<KernelSampler>(m_recorder, std::uint16_t(port));
    // Where sock_diag cannot be used, start() has recorded why; the watch goes on without.
    bool started = false;
    {
        const StopSignalGuard stopSignalsStayHere; // the sampler's thread leaves them alone
        started = sampler->start();
    }
    if (!started) {
        m_samplingRefused = true;
        return;
    }
    m_samplers.emplace(port, std::move(sampler));
}

void Watcher::stopSampling()
{
    // A last sample each: what the program's end left (TIME_WAIT, a CLOSE_WAIT...).
    for (auto &[port, sampler] : m_samplers)
        sampler->stop();
}

void Watcher::watchChild(int pid)
{
    if (m_childPidfds.count(pid))
        return;
    const int fd = openPidfd(pid);
    if (fd >= 0)
        m_childPidfds[pid] = fd;
    // ESRCH: gone and reaped before its fork record was read; its reap record tells.
}

std::optional<int> Watcher::zombieStatus(pid_t pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return std::nullopt;
    const QList<QByteArray> fields = text.mid(close + 2).trimmed().split(' ');
    // Field 3 (state) is the first after the name; exit_code is field 52.
    if (fields.size() < 50 || fields[0] != "Z")
        return std::nullopt;
    bool ok = false;
    const int raw = fields[49].toInt(&ok);
    if (!ok)
        return std::nullopt;
    return sockscope_exit_status(raw);
}

void Watcher::readRecords()
{
    m_ringsBusy = m_rings.read([this](QByteArrayView record) { m_translator->take(record); }) > 0;
    if (m_records < 0)
        return;
    char buffer[SOCKSCOPE_WATCH_MAX_RECORD + 64];
    for (int i = 0; i < 4096; ++i) { // bounded: the loop also has exits to look at
        const ssize_t n = ::recv(m_records, buffer, sizeof buffer, MSG_DONTWAIT | MSG_TRUNC);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return;
        }
        if (n == 0) { // every writer has gone
            ::close(m_records);
            m_records = -1;
            return;
        }
        if (n > qsizetype(sizeof buffer))
            continue; // longer than any record: not one
        m_translator->take(QByteArrayView(buffer, n));
    }
}

void Watcher::checkChildren(bool stopping)
{
    for (auto it = m_childPidfds.begin(); it != m_childPidfds.end();) {
        pollfd p{it->second, POLLIN, 0};
        if (::poll(&p, 1, 0) == 1) {
            // Read what the child said before it died first: its records come before its exit.
            readRecords();
            const std::optional<int> status = zombieStatus(it->first);
            // Ended by the stop only when a signal ended it: a child that exited by itself
            // (a zombie before the stop came) keeps its own end.
            m_translator->childExited(it->first, Recorder::monotonicNs(), status.value_or(0),
                                      stopping && status && *status < 0);
            m_rings.releaseProcess(it->first);
            ::close(it->second);
            it = m_childPidfds.erase(it);
        } else {
            ++it;
        }
    }
}

void Watcher::collectProgram()
{
    if (m_exited || m_pid <= 0)
        return;
    int status = 0;
    pid_t rc;
    do {
        rc = ::waitpid(m_pid, &status, WNOHANG);
    } while (rc < 0 && errno == EINTR);
    if (rc == m_pid) {
        m_exited = true;
        m_exitStatus = sockscope_exit_status(status);
    }
}

bool Watcher::poll(int timeoutMs, int wakeFd)
{
    if (!m_translator)
        return false;
    std::vector<pollfd> fds;
    if (m_records >= 0)
        fds.push_back({m_records, POLLIN, 0});
    if (m_pidfd >= 0 && !m_exited)
        fds.push_back({m_pidfd, POLLIN, 0});
    for (const auto &[pid, fd] : m_childPidfds)
        fds.push_back({fd, POLLIN, 0});
    if (wakeFd >= 0)
        fds.push_back({wakeFd, POLLIN, 0});
    // Records in the rings wake nobody: they are looked at every 10 ms, every 1 ms while they
    // come (a ring holds about 2,000 records: a busy thread fills it in tens of ms).
    if (m_rings.isOpen())
        timeoutMs = std::min(timeoutMs, m_ringsBusy ? 1 : 10);
    ::poll(fds.data(), nfds_t(fds.size()), timeoutMs);
    readRecords();
    checkChildren(false);
    collectProgram();
    if (m_exited) {
        readRecords();
        stopSampling();
    }
    return !m_exited;
}

void Watcher::stop()
{
    if (m_stopped || !m_translator)
        return;
    m_stopped = true;
    // The kernel's side as the program left it, before the stop closes its sockets for it (a
    // CLOSE_WAIT the program never ended would otherwise be gone with the program).
    if (!m_exited)
        stopSampling();
    // A child of the program, still running when the program is stopped, is stopped too.
    auto signalAll = [this](int signal) {
        if (!m_exited && m_pidfd >= 0)
            sendSignal(m_pidfd, signal);
        for (const auto &[pid, fd] : m_childPidfds)
            sendSignal(fd, signal);
    };
    auto waitAll = [this](std::chrono::milliseconds grace) {
        const auto deadline = std::chrono::steady_clock::now() + grace;
        while (std::chrono::steady_clock::now() < deadline) {
            readRecords();
            checkChildren(true);
            collectProgram();
            if (m_exited && m_childPidfds.empty())
                return true;
            std::vector<pollfd> fds;
            if (m_pidfd >= 0 && !m_exited)
                fds.push_back({m_pidfd, POLLIN, 0});
            for (const auto &[pid, fd] : m_childPidfds)
                fds.push_back({fd, POLLIN, 0});
            if (m_records >= 0)
                fds.push_back({m_records, POLLIN, 0});
            ::poll(fds.data(), nfds_t(fds.size()), 20);
        }
        return false;
    };
    if (!m_exited || !m_childPidfds.empty()) {
        signalAll(SIGTERM);
        if (!waitAll(std::chrono::milliseconds(2000))) {
            signalAll(SIGKILL);
            waitAll(std::chrono::milliseconds(2000));
        }
    }
    // What is left in the socket (the writers are gone once everyone has exited).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(500);
    while (m_records >= 0 && std::chrono::steady_clock::now() < deadline) {
        pollfd p{m_records, POLLIN, 0};
        if (::poll(&p, 1, 50) <= 0)
            break;
        readRecords();
    }
    readRecords();
    // Orphans handed to us (when we are a subreaper) are collected; others are not ours.
    for (int pid : m_translator->childPids()) {
        int status;
        ::waitpid(pid, &status, WNOHANG);
    }
    stopSampling();
}

} // namespace sockscope
