#pragma once

#include "trace.h"

#include <QString>

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

} // namespace sockscope
