// Memory per event and trace file save/load for a 1,000,000-event trace.
#include "benchmark.h"
#include "syntheticrun.h"

#include "trace/tracefile.h"

#include <QFileInfo>
#include <QTemporaryDir>

namespace sockscope::bench {

namespace {

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
    const auto loaded = loadTraceFile(path, &error);
    r.insert(QStringLiteral("trace_load_s_1m"), nowSeconds() - t0);
    if (!loaded || loaded->size() != trace.size())
        return {};
    return r;
}

const Register registered("trace", traceBench);

} // namespace
} // namespace sockscope::bench
