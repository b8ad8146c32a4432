#pragma once

#include "trace.h"

#include <QString>

#include <functional>
#include <optional>

namespace sockscope {

// The most the reader below goes through: four times what loadTraceFile() reads whole.
constexpr qint64 kMaxStreamedTraceFileBytes = qint64(4) * 1024 * 1024 * 1024;

// Reads a trace file (a regular file, a FIFO, a device) a piece at a time, for
// `sockscope-cli convert`: neither the file's text nor a JSON document of it is ever held
// whole, only one value at a time (an event, the actor list) beside the trace it fills, which
// is its compact form (Trace: an event record and its payload bytes). The keys may come in any
// order (streamed files list their actors after their events). It refuses what
// loadTraceFile() refuses, with the same messages ("PATH: events[12], key \"fd\": must be a
// whole number"); a file that is not JSON is named with its byte offset, line and column.
std::optional<Trace> readTraceFileIncrementally(const QString &path, QString *error);

// The same reader on bytes already in memory (traceFromJson() tries it first).
std::optional<Trace> readTraceBytes(const QByteArray &bytes, QString *error);

// Handed each event as it is read: the trace holds it (its actors, its payload); false stops
// the read.
using EventSink = std::function<bool(const Trace &trace, const Event &event, qsizetype index)>;

// Reads a trace file as above, but hands each event to `sink` as it is read and then lets it
// go: memory does not grow with the file. A regular file is read twice, first for its head
// and actors (a streamed file lists its actors after its events), then for its events; a pipe
// or a device is read once, whole, then handed over. Returns the trace's head and actors
// (without its events), or nullopt with the reader's message (empty after the sink's "stop").
std::optional<Trace> streamTraceFile(const QString &path, const EventSink &sink, QString *error);

} // namespace sockscope
