// The events of a trace file's "events" array read a window of two pieces at a time, as the
// trace reader does (core/trace/tracereader.cpp), with the next piece parsed ahead on a second
// thread or not: for tst_eventbatch and the fuzz target that compares the two ways.
#pragma once

#include "trace/eventbatch.h"
#include "trace/trace.h"

#include <algorithm>
#include <vector>

namespace sockscope::testkit {

struct BatchOutcome
{
    std::vector<Event> events;
    qsizetype consumed = 0; // bytes of the text read
    int index = 0;          // events read
    int how = 0;            // the last read's outcome
    int pieces = 0;
    int parsedAhead = 0; // pieces taken from the second thread
};

// Reads `text` (what follows the events' '['); `ahead`: the windows say where they are in the
// file, so the next piece is parsed on a second thread.
inline BatchOutcome readInWindows(QByteArrayView text, qsizetype pieceSize, bool ahead)
{
    BatchOutcome out;
    Trace trace;
    EventBatchReader reader;
    EventBatchReader::State state;
    for (;;) {
        const QByteArrayView rest = text.sliced(out.consumed);
        const EventBatchReader::Window window{rest.first(std::min(rest.size(), 2 * pieceSize)),
                                              pieceSize, rest.size() <= 2 * pieceSize,
                                              ahead ? out.consumed : -1};
        qsizetype used = 0;
        const auto how = reader.read(window, trace, false, state, &used);
        ++out.pieces;
        out.consumed += used;
        out.how = int(how);
        if (how != EventBatchReader::Outcome::More || used == 0)
            break;
    }
    out.index = state.index;
    out.parsedAhead = reader.piecesParsedAhead();
    out.events.assign(trace.events().begin(), trace.events().end());
    return out;
}

} // namespace sockscope::testkit
