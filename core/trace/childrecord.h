#pragma once

#include "event.h"

#include <cstdint>

namespace sockscope {

// What a forked child reports to its parent: a fixed-size record, appended to a shared-memory
// ring (childrings.h) or written with one write() to a pipe. Records are far below PIPE_BUF, so
// each write is atomic even when several children share the pipe. Everything here is
// async-signal-safe (no malloc, no Qt, no stdio): it is used between fork() and _exit().
struct ChildRecord
{
    static constexpr int kPreviewBytes = 48;

    // How `stamp` tells time: CLOCK_MONOTONIC's nanoseconds, or the processor's time-stamp
    // counter where the parent's recorder stamps with it (Recorder::stampsWithCounter(): the
    // counter is read without touching memory, which the clock's vDSO page costs a child just
    // switched in; the parent places counter stamps on its clock lines like its own threads').
    enum Clock : std::uint8_t
    {
        Monotonic = 0,
        Counter = 1
    };

    std::int64_t stamp = 0; // when the record was made, by `clock`; 0: not yet stamped
    std::int32_t pid = 0;
    std::int32_t fd = -1;
    std::int32_t newFd = -1;
    std::int32_t bytes = -1;
    std::int32_t status = 0;
    std::int16_t err = 0;
    std::uint8_t kind = 0; // EventKind
    std::uint8_t call = 0;
    std::uint16_t line = 0;
    std::uint16_t previewSize = 0;
    std::uint8_t flags = 0; // Event::flags
    Clock clock = Monotonic;
    char preview[kPreviewBytes] = {};
};

static_assert(sizeof(ChildRecord) <= 128, "child records must stay far below PIPE_BUF");

// A child's clock now, by `clock`. Async-signal-safe.
std::int64_t childStamp(ChildRecord::Clock clock);
// Fills time (by the record's clock) and pid, each unless the record has one, and copies at most
// kPreviewBytes of `data`. Async-signal-safe.
void fillChildRecord(ChildRecord &record, const char *data = nullptr, int dataSize = 0);
// Writes a filled record to `pipeFd` in one write(). Async-signal-safe. False if it failed.
bool writeChildRecord(int pipeFd, const ChildRecord &record);

} // namespace sockscope
