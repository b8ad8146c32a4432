#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QVarLengthArray>

#include <array>
#include <cstdint>
#include <iterator>
#include <string_view>

namespace sockscope::json {

// The keys of a trace file's events and actors that the loader reads (docs/trace-format.md).
// Other keys are passed over.
inline constexpr std::string_view kFieldNames[] = {
    "t_ns",         "actor",      "kind",       "fd",          "new_fd",
    "sleep_ms",     "bytes",      "errno",      "queued",      "ready_at_call",
    "stopped",      "child_pid",  "status",     "child_actor", "peer",
    "line",         "source",     "call",       "message",     "mechanism",
    "timeout_ms",   "read_set",   "write_set",  "ready_read",  "ready_write",
    "op",           "policy",     "awaits",     "end",         "local",
    "preview",      "pid",        "state",      "sampled",     "accept_queue",
    "backlog",      "recv_queue", "send_queue", "recv_buffer", "send_buffer",
    "listen_drops", "id",         "name",       "tid",         "parent",
    "external",     "held"};
constexpr int kFieldCount = int(std::size(kFieldNames));

// A key's number, known when the program is compiled: field("fd").
consteval int field(std::string_view name)
{
    for (int i = 0; i < kFieldCount; ++i)
        if (kFieldNames[i] == name)
            return i;
    throw "not a field of kFieldNames";
}

// A key's number as read from a file; -1 for a key the loader does not read.
int fieldIndex(std::string_view name);

// One value of an object, as the loader's checks need it, whichever parser read it.
struct Value
{
    enum Type : std::uint8_t
    {
        Missing,
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    Type type = Missing;
    bool boolean = false;
    double number = 0;
    QByteArrayView text; // String: its UTF-8 bytes
    // Array: its items in Fields::items, each a number or NaN for an item that is not one.
    qsizetype itemsBegin = 0;
    qsizetype itemsCount = 0;
};

// One event's or actor's object: each key the loader reads, by its number. A key given twice
// counts with its last value, as in QJsonObject.
class Fields
{
public:
    const Value &operator[](int i) const { return m_values[std::size_t(i)]; }
    Value &set(int i)
    {
        Value &v = m_values[std::size_t(i)];
        if (v.type == Value::Missing)
            m_used.append(std::int8_t(i));
        v = Value{};
        return v;
    }
    void clear()
    {
        for (const std::int8_t i : m_used)
            m_values[std::size_t(i)] = Value{};
        m_used.clear();
        items.clear();
        m_storage.clear();
    }
    // From Qt's JSON: strings are held here as UTF-8.
    void setFrom(const QJsonObject &object);

    QVarLengthArray<double, 32> items;

private:
    std::array<Value, kFieldCount> m_values{};
    QVarLengthArray<std::int8_t, kFieldCount> m_used;
    QVarLengthArray<QByteArray, 4> m_storage;
};

} // namespace sockscope::json
