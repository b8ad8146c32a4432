#pragma once

#include "outputfile.h"
#include "trace.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace sockscope {

// Writes a trace file while the run is recorded (`serve --trace`, `run --trace`), so that a
// stop has only the tail to write. The file is the document traceToJson() makes of the same
// trace, byte for byte (docs/trace-format.md): the header when opened, the events as they
// settle, the actors and the closing brace at finish(). It goes through OutputFile: a regular
// file is a temporary one next to the target until finish() renames it (a failure, or a second
// signal while stopping, leaves the old file as it was); a device, a FIFO or "-" is streamed
// into directly.
//
// Settled: the recorder's drains hand over closed stretches of time, but a forked child's
// records come through a pipe and may land a little in the past. Events are written once they
// are kSettleNs old (sooner past a quarter of the memory budget); the
// trace's floor then refuses anything older, counted as late (in the file's "dropped" record)
// rather than written out of order.
class TraceStream
{
public:
    static constexpr std::int64_t kSettleNs = 250'000'000;

    // Opens `path` and writes the header from `trace` (scenario, model, settings: set them
    // first). False with errorString() on failure.
    bool open(const QString &path, const Trace &trace);
    bool isOpen() const { return m_open; }
    // When the trace forgets what is written, memory holds only the unwritten: past a quarter
    // of `bytes` everything is written at once, however recent (0: only the settle time).
    void setMemoryBudget(std::size_t bytes) { m_budget = bytes; }

    // Writes the events of `trace` older than `nowNs` - kSettleNs (`nowNs`: the recorder's
    // clock, Recorder::now()). With `forget`, the events written are then
    // dropped from memory (when nothing else will read the trace: no summary, no Chrome
    // trace): the trace keeps only its unwritten tail. False on a write error (the file is
    // cancelled: the old one stays).
    bool writeSettled(Trace &trace, std::int64_t nowNs, bool forget);
    // Writes every remaining event, the actors and the end, and commits the file.
    bool finish(Trace &trace);
    // Drops the file: the old one stays.
    void cancel();

    std::int64_t eventsWritten() const { return m_written; }
    const QString &errorString() const { return m_error; }

private:
    bool writeUpTo(Trace &trace, qsizetype end);

    OutputFile m_file;
    QByteArray m_buffer;
    std::size_t m_budget = 0;
    qsizetype m_next = 0; // index in the trace of the first event not written yet
    std::int64_t m_written = 0;
    bool m_open = false;
    QString m_error;
};

} // namespace sockscope
