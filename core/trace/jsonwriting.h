#pragma once

#include "event.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <charconv>
#include <cstdint>
#include <cstring>

namespace sockscope::json {

// The pieces a trace file is written from, appended straight to the output: no temporary
// QString or QByteArray per number, name or address (a flood writes millions of events, and
// the writer must keep up with the recorder: `serve --trace` streams while it records).

// Appends to a QByteArray through a pointer of its own. QByteArray::append() checks sharing
// and room and goes through insert() on every call, and a trace file is millions of small
// pieces: that was most of the time a million-event trace took to save. While the sink writes,
// the array holds room past what was written; finish() (or the sink's end) cuts it to what was
// written, and after a change to the array from outside, resume() carries on from its end.
class Sink
{
public:
    explicit Sink(QByteArray &out) : m_out(out) { resume(); }
    ~Sink() { finish(); }
    Sink(const Sink &) = delete;
    Sink &operator=(const Sink &) = delete;

    Sink &append(const char *s, qsizetype n)
    {
        if (m_size + n > m_room)
            grow(n);
        std::memcpy(m_data + m_size, s, std::size_t(n));
        m_size += n;
        return *this;
    }
    Sink &operator+=(char c)
    {
        if (m_size + 1 > m_room)
            grow(1);
        m_data[m_size++] = c;
        return *this;
    }
    Sink &operator+=(const char *s) { return append(s, qsizetype(std::strlen(s))); }
    Sink &operator+=(QByteArrayView bytes) { return append(bytes.data(), bytes.size()); }
    Sink &operator+=(const QByteArray &bytes) { return append(bytes.constData(), bytes.size()); }

    qsizetype size() const { return m_size; }
    // The array, cut to what was written.
    QByteArray &finish()
    {
        if (m_out.size() != m_size)
            m_out.resize(m_size);
        m_room = m_size;
        return m_out;
    }
    void resume()
    {
        m_size = m_out.size();
        m_room = m_size;
        m_data = nullptr;
    }

private:
    void grow(qsizetype n);

    QByteArray &m_out;
    char *m_data = nullptr;
    qsizetype m_size = 0; // written
    qsizetype m_room = 0; // m_out's size while writing: room up to it
};

inline void appendNumber(Sink &out, std::int64_t v)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    out.append(digits, end - digits);
}

inline void appendKey(Sink &out, const char *key)
{
    out += ",\"";
    out += key;
    out += "\":";
}

inline void appendInt(Sink &out, const char *key, std::int64_t v)
{
    appendKey(out, key);
    appendNumber(out, v);
}

// A name of the format's own (an event kind, a state): ASCII with nothing to escape.
inline void appendName(Sink &out, const char *name)
{
    out += '"';
    out += name;
    out += '"';
}

// Any text, escaped for JSON: quotes, backslashes and control characters; the rest as UTF-8.
void appendString(Sink &out, QStringView text);

// "a.b.c.d:port", quoted.
void appendEndpoint(Sink &out, Endpoint endpoint);

// Bytes from the network as the quoted JSON form of escapeBytes(bytes) (event.h): printable
// ASCII as it is, \n \r \t \\ and \xNN for the rest, each backslash then escaped for JSON.
void appendEscapedBytes(Sink &out, QByteArrayView bytes);

} // namespace sockscope::json
