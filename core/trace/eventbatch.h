#pragma once

#include "jsonfields.h"
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

    // Reads the first `pieceSize` bytes of a window of the file that begins at byte `offset`
    // and follows the events' '[' or the last event read (the next read's text, when this
    // piece is read whole, is in the window too). Appends the events read to `trace` and says
    // how many bytes of the piece it used. While this piece's events are checked and added to
    // the trace, the next piece is parsed on a second thread, and the next read() takes it when
    // it is given that piece (the same offset and size). The pieces and the messages are those
    // of reading one piece at a time.
    struct Window
    {
        QByteArrayView text;
        qsizetype pieceSize = 0;
        bool atEnd = false; // nothing follows the window in the file
        qint64 offset = -1; // -1: nothing is parsed ahead
    };
    Outcome read(const Window &window, Trace &trace, bool actorsKnown, State &state,
                 qsizetype *consumed);
    // The pieces read() took from the second thread so far.
    int piecesParsedAhead() const { return m_piecesParsedAhead; }

private:
    struct Parser;
    // "[" + the text + "]" into the parser's room, and that parsed, its events in
    // Parser::events; false when simdjson refuses or there is no room.
    static bool copyIn(Parser &parser, const char *from, const char *to);
    static bool parse(Parser &parser);
    // The next piece of `window`, from `to` on, parsed by another thread.
    void parseAhead(const Window &window, qsizetype to);
    // Waits for the piece parsed ahead, if any. Parsed: it is the piece [offset, offset +
    // size), its events now in m_parser and `to` where they end; Refused: it is that piece and
    // simdjson refused it; Nothing: another piece, or none.
    enum class Taken
    {
        Nothing,
        Parsed,
        Refused
    };
    Taken takeAhead(qint64 offset, qsizetype size, qsizetype *to);

    std::unique_ptr<Parser> m_parser;
    std::unique_ptr<Parser> m_spare; // the piece parsed ahead
    struct Ahead;
    std::unique_ptr<Ahead> m_ahead;
    std::vector<qsizetype> m_ends; // where each complete event ends in the caller's text
    json::Fields m_fields;
    int m_piecesParsedAhead = 0;
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
