#include "jsonwriting.h"

#include <QString>

#include <algorithm>

namespace sockscope::json {

namespace {
constexpr char kHex[] = "0123456789abcdef";
} // namespace

void Sink::grow(qsizetype n)
{
    qsizetype room = std::max<qsizetype>(m_out.capacity(), 256);
    while (room < m_size + n)
        room *= 2;
    // Bytes past the old size are left as they are (resize() does not clear them): written
    // before they are read, or cut by finish().
    m_out.resize(room);
    m_data = m_out.data();
    m_room = room;
}

void appendString(Sink &out, QStringView text)
{
    out += '"';
    qsizetype plain = 0; // the start of a run of ASCII that needs no escape
    const auto flush = [&](qsizetype end) {
        for (qsizetype i = plain; i < end; ++i)
            out += char(text[i].unicode());
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        plain = i + 1;
        if (c == u'"' || c == u'\\') {
            out += '\\';
            out += char(c);
        } else if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else {
            // Not ASCII: this character, and the low half of a surrogate pair with it.
            qsizetype n = 1;
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
                QChar::isLowSurrogate(text[i + 1].unicode()))
                n = 2;
            out += text.mid(i, n).toUtf8();
            i += n - 1;
            plain = i + 1;
        }
    }
    flush(text.size());
    out += '"';
}

void appendEndpoint(Sink &out, Endpoint endpoint)
{
    out += '"';
    for (int shift = 24; shift >= 0; shift -= 8) {
        appendNumber(out, (endpoint.ipv4 >> shift) & 0xff);
        out += shift > 0 ? '.' : ':';
    }
    appendNumber(out, endpoint.port);
    out += '"';
}

void appendEscapedBytes(Sink &out, QByteArrayView bytes)
{
    out += '"';
    for (const char ch : bytes) {
        const auto u = static_cast<unsigned char>(ch);
        switch (u) {
        case '\n':
            out += "\\\\n";
            break;
        case '\r':
            out += "\\\\r";
            break;
        case '\t':
            out += "\\\\t";
            break;
        case '\\':
            out += "\\\\\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        default:
            if (u >= 0x20 && u < 0x7f) {
                out += ch;
            } else {
                out += "\\\\x";
                out += kHex[u >> 4];
                out += kHex[u & 15];
            }
        }
    }
    out += '"';
}

} // namespace sockscope::json
