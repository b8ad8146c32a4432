#include "eventbatch.h"

#include "jsonfields.h"
#include "traceobjects.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <limits>
#include <vector>

namespace sockscope {

struct EventBatchReader::Parser
{
    simdjson::dom::parser dom;
    simdjson::dom::document document; // sized here, not by each parse (see read())
    std::vector<char> text;           // '[' + the events + ']', padded as simdjson wants
    std::vector<qsizetype> ends;      // where each complete event ends in the caller's text
    simdjson::dom::array events;      // the last piece parsed
    json::Fields fields;
};

EventBatchReader::EventBatchReader() : m_parser(std::make_unique<Parser>()) {}

EventBatchReader::~EventBatchReader() = default;

namespace {

// Events and actors nest three deep at most. Deeper, Qt's parser decides: its limit counts
// from the document's top, and these pieces are parsed on their own.
constexpr std::size_t kMaxDepth = 64;

// One event's keys, from simdjson's DOM; false for anything but an object.
bool readFields(simdjson::dom::element element, json::Fields &fields)
{
    using simdjson::dom::element_type;
    simdjson::dom::object object;
    if (element.get(object) != simdjson::SUCCESS)
        return false;
    fields.clear();
    for (const auto [key, value] : object) {
        const int i = json::fieldIndex(key);
        if (i < 0)
            continue;
        json::Value &v = fields.set(i);
        switch (value.type()) {
        case element_type::INT64:
            v.type = json::Value::Number;
            v.number = double(std::int64_t(value));
            break;
        case element_type::UINT64:
            v.type = json::Value::Number;
            v.number = double(std::uint64_t(value));
            break;
        case element_type::DOUBLE:
            v.type = json::Value::Number;
            v.number = double(value);
            break;
        case element_type::STRING: {
            const std::string_view s = value;
            v.type = json::Value::String;
            v.text = QByteArrayView(s.data(), qsizetype(s.size()));
            break;
        }
        case element_type::BOOL:
            v.type = json::Value::Bool;
            v.boolean = bool(value);
            break;
        case element_type::NULL_VALUE:
            v.type = json::Value::Null;
            break;
        case element_type::ARRAY: {
            v.type = json::Value::Array;
            v.itemsBegin = fields.items.size();
            for (const simdjson::dom::element item : simdjson::dom::array(value)) {
                double d = std::numeric_limits<double>::quiet_NaN();
                if (item.is_number())
                    d = double(item);
                fields.items.append(d);
            }
            v.itemsCount = fields.items.size() - v.itemsBegin;
            break;
        }
        case element_type::OBJECT:
            v.type = json::Value::Object;
            break;
        }
    }
    return true;
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

namespace {

// Where the events are in `text`: each object at depth 0, separated by commas. The DOM checks
// the rest; this only finds where complete events end (a string's brackets do not count).
// `first`: the first event's '{'; `endAt`: after the closing ']' (End).
EventBatchReader::Outcome scanEvents(QByteArrayView text, bool afterEvent,
                                     std::vector<qsizetype> &ends, qsizetype *first,
                                     qsizetype *endAt)
{
    using Outcome = EventBatchReader::Outcome;
    const char *s = text.data();
    const qsizetype n = text.size();
    ends.clear();
    *first = -1;
    enum
    {
        Start,
        AfterEvent,
        AfterComma
    } at = afterEvent ? AfterEvent : Start;
    Outcome outcome = Outcome::More;
    int depth = 0;
    qsizetype i = 0;
    while (i < n) {
        const char c = s[i];
        if (depth == 0) {
            if (isSpace(c)) {
                ++i;
            } else if (c == ',' && at == AfterEvent) {
                at = AfterComma;
                ++i;
            } else if (c == ']' && at != AfterComma) {
                *endAt = i + 1;
                return Outcome::End;
            } else if (c == '{' && at != AfterEvent) {
                if (*first < 0)
                    *first = i;
                depth = 1;
                ++i;
            } else {
                return Outcome::Slow;
            }
            continue;
        }
        if (c == '"') {
            // To the closing quote: one not escaped by an odd number of backslashes.
            qsizetype j = i + 1;
            for (;;) {
                // Keys and names are short: a byte at a time, then memchr for a long text.
                qsizetype quote = j;
                const qsizetype stop = std::min(n, j + 16);
                while (quote < stop && s[quote] != '"')
                    ++quote;
                if (quote == stop) {
                    const void *q =
                        quote < n ? std::memchr(s + quote, '"', std::size_t(n - quote)) : nullptr;
                    if (!q)
                        return outcome; // the file goes on in the next piece
                    quote = static_cast<const char *>(q) - s;
                }
                qsizetype k = quote - 1;
                while (k > i && s[k] == '\\')
                    --k;
                j = quote + 1;
                if ((quote - 1 - k) % 2 == 0)
                    break;
            }
            i = j;
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0) {
                at = AfterEvent;
                ends.push_back(i + 1);
            }
        }
        ++i;
    }
    return outcome;
}

} // namespace

bool EventBatchReader::parse(const char *from, const char *to)
{
    std::vector<char> &buffer = m_parser->text;
    const std::size_t size = std::size_t(to - from) + 2;
    // Room for more than the piece at once: a parser and document sized to each piece (a few
    // bytes more than the last) would be made again and again, and the heap keeps what it
    // lets go (60 MB for a 100 MB file).
    if (size > m_parser->dom.capacity() || size > m_parser->document.capacity()) {
        const std::size_t capacity = std::max(size + size / 4, 2 * m_parser->dom.capacity());
        if (m_parser->dom.allocate(capacity, kMaxDepth) != simdjson::SUCCESS ||
            m_parser->document.allocate(capacity) != simdjson::SUCCESS)
            return false;
        buffer.reserve(capacity + simdjson::SIMDJSON_PADDING);
    }
    buffer.resize(size + simdjson::SIMDJSON_PADDING);
    buffer[0] = '[';
    std::memcpy(buffer.data() + 1, from, std::size_t(to - from));
    buffer[size - 1] = ']';
    simdjson::dom::element root;
    return m_parser->dom.parse_into_document(m_parser->document, buffer.data(), size, false)
                   .get(root) == simdjson::SUCCESS &&
           root.get(m_parser->events) == simdjson::SUCCESS;
}

EventBatchReader::Outcome EventBatchReader::read(QByteArrayView text, bool atEnd, Trace &trace,
                                                 bool actorsKnown, State &state,
                                                 qsizetype *consumed)
{
    *consumed = 0;
    const char *s = text.data();
    const qsizetype n = text.size();
    const bool afterEvent = state.afterEvent;
    std::vector<qsizetype> &ends = m_parser->ends;
    qsizetype first = -1;
    qsizetype endAt = 0;
    Outcome outcome = Outcome::More;
    qsizetype last = 0; // the end of the last event parsed

    // The quick way first: up to the piece's last line break, which is never inside a string
    // (JSON has none there). When that is not where an event ends (a file indented inside
    // its events, the end of the events), simdjson refuses the text, and the events are found
    // by going through it.
    bool parsed = false;
    if (const void *newline = memrchr(s, '\n', std::size_t(n))) {
        qsizetype from = 0;
        while (from < n && isSpace(s[from]))
            ++from;
        bool ok = true;
        if (afterEvent) {
            ok = from < n && s[from] == ',';
            for (++from; from < n && isSpace(s[from]);)
                ++from;
        }
        qsizetype to = static_cast<const char *>(newline) - s;
        while (to > from && isSpace(s[to - 1]))
            --to;
        if (to > from && s[to - 1] == ',')
            --to;
        while (to > from && isSpace(s[to - 1]))
            --to;
        if (ok && to > from && s[from] == '{' && parse(s + from, s + to)) {
            parsed = true;
            last = to;
        }
    }
    if (!parsed) {
        outcome = scanEvents(text, afterEvent, ends, &first, &endAt);
        if (outcome == Outcome::More && atEnd)
            outcome = Outcome::Slow; // cut short: said by the slow reader
        if (!ends.empty()) {
            last = ends.back();
            if (!parse(s + first, s + last))
                return Outcome::Slow; // nothing consumed: the slow reader places the error
        }
    }

    if (parsed || !ends.empty()) {
        std::size_t k = 0;
        for (const simdjson::dom::element event : m_parser->events) {
            QString error;
            if (!readFields(event, m_parser->fields) ||
                !readEvent(m_parser->fields, state.index, trace, state.previousT, &error,
                           actorsKnown)) {
                // Read again, one event at a time, to be said with its place.
                if (k > 0) {
                    if (parsed)
                        scanEvents(text, afterEvent, ends, &first, &endAt);
                    if (k > ends.size())
                        return Outcome::Slow; // cannot be: the same events
                    *consumed = ends[k - 1];
                    state.afterEvent = true;
                }
                return Outcome::Slow;
            }
            state.previousT = trace.events().back().tNs;
            ++state.index;
            ++k;
        }
        *consumed = last;
        state.afterEvent = true;
    }
    if (outcome == Outcome::End) {
        *consumed = endAt;
        state.afterEvent = true;
    }
    return outcome;
}

std::optional<ActorList> readActorList(QByteArrayView text)
{
    simdjson::dom::parser parser;
    if (parser.allocate(std::size_t(text.size()), kMaxDepth) != simdjson::SUCCESS)
        return std::nullopt;
    simdjson::padded_string padded(text.data(), std::size_t(text.size()));
    simdjson::dom::element root;
    if (parser.parse(padded).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    ActorList list;
    simdjson::dom::array actors;
    if (root.get(actors) != simdjson::SUCCESS) {
        list.isArray = false;
        return list;
    }
    json::Fields fields;
    int index = 0;
    for (const simdjson::dom::element actor : actors) {
        if (!readFields(actor, fields)) {
            list.error = QStringLiteral("actors[%1]: must be an object").arg(index);
            break;
        }
        auto a = readActor(fields, index, &list.error);
        if (!a)
            break;
        list.actors.push_back(*a);
        ++index;
    }
    return list;
}

} // namespace sockscope
