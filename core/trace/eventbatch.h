#pragma once

#include "trace.h"

#include <QByteArrayView>

#include <memory>
#include <optional>
#include <vector>

namespace sockscope {

// Reads a trace file's events many at a time: the complete events in a piece of the file are
// parsed together by simdjson (one DOM of a few MB) and go through the same checks as the
// events Qt's parser reads (traceobjects.h: readEvent). Anything it does not accept as it is
// (an event that is refused, text that is not JSON, an event that is not an object) it leaves
// where it is, for the reader that goes one event at a time to say what is wrong and where.
class EventBatchReader
{
public:
    EventBatchReader();
    ~EventBatchReader();
    EventBatchReader(const EventBatchReader &) = delete;
    EventBatchReader &operator=(const EventBatchReader &) = delete;

    enum class Outcome
    {
        More, // every complete event read: give it what follows
        End,  // the events' closing ']' consumed
        Slow, // stopped before what it does not accept: read on one event at a time
    };
    struct State
    {
        int index = 0;           // the next event's index in "events"
        qint64 previousT = 0;    // the time of the last event read
        bool afterEvent = false; // an event was read: a ',' or the ']' comes next
    };

    // `text` follows the events' '[' or the last event read; `atEnd`: nothing follows it in
    // the file. Appends the events read to `trace` and says how many bytes of `text` it used.
    Outcome read(QByteArrayView text, bool atEnd, Trace &trace, bool actorsKnown, State &state,
                 qsizetype *consumed);

private:
    // "[" + the text + "]" parsed, its events in Parser::events; false when simdjson refuses.
    bool parse(const char *from, const char *to);

    struct Parser;
    std::unique_ptr<Parser> m_parser;
};

// A trace file's "actors" read by simdjson, each through readActor()'s checks: the actors up
// to the first one refused, and why that one was. nullopt when simdjson does not take the
// text as it is (Qt's parser then says what is wrong).
struct ActorList
{
    bool isArray = true;
    std::vector<Actor> actors;
    QString error;
};
std::optional<ActorList> readActorList(QByteArrayView text);

} // namespace sockscope
