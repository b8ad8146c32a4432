#include "watchsession.h"

#include "clients/peerdirectory.h"
#include "programcheck.h"
#include "sourcelines.h"
#include "trace/event.h"
#include "watchclients.h"
#include "watcher.h"

#include <QDir>
#include <QFileInfo>
#include <QStringDecoder>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <pty.h>
#include <sys/eventfd.h>
#include <termios.h>
#include <unistd.h>

namespace sockscope {

namespace {
// The console keeps at most this much of the program's output that the window has not yet
// taken (it takes it every tick); a program that writes faster loses the oldest part.
constexpr qsizetype kMaxPendingOutput = 1 << 20;

void closeFd(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}
} // namespace

std::unique_ptr<WatchSession> WatchSession::create(const WatchRequest &request, QString *error)
{
    if (request.program.isEmpty() || request.program.first().isEmpty()) {
        *error = QStringLiteral("Name a program to watch.");
        return nullptr;
    }
    WatchRequest resolved = request;
    // "./server" with a working directory is that directory's server, as the program will
    // be started there.
    const QString &program = request.program.first();
    if (program.contains(QLatin1Char('/')) && QFileInfo(program).isRelative() &&
        !request.workingDirectory.isEmpty())
        resolved.program.first() = QDir(request.workingDirectory).absoluteFilePath(program);
    const ProgramCheck check = checkProgram(resolved.program.first());
    if (!check.problem.isEmpty()) {
        *error = check.problem;
        return nullptr;
    }
    std::unique_ptr<WatchSession> session(new WatchSession);
    session->m_request = resolved;
    session->m_executable = check.path;
    session->m_preload = findPreloadLibrary();
    if (session->m_preload.isEmpty()) {
        *error = QStringLiteral("SockScope's preload library (libsockscope_preload.so) is not "
                                "installed next to it, so no program can be watched.");
        return nullptr;
    }
    session->m_pythonPath = pythonHookDirectory();
    if (!request.scenario.isEmpty()) {
        if (request.port == 0) {
            *error = QStringLiteral("A scenario's clients need the port the program listens on.");
            return nullptr;
        }
        session->m_clients = WatchClients::fromScenario(request.scenario, request.port, error);
        if (!session->m_clients)
            return nullptr;
    }
    return session;
}

WatchSession::~WatchSession()
{
    stop();
    closeFd(m_wake);
    closeFd(m_terminal);
    closeFd(m_input);
}

bool WatchSession::start(QString *error)
{
    m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    int inputPipe[2] = {-1, -1};
    int terminal = -1, programSide = -1;
    if (m_wake < 0 || ::pipe2(inputPipe, O_CLOEXEC) != 0 ||
        ::openpty(&terminal, &programSide, nullptr, nullptr, nullptr) != 0) {
        *error = QStringLiteral("cannot make the program's console: %1")
                     .arg(QString::fromLocal8Bit(std::strerror(errno)));
        closeFd(inputPipe[0]);
        closeFd(inputPipe[1]);
        return false;
    }
    // The output side as a plain channel: no echo, no "\n" made "\r\n", nothing interpreted.
    termios raw{};
    if (::tcgetattr(programSide, &raw) == 0) {
        ::cfmakeraw(&raw);
        ::tcsetattr(programSide, TCSANOW, &raw);
    }
    ::fcntl(terminal, F_SETFD, FD_CLOEXEC);
    ::fcntl(programSide, F_SETFD, FD_CLOEXEC);
    ::fcntl(terminal, F_SETFL, ::fcntl(terminal, F_GETFL) | O_NONBLOCK);
    ::fcntl(inputPipe[1], F_SETFL, ::fcntl(inputPipe[1], F_GETFL) | O_NONBLOCK);
    m_terminal = terminal;
    m_input = inputPipe[1];

    WatchOptions options;
    options.program = m_request.program;
    options.workingDirectory = m_request.workingDirectory;
    options.preloadLibrary = m_preload;
    options.pythonPath = m_pythonPath;
    options.stdinFd = inputPipe[0];
    options.stdoutFd = programSide;
    options.stderrFd = programSide;

    m_watcher = std::make_unique<Watcher>(m_recorder);
    if (m_clients)
        m_clients->attach(m_recorder);
    else
        m_ownPeers = std::make_unique<PeerDirectory>(m_recorder);
    const bool started = m_watcher->start(options, error);
    ::close(inputPipe[0]);
    ::close(programSide);
    if (!started) {
        m_finished = true;
        return false;
    }
    m_pid = m_watcher->pid();
    PeerDirectory *peers = m_clients ? m_clients->peers() : m_ownPeers.get();
    m_watcher->translator().actorForPeer = [peers](Endpoint peer) {
        return peers->actorForPeer(peer);
    };
    if (m_clients) {
        m_watcher->translator().onListening = [this](int port) {
            if (port == m_request.port)
                m_clients->startOnce();
        };
    }
    m_thread = std::thread([this] { loop(); });
    return true;
}

void WatchSession::loop()
{
    bool clientsEnded = false;
    while (!m_stopRequested.load()) {
        const bool running = m_watcher->poll(50, m_wake);
        pumpOutput();
        publishSources();
        if (!running)
            break;
        if (m_clients && m_clients->allDone() && m_clients->stopsProgram()) {
            clientsEnded = true; // the scenario is over, as a run of it would be
            break;
        }
    }
    finish();
    std::lock_guard lock(m_mutex);
    if (m_watcher->hasExited()) {
        const int code = m_watcher->exitStatus();
        m_outcome = code >= 0 ? QStringLiteral("The program exited with status %1.").arg(code)
                              : QStringLiteral("The program was ended by signal %1 (%2).")
                                    .arg(-code)
                                    .arg(QString::fromLocal8Bit(::strsignal(-code)));
    }
    if (clientsEnded)
        m_outcome = QStringLiteral("The scenario's clients are done; the program was stopped. ") +
                    m_outcome;
    else if (m_stopRequested.load())
        m_outcome =
            QStringLiteral("Stopped; the program and what it forked were ended. ") + m_outcome;
    m_outcome = m_outcome.trimmed();
    m_finished = true;
}

void WatchSession::finish()
{
    if (m_clients)
        m_clients->stop();
    m_watcher->stop();
    pumpOutput();
    std::vector<QString> sources = m_watcher->translator().sources();
    const QString sourceProblem =
        resolveSourceLines(m_executable, m_watcher->translator().codeSites(), &sources);
    std::lock_guard lock(m_mutex);
    m_sources = std::move(sources);
    if (!sourceProblem.isEmpty())
        m_problems << sourceProblem;
    if (m_clients)
        m_problems << m_clients->problems();
    if (m_watcher->translator().droppedRecords() > 0)
        m_problems << QStringLiteral("%1 malformed records from the program were left out.")
                          .arg(m_watcher->translator().droppedRecords());
    if (m_outputDropped > 0)
        m_problems << QStringLiteral("%1 bytes of the program's output were not shown (it wrote "
                                     "faster than the console could take them).")
                          .arg(m_outputDropped);
}

void WatchSession::pumpOutput()
{
    if (m_terminal < 0)
        return;
    char buffer[16384];
    for (int i = 0; i < 64; ++i) { // bounded: the loop has records to read too
        const ssize_t n = ::read(m_terminal, buffer, sizeof buffer);
        if (n > 0) {
            std::lock_guard lock(m_mutex);
            m_output.append(buffer, n);
            if (m_output.size() > kMaxPendingOutput) {
                const qsizetype excess = m_output.size() - kMaxPendingOutput;
                m_output.remove(0, excess);
                m_outputDropped += excess;
            }
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == EAGAIN)
            return;
        // EIO: every writer (the program and its children) has closed the terminal.
        return;
    }
}

void WatchSession::publishSources()
{
    const std::vector<QString> &now = m_watcher->translator().sources();
    std::lock_guard lock(m_mutex);
    if (now.size() != m_sources.size())
        m_sources = now;
}

std::vector<QString> WatchSession::sources() const
{
    std::lock_guard lock(m_mutex);
    return m_sources;
}

QString WatchSession::takeOutput()
{
    QByteArray bytes;
    {
        std::lock_guard lock(m_mutex);
        bytes.swap(m_output);
    }
    if (bytes.isEmpty())
        return {};
    static thread_local QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(bytes);
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        line = escapeText(line);
    }
    return lines.join(QLatin1Char('\n'));
}

bool WatchSession::writeInput(const QByteArray &bytes)
{
    if (m_input < 0 || m_finished.load())
        return false;
    // A program that has closed its input makes write() fail with EPIPE and raise SIGPIPE,
    // which would end the window: the signal is held while writing and taken back after.
    sigset_t pipeSignal, previous;
    sigemptyset(&pipeSignal);
    sigaddset(&pipeSignal, SIGPIPE);
    sigset_t pending;
    sigpending(&pending);
    const bool alreadyPending = sigismember(&pending, SIGPIPE);
    ::pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous);
    qsizetype done = 0;
    bool broken = false;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_input, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) { // EPIPE: it closed its input; EAGAIN: it does not read, the pipe is full
            broken = errno == EPIPE;
            break;
        }
        done += n;
    }
    if (broken && !alreadyPending) {
        const timespec none{0, 0};
        ::sigtimedwait(&pipeSignal, nullptr, &none);
    }
    ::pthread_sigmask(SIG_SETMASK, &previous, nullptr);
    return done == bytes.size();
}

void WatchSession::closeInput()
{
    closeFd(m_input);
}

QString WatchSession::outcome() const
{
    std::lock_guard lock(m_mutex);
    return m_outcome;
}

QStringList WatchSession::problems() const
{
    std::lock_guard lock(m_mutex);
    return m_problems;
}

void WatchSession::stop()
{
    if (m_thread.joinable()) {
        m_stopRequested = true;
        const std::uint64_t one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
        m_thread.join();
    }
}

} // namespace sockscope
