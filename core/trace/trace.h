#pragma once

#include "actor.h"
#include "event.h"
#include "eventstore.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <span>
#include <vector>

namespace sockscope {

// Encodes/decodes the variable part of an event kept in the payload blob.
namespace payload {
QByteArray encodeWaitSets(const WaitSets &sets);
// A wait's sets as views of the caller's own arrays, encoded without building a WaitSets: a
// server's loop records two waits per turn, and the copies and heap blocks of a WaitSets and
// a QByteArray each time were a tenth of what recording cost the asyncio loop.
struct WaitSetsView
{
    int timeoutMs = -1;
    std::span<const int> readSet;
    std::span<const int> writeSet;
    std::span<const int> readyRead;
    std::span<const int> readyWrite;
};
// The same bytes as encodeWaitSets, written over `out` (its room is kept for the next).
void encodeWaitSetsInto(const WaitSetsView &sets, std::vector<char> &out);
WaitSets decodeWaitSets(QByteArrayView bytes);
QByteArray encodeEndpoint(Endpoint e);
Endpoint decodeEndpoint(QByteArrayView bytes);
// Max bytes of network data kept per event for display.
constexpr int kPreviewBytes = 48;
} // namespace payload

// A run as recorded: actors and their events in time order (ties keep recording order, so
// each actor's own order holds). Views read it; only the recorder's drain and the trace file
// loader write it.
class Trace
{
public:
    QString scenario;
    QString model;
    // How the server ran, for the views that show its code: "reap" (forking), "protocol",
    // "recv_size". Empty for traces that do not say.
    QMap<QString, QString> settings;
    // A watched program's source lines ("FILE:LINE", "" when not known), named by the events
    // whose line isSourceLine() (see event.h). Empty for SockScope's own models.
    std::vector<QString> sources;
    // "FILE:LINE" of the event, or empty when it names none (or a listing tag instead).
    QString sourceOf(const Event &e) const;

    const std::vector<Actor> &actors() const { return m_actors; }
    const Actor *actor(std::uint32_t id) const;
    std::uint32_t addActor(Actor actor); // assigns the next id when actor.id is 0
    void updateActor(const Actor &actor);

    std::span<const Event> events() const { return m_events.view(); }
    qsizetype size() const { return qsizetype(m_events.size()); }
    bool isEmpty() const { return m_events.empty(); }
    const Event &at(qsizetype i) const { return m_events[std::size_t(i)]; }
    std::int64_t endNs() const { return m_events.empty() ? 0 : m_events.back().tNs; }

    // Appends one event. An event earlier than the last one is inserted at its time
    // (a forked child's record may arrive after later parent events).
    // Returns the index at which it was placed, or -1 when it was not kept (the keep limit).
    qsizetype append(Event event, QByteArrayView payloadBytes = {});

    // A memory budget for the events kept (their records and payload bytes; 0: no limit,
    // the default). Once it is reached, append() keeps nothing more and counts what it did
    // not keep: the trace then holds the run's beginning, and says how much came after.
    void setKeepLimit(std::size_t bytes) { m_keepLimit = bytes; }
    std::size_t keepLimit() const { return m_keepLimit; }
    std::size_t keptBytes() const
    {
        return m_events.size() * sizeof(Event) + std::size_t(m_payload.size());
    }
    // Events recorded but not kept, and the time of the first of them (-1: none). A trace
    // file says so in its "dropped" record (docs/trace-format.md).
    std::int64_t droppedEvents() const { return m_droppedEvents; }
    std::int64_t firstDroppedNs() const { return m_firstDroppedNs; }
    void noteDropped(std::int64_t events, std::int64_t firstNs);

    // Streaming to a file (TraceStream): the events before `tNs` are on disk in time order,
    // so an event earlier than it (a forked child's record that came that late) can no longer
    // take its place; append() then refuses it and counts it as late. Default: no floor.
    void setFloor(std::int64_t tNs) { m_floorNs = std::max(m_floorNs, tNs); }
    std::int64_t lateEvents() const { return m_lateEvents; }
    std::int64_t firstLateNs() const { return m_firstLateNs; }
    // Forgets the first `count` events (those already on disk, when nothing else needs them),
    // with the payload bytes only they used; actors, counts and the floor stay.
    void forgetFront(qsizetype count);

    // The first event index with tNs >= t (size() when none).
    qsizetype lowerBound(std::int64_t t) const;
    // The first event index with tNs > t.
    qsizetype upperBound(std::int64_t t) const;

    QByteArrayView payloadOf(const Event &e) const;
    QByteArrayView preview(const Event &e) const; // recv_end, send, sendto, recvfrom_end
    // error: why, in the words of the code that refused ("descriptor 1024 is >= FD_SETSIZE
    // ..."), UTF-8; empty when the event does not say.
    QByteArrayView errorMessage(const Event &e) const;
    WaitSets waitSets(const Event &e) const; // wait_begin, wait_end
    Endpoint local(const Event &e) const;    // connect_end: the client's own address

    // Bytes the trace holds in memory (events, payload, actors).
    std::size_t memoryBytes() const;
    void reserve(std::size_t events, std::size_t payloadBytes);
    // Gives back growth slack once a run is over (a finished trace is read, not grown).
    void squeeze();
    void clear();

private:
    std::vector<Actor> m_actors;
    EventStore m_events;
    QByteArray m_payload;
    std::size_t m_keepLimit = 0;
    std::int64_t m_droppedEvents = 0;
    std::int64_t m_firstDroppedNs = -1;
    std::int64_t m_floorNs = -1;
    std::int64_t m_lateEvents = 0;
    std::int64_t m_firstLateNs = -1;

    // Echo traffic carries the same bytes four times (client send, server recv, server send,
    // client recv): recent payloads are interned through a small direct-mapped table.
    struct InternSlot
    {
        std::uint32_t offset = kNoPayload;
        std::uint16_t size = 0;
    };
    static constexpr std::size_t kInternSlots = 4096;
    std::vector<InternSlot> m_intern;
};

} // namespace sockscope
