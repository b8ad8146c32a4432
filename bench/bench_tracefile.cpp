// Memory per event and trace file save/load for a 1,000,000-event trace, and the peak memory
// the load takes beside the trace it loads.
#include "benchmark.h"
#include "syntheticrun.h"

#include "trace/tracefile.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <malloc.h>

#include <cstring>

namespace sockscope::bench {

namespace {

// A line of /proc/self/status in kB ("VmHWM:"), -1 when not there.
qint64 statusKb(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(std::strlen(key))).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

// The peak resident set (VmHWM) set back to the current one (Linux 4.0 and later).
bool resetPeakRss()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1 && refs.flush();
}

Results traceBench(const Options &options)
{
    const qsizetype events = options.scaled(1000000, 5000);
    Recorder recorder;
    Trace trace;
    recordEchoLikeRun(recorder, trace, events);
    trace.squeeze();
    Results r;
    r.insert(QStringLiteral("bytes_per_event"), double(trace.memoryBytes()) / double(trace.size()));
    r.insert(QStringLiteral("trace_events_measured"), double(trace.size()));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.json"));
    QString error;
    double t0 = nowSeconds();
    if (!saveTraceFile(trace, path, &error))
        return {};
    r.insert(QStringLiteral("trace_save_s_1m"), nowSeconds() - t0);
    r.insert(QStringLiteral("trace_file_mb_1m"), double(QFileInfo(path).size()) / 1e6);
    t0 = nowSeconds();
    auto loaded = loadTraceFile(path, &error);
    r.insert(QStringLiteral("trace_load_s_1m"), nowSeconds() - t0);
    if (!loaded || loaded->size() != trace.size())
        return {};
    const double loadedBytes = double(loaded->memoryBytes());
    loaded.reset();

    // Peak memory while loading, beyond what the process held before: its peak resident set
    // is reset to the current one (clear_refs 5), freed heap memory is first given back so the
    // load cannot reuse it unseen, and the same file is loaded again.
    malloc_trim(0);
    const bool reset = resetPeakRss();
    const qint64 beforeKb = statusKb("VmRSS:");
    loaded = loadTraceFile(path, &error);
    const qint64 peakKb = statusKb("VmHWM:");
    if (!loaded)
        return {};
    r.insert(QStringLiteral("trace_loaded_mb_1m"), loadedBytes / 1e6);
    if (reset && beforeKb > 0 && peakKb >= beforeKb) {
        const double peak = double(peakKb - beforeKb) * 1024;
        r.insert(QStringLiteral("trace_load_peak_mb_1m"), peak / 1e6);
        r.insert(QStringLiteral("trace_load_peak_ratio_1m"), peak / loadedBytes);
    }
    return r;
}

const Register registered("trace", traceBench);

} // namespace
} // namespace sockscope::bench
