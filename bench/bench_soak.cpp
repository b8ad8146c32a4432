// Soak: a 60 s loopback echo flood against `sockscope-cli serve --model epoll --trace FILE`
// with its default memory budget; the trace streams to its file while the server runs
// (TraceStream), so memory holds only what is not on disk yet. Budgets (issue 19): the server's
// resident memory is flat after the first 10 s (soak_rss_mb_per_min, the slope from 10 s to the
// end, about 0), and a SIGTERM after the flood ends it, trace written, within a second
// (stop_s_after_60s_flood; soak_trace_mb_at_stop is what was on disk already when it came).
// --smoke floods for 2 s: it proves the benchmark runs, its figures mean nothing.
#include "benchmark.h"
#include "loadgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <thread>
#include <vector>

#include <unistd.h>

namespace sockscope::bench {

namespace {

constexpr int kConnections = 4;

// VmRSS of `pid` in MB (0 when gone).
double rssMb(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// The slope of (t, y) per minute, Theil-Sen: the median of the slopes between every two
// points. Resident memory under a streamed trace is a sawtooth (events kept until written and
// forgotten, their pages given back); a least-squares line through a sawtooth tilts with
// where the last teeth happen to fall (4.5 MB/min measured for a series that stayed between
// 38 and 47 MB), while a leak tilts every pair.
double slopePerMinute(const std::vector<std::pair<double, double>> &points)
{
    std::vector<double> slopes;
    for (std::size_t i = 0; i < points.size(); ++i) {
        for (std::size_t j = i + 1; j < points.size(); ++j) {
            const double dt = points[j].first - points[i].first;
            if (dt > 0)
                slopes.push_back((points[j].second - points[i].second) / dt);
        }
    }
    if (slopes.empty())
        return 0;
    const auto middle = slopes.begin() + std::ptrdiff_t(slopes.size() / 2);
    std::nth_element(slopes.begin(), middle, slopes.end());
    return *middle * 60.0;
}

Results soakBench(const Options &options)
{
    const QString cli = QCoreApplication::applicationDirPath() + QStringLiteral("/sockscope-cli");
    QTemporaryDir dir;
    if (!QFileInfo::exists(cli) || !dir.isValid())
        return {};
    const double seconds = options.smoke ? 2.0 : 60.0;
    const double settle = options.smoke ? 0.5 : 10.0;
    const QString tracePath = dir.filePath(QStringLiteral("soak.json"));
    QProcess server;
    server.start(cli, {QStringLiteral("serve"), QStringLiteral("--model"), QStringLiteral("epoll"),
                       QStringLiteral("--trace"), tracePath});
    if (!server.waitForStarted(5000))
        return {};
    std::uint16_t port = 0;
    // Up to 30 s for "listening on ...": a loaded machine may take seconds to start it, and a
    // wait that times out is no reason to give up before then.
    const double startBy = nowSeconds() + 30.0;
    while (port == 0 && server.state() != QProcess::NotRunning && nowSeconds() < startBy) {
        if (!server.canReadLine() && !server.waitForReadyRead(100))
            continue;
        const QByteArray line = server.readLine().trimmed();
        if (line.startsWith("listening on "))
            port = std::uint16_t(line.mid(line.lastIndexOf(':') + 1).toUInt());
    }
    if (port == 0) {
        server.kill(); // the child we started
        server.waitForFinished(2000);
        return {};
    }
    double rps = 0;
    std::thread flood([&] { rps = echoRequestsPerSecond(port, kConnections, seconds); });
    std::vector<std::pair<double, double>> afterSettle;
    const double t0 = nowSeconds();
    double peak = 0;
    double startRss = rssMb(server.processId());
    // SOCKSCOPE_BENCH_VERBOSE: the server's resident memory at each sample, on stderr.
    const bool verbose = qEnvironmentVariableIsSet("SOCKSCOPE_BENCH_VERBOSE");
    while (nowSeconds() - t0 < seconds) {
        std::this_thread::sleep_for(std::chrono::milliseconds(options.smoke ? 100 : 1000));
        const double t = nowSeconds() - t0;
        const double rss = rssMb(server.processId());
        peak = std::max(peak, rss);
        if (t >= settle)
            afterSettle.emplace_back(t, rss);
        if (verbose)
            std::fprintf(stderr, "soak: %5.1f s  RSS %7.1f MB\n", t, rss);
    }
    flood.join();
    const double endRss = rssMb(server.processId());
    // The streamed file so far: the unnamed file the server writes (O_TMPFILE, "DIR/#INODE
    // (deleted)" in /proc/PID/fd), or its hidden temporary beside the target.
    qint64 onDiskAtStop = 0;
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(server.processId());
    const QString prefix = QDir(dir.path()).canonicalPath() + QLatin1Char('/');
    for (const QString &fd :
         QDir(fdDir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[4096];
        const QByteArray link = QFile::encodeName(fdDir + QLatin1Char('/') + fd);
        const ssize_t n = ::readlink(link.constData(), target, sizeof target - 1);
        if (n > 0 && QFile::decodeName(QByteArray(target, n)).startsWith(prefix))
            onDiskAtStop += QFileInfo(QString::fromLatin1(link)).size();
    }
    const double stopAt = nowSeconds();
    ::kill(pid_t(server.processId()), SIGTERM); // the child we started, by pid
    const bool stopped = server.waitForFinished(60000);
    const double stopSeconds = nowSeconds() - stopAt;
    if (!stopped) {
        server.kill();
        server.waitForFinished(2000);
    }
    Results r;
    r.insert(QStringLiteral("soak_rss_mb_per_min"), slopePerMinute(afterSettle));
    r.insert(QStringLiteral("soak_rss_mb_start"), startRss);
    r.insert(QStringLiteral("soak_rss_mb_end"), endRss);
    r.insert(QStringLiteral("soak_rss_mb_peak"), peak);
    r.insert(QStringLiteral("soak_rps"), rps);
    r.insert(QStringLiteral("soak_trace_mb"), double(QFileInfo(tracePath).size()) / 1e6);
    r.insert(QStringLiteral("soak_trace_mb_at_stop"), double(onDiskAtStop) / 1e6);
    r.insert(QStringLiteral("stop_s_after_60s_flood"), stopped ? stopSeconds : -1);
    return r;
}

const Register registered("soak", soakBench);

} // namespace

} // namespace sockscope::bench
