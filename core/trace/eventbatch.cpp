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
    json::Fields fields;
};

EventBatchReader::EventBatchReader() : m_parser(std::make_unique<Parser>()) {}

EventBatchReader::~EventBatchReader() = default;

namespace {

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

EventBatchReader::Outcome EventBatchReader::read(QByteArrayView text, bool atEnd, Trace &trace,
                                                 bool actorsKnown, State &state,
                                                 qsizetype *consumed)
{
    *consumed = 0;
    const char *s = text.data();
    const qsizetype n = text.size();
    std::vector<qsizetype> &ends = m_parser->ends;
    ends.clear();
    // Where the events are: each object at depth 0, separated by commas. The DOM checks the
    // rest; this only finds where complete events end (a string's brackets do not count).
    enum
    {
        Start,
        AfterEvent,
        AfterComma
    } at = state.afterEvent ? AfterEvent : Start;
    Outcome outcome = Outcome::More;
    qsizetype first = -1; // the first event's '{'
    qsizetype endAt = 0;  // after the closing ']'
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
                outcome = Outcome::End;
                endAt = i + 1;
                break;
            } else if (c == '{' && at != AfterEvent) {
                if (first < 0)
                    first = i;
                depth = 1;
                ++i;
            } else {
                outcome = Outcome::Slow;
                break;
            }
            continue;
        }
        if (c == '"') {
            // To the closing quote: one not escaped by an odd number of backslashes.
            qsizetype j = i + 1;
            for (;;) {
                const void *q = j < n ? std::memchr(s + j, '"', std::size_t(n - j)) : nullptr;
                if (!q) {
                    j = -1;
                    break;
                }
                const qsizetype at = static_cast<const char *>(q) - s;
                qsizetype k = at - 1;
                while (k > i && s[k] == '\\')
                    --k;
                if ((at - 1 - k) % 2 == 0) {
                    j = at + 1;
                    break;
                }
                j = at + 1;
            }
            if (j < 0)
                break; // the file goes on in the next piece
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
    if (outcome == Outcome::More && atEnd)
        outcome = Outcome::Slow; // cut short: said by the slow reader
    if (outcome == Outcome::End && at == AfterComma)
        outcome = Outcome::Slow;

    if (!ends.empty()) {
        const qsizetype last = ends.back();
        std::vector<char> &buffer = m_parser->text;
        const std::size_t size = std::size_t(last - first) + 2;
        // Room for more than the piece at once: a parser and document sized to each piece (a
        // few bytes more than the last) would be made again and again, and the heap keeps what
        // it lets go (60 MB for a 100 MB file).
        if (size > m_parser->dom.capacity() || size > m_parser->document.capacity()) {
            const std::size_t capacity = std::max(size + size / 4, 2 * m_parser->dom.capacity());
            if (m_parser->dom.allocate(capacity) != simdjson::SUCCESS ||
                m_parser->document.allocate(capacity) != simdjson::SUCCESS)
                return Outcome::Slow;
            buffer.reserve(capacity + simdjson::SIMDJSON_PADDING);
        }
        buffer.resize(size + simdjson::SIMDJSON_PADDING);
        buffer[0] = '[';
        std::memcpy(buffer.data() + 1, s + first, std::size_t(last - first));
        buffer[size - 1] = ']';
        simdjson::dom::element root;
        if (m_parser->dom.parse_into_document(m_parser->document, buffer.data(), size, false)
                .get(root) != simdjson::SUCCESS)
            return Outcome::Slow; // nothing consumed: the slow reader places the error
        simdjson::dom::array events;
        if (root.get(events) != simdjson::SUCCESS)
            return Outcome::Slow;
        std::size_t k = 0;
        for (const simdjson::dom::element event : events) {
            QString error;
            if (k >= ends.size() || !readFields(event, m_parser->fields) ||
                !readEvent(m_parser->fields, state.index, trace, state.previousT, &error,
                           actorsKnown)) {
                // Read again, one event at a time, to be said with its place.
                if (k > 0) {
                    *consumed = ends[k - 1];
                    state.afterEvent = true;
                }
                return Outcome::Slow;
            }
            state.previousT = trace.events().back().tNs;
            ++state.index;
            ++k;
        }
        if (k != ends.size())
            return Outcome::Slow;
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
