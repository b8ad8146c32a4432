// What watching costs a program: echo requests per second of a small C server
// (sockscope-bench-echo) run plain, under sockscope-cli watch's preload library, and under
// `strace -f`, interleaved so that machine noise hits all alike.
// Budget: watch_overhead_ratio (watched / plain) >= 0.80.
#include "benchmark.h"
#include "loadgenerator.h"

#include "trace/recorder.h"
#include "trace/trace.h"
#include "watch/watcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <atomic>
#include <csignal>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char **environ;

namespace sockscope::bench {

namespace {

constexpr int kConnections = 4;

std::uint16_t freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sa{};
    sa.sin_family = AF_INET;
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof sa;
    std::uint16_t port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&sa), &len) == 0)
        port = ntohs(sa.sin_port);
    ::close(fd);
    return port;
}

bool waitListening(std::uint16_t port)
{
    for (int i = 0; i < 200; ++i) {
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in sa{};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(port);
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) == 0;
        ::close(fd);
        if (ok)
            return true;
        ::usleep(20000);
    }
    return false;
}

// The server plain or under strace: a process we started, stopped by its pid.
double plainTrial(const QString &server, const QString &strace, double seconds)
{
    const std::uint16_t port = freePort();
    QList<QByteArray> args;
    if (!strace.isEmpty())
        args << QFile::encodeName(strace) << "-f"
             << "-o"
             << "/dev/null";
    args << QFile::encodeName(server) << QByteArray::number(port);
    std::vector<char *> argv;
    for (QByteArray &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = -1;
    if (::posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return 0;
    double rps = 0;
    if (waitListening(port))
        rps = echoRequestsPerSecond(port, kConnections, seconds);
    // strace does not end its tracee on SIGTERM: the server (its child) is stopped first.
    QFile children(QStringLiteral("/proc/%1/task/%1/children").arg(pid));
    if (!strace.isEmpty() && children.open(QIODevice::ReadOnly)) {
        for (const QByteArray &child : children.readAll().simplified().split(' '))
            if (child.toInt() > 0)
                ::kill(child.toInt(), SIGTERM);
    }
    ::kill(pid, SIGTERM);
    int status;
    ::waitpid(pid, &status, 0);
    return rps;
}

// Echo requests per second of the watched server, and the events its trace holds per request
// (a recv_begin, a recv_end and a send each at least: fewer would mean records were lost).
struct WatchedTrial
{
    double rps = 0;
    double eventsPerRequest = 0;
};

WatchedTrial watchedTrial(const QString &server, const QString &preload, double seconds)
{
    const std::uint16_t port = freePort();
    Recorder recorder;
    Watcher watcher(recorder);
    WatchOptions options;
    options.program = {server, QString::number(port)};
    options.preloadLibrary = preload;
    QString error;
    if (!watcher.start(options, &error))
        return {};
    Trace trace;
    std::atomic<bool> done{false};
    std::thread reader([&] {
        // Read and drained as the command line does (every 50 ms at most).
        while (!done.load() && watcher.poll(50))
            recorder.drainInto(trace);
    });
    double rps = 0;
    if (waitListening(port))
        rps = echoRequestsPerSecond(port, kConnections, seconds);
    done = true;
    reader.join();
    watcher.stop();
    recorder.drainInto(trace);
    if (trace.isEmpty() || rps <= 0)
        return {};
    return {rps, double(trace.size()) / (rps * seconds)};
}

Results watchBench(const Options &options)
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString server = dir + QStringLiteral("/sockscope-bench-echo");
    const QString preload = dir + QStringLiteral("/libsockscope_preload.so");
    if (!QFileInfo::exists(server) || !QFileInfo::exists(preload))
        return {};
    const int trials = options.scaled(7, 1);
    const double seconds = options.smoke ? 0.1 : 1.0;
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    std::vector<double> plain, watched, traced, eventsPerRequest;
    auto watch = [&] {
        const WatchedTrial t = watchedTrial(server, preload, seconds);
        watched.push_back(t.rps);
        eventsPerRequest.push_back(t.eventsPerRequest);
    };
    for (int i = 0; i < trials; ++i) {
        const bool watchedFirst = i % 2 == 0;
        if (watchedFirst)
            watch();
        plain.push_back(plainTrial(server, {}, seconds));
        if (!watchedFirst)
            watch();
        if (!strace.isEmpty())
            traced.push_back(plainTrial(server, strace, seconds));
    }
    const double plainMedian = percentile(plain, 0.5);
    if (plainMedian <= 0)
        return {};
    Results r;
    r.insert(QStringLiteral("watch_rps_plain"), plainMedian);
    r.insert(QStringLiteral("watch_rps_watched"), percentile(watched, 0.5));
    r.insert(QStringLiteral("watch_overhead_ratio"), percentile(watched, 0.5) / plainMedian);
    r.insert(QStringLiteral("watch_events_per_request"), percentile(eventsPerRequest, 0.5));
    if (!traced.empty())
        r.insert(QStringLiteral("watch_strace_ratio"), percentile(traced, 0.5) / plainMedian);
    return r;
}

const Register registered("watch", watchBench);

} // namespace
} // namespace sockscope::bench
