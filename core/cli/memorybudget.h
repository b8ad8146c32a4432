#pragma once

#include "cli/clioptions.h"
#include "trace/trace.h"

#include <QString>

#include <cstddef>
#include <optional>

namespace sockscope {

// How much of a run `sockscope-cli serve` and `run` keep in memory (--max-memory MIB): the
// events' records and payload bytes. Beyond it the trace keeps the run's beginning and counts
// the rest (Trace::droppedEvents(), the trace file's "dropped" record), so that a flood of
// traffic cannot grow the process without end, and a stop has a bounded trace to write.
// serve: a flood reaches it within seconds, and a stop writes at most that much (about a quarter
// million events); run: a lesson is scripted and bounded, and must stay whole (c10k-epoll's
// 1,000 clients record 29,007 events, under 2 MiB).
constexpr int kDefaultMaxMemoryMiBServe = 16;
constexpr int kDefaultMaxMemoryMiBRun = 256;
constexpr int kMaxMaxMemoryMiB = 1 << 20; // 1 TiB: any more is a typo

// "--max-memory" needs a whole number of MiB, 1 to kMaxMaxMemoryMiB.
std::optional<std::size_t> parseMaxMemoryBytes(const QString &value, QString *error);

// With nothing to write or show, nothing is kept: a keep limit no event fits in.
constexpr std::size_t kKeepNothing = 1;

// Sets `trace`'s keep limit from --max-memory (or the default); with `keepsAnything` false
// (nothing will be written or shown) nothing is kept. False with `error` for a bad value.
bool applyMaxMemory(const CliOptions &options, bool keepsAnything, Trace &trace, QString *error);

// The note for standard error when events were not kept; empty when none were.
QString droppedNote(const Trace &trace);

} // namespace sockscope
