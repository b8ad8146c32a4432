#include "trace.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstring>

namespace sockscope {

namespace payload {

namespace {
constexpr int kMaxPayload = 0xffff;
constexpr int kHeader = 4 + 4 * 2;

void putInt(QByteArray &out, std::int32_t v)
{
    char buf[4];
    qToLittleEndian(v, buf);
    out.append(buf, 4);
}

std::int32_t getInt(QByteArrayView in, qsizetype offset)
{
    return qFromLittleEndian<std::int32_t>(in.data() + offset);
}
} // namespace

namespace {
// Sizes `out` (a std::vector<char> or a QByteArray) to the encoding of `sets` and writes it.
template <typename Bytes> void writeWaitSets(const WaitSetsView &sets, Bytes &out)
{
    const std::span<const int> lists[] = {sets.readSet, sets.writeSet, sets.readyRead,
                                          sets.readyWrite};
    // Keep within the 16-bit payload size: a huge poll() set is truncated, never dropped.
    std::size_t budget = (kMaxPayload - kHeader) / 4;
    std::uint16_t counts[4];
    for (int i = 0; i < 4; ++i) {
        counts[i] = std::uint16_t(std::min(lists[i].size(), budget));
        budget -= counts[i];
    }
    out.resize(kHeader + 4 * (counts[0] + counts[1] + counts[2] + counts[3]));
    char *at = out.data();
    qToLittleEndian(std::int32_t(sets.timeoutMs), at);
    at += 4;
    for (auto c : counts) {
        qToLittleEndian(c, at);
        at += 2;
    }
    for (int i = 0; i < 4; ++i) {
        for (std::size_t k = 0; k < counts[i]; ++k, at += 4)
            qToLittleEndian(std::int32_t(lists[i][k]), at);
    }
}
} // namespace

void encodeWaitSetsInto(const WaitSetsView &sets, std::vector<char> &out)
{
    writeWaitSets(sets, out);
}

QByteArray encodeWaitSets(const WaitSets &sets)
{
    const auto view = [](const QVector<int> &v) {
        return std::span<const int>(v.constData(), std::size_t(v.size()));
    };
    QByteArray out;
    writeWaitSets({sets.timeoutMs, view(sets.readSet), view(sets.writeSet), view(sets.readyRead),
                   view(sets.readyWrite)},
                  out);
    return out;
}

WaitSets decodeWaitSets(QByteArrayView in)
{
    WaitSets sets;
    if (in.size() < kHeader)
        return sets;
    sets.timeoutMs = getInt(in, 0);
    QVector<int> *lists[] = {&sets.readSet, &sets.writeSet, &sets.readyRead, &sets.readyWrite};
    qsizetype offset = kHeader;
    for (int i = 0; i < 4; ++i) {
        const auto count = qFromLittleEndian<std::uint16_t>(in.data() + 4 + 2 * i);
        for (int k = 0; k < count && offset + 4 <= in.size(); ++k, offset += 4)
            lists[i]->append(getInt(in, offset));
    }
    return sets;
}

QByteArray encodeEndpoint(Endpoint e)
{
    QByteArray out;
    putInt(out, std::int32_t(e.ipv4));
    putInt(out, e.port);
    return out;
}

Endpoint decodeEndpoint(QByteArrayView in)
{
    if (in.size() < 8)
        return {};
    return {std::uint32_t(getInt(in, 0)), std::uint16_t(getInt(in, 4))};
}

} // namespace payload

const Actor *Trace::actor(std::uint32_t id) const
{
    if (id == 0 || id > m_actors.size())
        return nullptr;
    return &m_actors[id - 1];
}

std::uint32_t Trace::addActor(Actor actor)
{
    if (actor.id == 0)
        actor.id = std::uint32_t(m_actors.size() + 1);
    // Ids are dense and 1-based so that lookup is an index.
    if (actor.id > m_actors.size())
        m_actors.resize(actor.id);
    m_actors[actor.id - 1] = actor;
    return actor.id;
}

void Trace::updateActor(const Actor &actor)
{
    if (actor.id != 0 && actor.id <= m_actors.size())
        m_actors[actor.id - 1] = actor;
}

void Trace::noteDropped(std::int64_t events, std::int64_t firstNs)
{
    if (events <= 0)
        return;
    m_droppedEvents += events;
    if (m_firstDroppedNs < 0 || (firstNs >= 0 && firstNs < m_firstDroppedNs))
        m_firstDroppedNs = firstNs;
}

qsizetype Trace::append(Event event, QByteArrayView payloadBytes)
{
    if (event.tNs < m_floorNs) {
        ++m_lateEvents;
        if (m_firstLateNs < 0 || event.tNs < m_firstLateNs)
            m_firstLateNs = event.tNs;
        return -1;
    }
    // Once one event was not kept, no later one is: the trace is whole up to a moment.
    if (m_keepLimit != 0 &&
        (m_droppedEvents > 0 ||
         keptBytes() + sizeof(Event) + std::size_t(payloadBytes.size()) > m_keepLimit)) {
        noteDropped(1, event.tNs);
        return -1;
    }
    if (!payloadBytes.isEmpty()) {
        event.payloadSize = std::uint16_t(std::min<qsizetype>(payloadBytes.size(), 0xffff));
        const QByteArrayView bytes = payloadBytes.first(event.payloadSize);
        if (m_intern.empty())
            m_intern.resize(kInternSlots);
        InternSlot &slot = m_intern[qHash(bytes) & (kInternSlots - 1)];
        if (slot.offset != kNoPayload && slot.size == event.payloadSize &&
            std::memcmp(m_payload.constData() + slot.offset, bytes.data(), slot.size) == 0) {
            event.payload = slot.offset;
        } else {
            event.payload = std::uint32_t(m_payload.size());
            m_payload.append(bytes.data(), bytes.size());
            slot = {event.payload, event.payloadSize};
        }
    } else if (event.payload != kNoPayload) {
        event.payload = kNoPayload;
        event.payloadSize = 0;
    }
    if (m_events.empty() || m_events.back().tNs <= event.tNs) {
        m_events.push_back(event);
        return qsizetype(m_events.size() - 1);
    }
    auto pos = std::upper_bound(m_events.begin(), m_events.end(), event.tNs,
                                [](std::int64_t t, const Event &e) { return t < e.tNs; });
    const auto index = std::size_t(pos - m_events.begin());
    m_events.insert(index, event);
    return qsizetype(index);
}

void Trace::forgetFront(qsizetype count)
{
    count = std::clamp<qsizetype>(count, 0, size());
    if (count == 0)
        return;
    m_events.eraseFront(std::size_t(count));
    // The payload of what is left, moved to the front. Echo traffic shares its bytes between
    // neighbouring events (interned): a duplicate of one of the last few moved is shared again.
    QByteArray kept;
    constexpr std::size_t kRecent = 8;
    using Moved = std::pair<std::uint32_t, std::uint32_t>; // old offset, new offset
    std::array<Moved, kRecent> recent{};
    std::size_t recentCount = 0;
    Event *events = m_events.data();
    for (std::size_t i = 0; i < m_events.size(); ++i) {
        Event &e = events[i];
        if (e.payload == kNoPayload)
            continue;
        const auto end = recent.begin() + std::min(recentCount, kRecent);
        const auto found =
            std::find_if(recent.begin(), end, [&](const Moved &m) { return m.first == e.payload; });
        if (found != end) {
            e.payload = found->second;
            continue;
        }
        const auto offset = std::uint32_t(kept.size());
        kept.append(m_payload.constData() + e.payload, e.payloadSize);
        recent[recentCount++ % kRecent] = {e.payload, offset};
        e.payload = offset;
    }
    m_payload = kept;
    m_intern.clear();
}

qsizetype Trace::lowerBound(std::int64_t t) const
{
    auto it = std::lower_bound(m_events.begin(), m_events.end(), t,
                               [](const Event &e, std::int64_t v) { return e.tNs < v; });
    return qsizetype(it - m_events.begin());
}

qsizetype Trace::upperBound(std::int64_t t) const
{
    auto it = std::upper_bound(m_events.begin(), m_events.end(), t,
                               [](std::int64_t v, const Event &e) { return v < e.tNs; });
    return qsizetype(it - m_events.begin());
}

QByteArrayView Trace::payloadOf(const Event &e) const
{
    if (e.payload == kNoPayload || qsizetype(e.payload) + e.payloadSize > m_payload.size())
        return {};
    return QByteArrayView(m_payload.constData() + e.payload, e.payloadSize);
}

QByteArrayView Trace::preview(const Event &e) const
{
    switch (e.kind) {
    case EventKind::RecvEnd:
    case EventKind::Send:
    case EventKind::SendBegin:
    case EventKind::Sendto:
    case EventKind::RecvfromEnd:
        return payloadOf(e);
    default:
        return {};
    }
}

QByteArrayView Trace::errorMessage(const Event &e) const
{
    return e.kind == EventKind::Error ? payloadOf(e) : QByteArrayView();
}

WaitSets Trace::waitSets(const Event &e) const
{
    if (e.kind != EventKind::WaitBegin && e.kind != EventKind::WaitEnd)
        return {};
    return payload::decodeWaitSets(payloadOf(e));
}

Endpoint Trace::local(const Event &e) const
{
    if (e.kind != EventKind::ConnectEnd)
        return {};
    return payload::decodeEndpoint(payloadOf(e));
}

std::size_t Trace::memoryBytes() const
{
    std::size_t bytes = m_events.capacity() * sizeof(Event) + std::size_t(m_payload.capacity()) +
                        m_intern.capacity() * sizeof(InternSlot);
    for (const auto &a : m_actors)
        bytes += sizeof(Actor) + std::size_t(a.name.capacity()) * 2;
    return bytes;
}

void Trace::reserve(std::size_t events, std::size_t payloadBytes)
{
    m_events.reserve(events);
    m_payload.reserve(qsizetype(payloadBytes));
}

void Trace::squeeze()
{
    m_events.shrink_to_fit();
    m_payload.squeeze();
}

QString Trace::sourceOf(const Event &e) const
{
    if (!isSourceLine(e.line))
        return {};
    const std::size_t i = e.line - kFirstSourceLine;
    return i < sources.size() ? sources[i] : QString();
}

void Trace::clear()
{
    sources.clear();
    m_actors.clear();
    m_events.clear();
    m_payload.clear();
    m_intern.clear();
    m_droppedEvents = 0;
    m_firstDroppedNs = -1;
    m_floorNs = -1;
    m_lateEvents = 0;
    m_firstLateNs = -1;
}

} // namespace sockscope
