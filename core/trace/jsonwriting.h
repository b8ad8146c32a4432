#pragma once

#include "event.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <charconv>
#include <cstdint>

namespace sockscope::json {

// The pieces a trace file is written from, appended straight to the output: no temporary
// QString or QByteArray per number, name or address (a flood writes millions of events, and
// the writer must keep up with the recorder: `serve --trace` streams while it records).

inline void appendNumber(QByteArray &out, std::int64_t v)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, v).ptr;
    out.append(digits, end - digits);
}

inline void appendKey(QByteArray &out, const char *key)
{
    out += ",\"";
    out += key;
    out += "\":";
}

inline void appendInt(QByteArray &out, const char *key, std::int64_t v)
{
    appendKey(out, key);
    appendNumber(out, v);
}

// A name of the format's own (an event kind, a state): ASCII with nothing to escape.
inline void appendName(QByteArray &out, const char *name)
{
    out += '"';
    out += name;
    out += '"';
}

// Any text, escaped for JSON: quotes, backslashes and control characters; the rest as UTF-8.
void appendString(QByteArray &out, QStringView text);

// "a.b.c.d:port", quoted.
void appendEndpoint(QByteArray &out, Endpoint endpoint);

// Bytes from the network as the quoted JSON form of escapeBytes(bytes) (event.h): printable
// ASCII as it is, \n \r \t \\ and \xNN for the rest, each backslash then escaped for JSON.
void appendEscapedBytes(QByteArray &out, QByteArrayView bytes);

} // namespace sockscope::json
