#include "eventbatch.h"

#include "besidethread.h"
#include "jsonfields.h"
#include "traceobjects.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <future>
#include <limits>
#include <vector>

namespace sockscope {

struct EventBatchReader::Parser
{
    simdjson::dom::parser dom;
    simdjson::dom::document document; // sized here, not by each parse (see copyIn())
    std::vector<char> text;           // '[' + the events + ']', padded as simdjson wants
    std::size_t size = 0;             // of the text, less its padding
    simdjson::dom::array events;      // the last piece parsed
};

// A piece parsed by another thread while this one reads the piece before it.
struct EventBatchReader::Ahead
{
    qint64 offset = -1; // in the file, and the size of the piece read() will be given
    qsizetype size = 0;
    qsizetype to = 0; // where its events end in it
    std::future<bool> parsed;
};

EventBatchReader::EventBatchReader()
    : m_parser(std::make_unique<Parser>()), m_spare(std::make_unique<Parser>()),
      m_ahead(std::make_unique<Ahead>())
{
}

EventBatchReader::~EventBatchReader()
{
    if (m_ahead->parsed.valid())
        m_ahead->parsed.wait(); // it parses into m_spare
}

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

namespace {

// The quick way's events: up to the text's last line break, which is never inside a string
// (JSON has none there), less the commas at either end. False when the text does not begin
// with an event; when the line break is not where an event ends (a file indented inside its
// events, the end of the events), simdjson refuses the piece.
bool quickBounds(QByteArrayView text, bool afterEvent, qsizetype *fromOut, qsizetype *toOut)
{
    const char *s = text.data();
    const qsizetype n = text.size();
    const void *newline = n > 0 ? memrchr(s, '\n', std::size_t(n)) : nullptr;
    if (!newline)
        return false;
    qsizetype from = 0;
    while (from < n && isSpace(s[from]))
        ++from;
    if (afterEvent) {
        if (from >= n || s[from] != ',')
            return false;
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
    if (to <= from || s[from] != '{')
        return false;
    *fromOut = from;
    *toOut = to;
    return true;
}

} // namespace

bool EventBatchReader::copyIn(Parser &parser, const char *from, const char *to)
{
    std::vector<char> &buffer = parser.text;
    const std::size_t size = std::size_t(to - from) + 2;
    // Room for more than the piece at once: a parser and document sized to each piece (a few
    // bytes more than the last) would be made again and again, and the heap keeps what it
    // lets go (60 MB for a 100 MB file).
    if (size > parser.dom.capacity() || size > parser.document.capacity()) {
        const std::size_t capacity = std::max(size + size / 4, 2 * parser.dom.capacity());
        if (parser.dom.allocate(capacity, kMaxDepth) != simdjson::SUCCESS ||
            parser.document.allocate(capacity) != simdjson::SUCCESS)
            return false;
        buffer.reserve(capacity + simdjson::SIMDJSON_PADDING);
    }
    buffer.resize(size + simdjson::SIMDJSON_PADDING);
    buffer[0] = '[';
    std::memcpy(buffer.data() + 1, from, std::size_t(to - from));
    buffer[size - 1] = ']';
    parser.size = size;
    return true;
}

bool EventBatchReader::parse(Parser &parser)
{
    simdjson::dom::element root;
    return parser.dom.parse_into_document(parser.document, parser.text.data(), parser.size, false)
                   .get(root) == simdjson::SUCCESS &&
           root.get(parser.events) == simdjson::SUCCESS;
}

void EventBatchReader::parseAhead(const Window &window, qsizetype to)
{
    // The piece the caller gives next when this one is read whole: as many bytes as this one
    // from where it ends, or the rest of the file when less is left.
    const qsizetype left = window.text.size() - to;
    if (window.offset < 0 || (left < window.pieceSize && !window.atEnd))
        return;
    const QByteArrayView next = window.text.sliced(to).first(std::min(left, window.pieceSize));
    qsizetype from = 0;
    qsizetype end = 0;
    if (!quickBounds(next, true, &from, &end) ||
        !copyIn(*m_spare, next.data() + from, next.data() + end))
        return;
    m_ahead->parsed = startBeside([parser = m_spare.get()] { return parse(*parser); });
    if (!m_ahead->parsed.valid())
        return; // no thread to be had (a limit): the next piece is parsed when it is read
    m_ahead->offset = window.offset + to;
    m_ahead->size = next.size();
    m_ahead->to = end;
}

EventBatchReader::Taken EventBatchReader::takeAhead(qint64 offset, qsizetype size, qsizetype *to)
{
    if (!m_ahead->parsed.valid())
        return Taken::Nothing;
    const bool parsed = m_ahead->parsed.get();
    if (offset < 0 || offset != m_ahead->offset || size != m_ahead->size)
        return Taken::Nothing;
    if (!parsed)
        return Taken::Refused;
    std::swap(m_parser, m_spare);
    *to = m_ahead->to;
    ++m_piecesParsedAhead;
    return Taken::Parsed;
}

EventBatchReader::Outcome EventBatchReader::read(const Window &window, Trace &trace,
                                                 bool actorsKnown, State &state,
                                                 qsizetype *consumed)
{
    *consumed = 0;
    const QByteArrayView text = window.text.first(std::min(window.text.size(), window.pieceSize));
    const bool atEnd = window.atEnd && window.text.size() <= window.pieceSize;
    const char *s = text.data();
    const bool afterEvent = state.afterEvent;
    std::vector<qsizetype> &ends = m_ends;
    qsizetype first = -1;
    qsizetype endAt = 0;
    Outcome outcome = Outcome::More;
    qsizetype last = 0; // the end of the last event parsed

    // The quick way first (quickBounds()): parsed ahead by another thread when this piece
    // follows one read that way (and not tried again when simdjson refused it there), else
    // parsed here. When it fails, the events are found by going through the text.
    qsizetype from = 0;
    const Taken taken = takeAhead(afterEvent ? window.offset : -1, text.size(), &last);
    bool parsed = taken == Taken::Parsed;
    if (taken == Taken::Nothing && quickBounds(text, afterEvent, &from, &last))
        parsed = copyIn(*m_parser, s + from, s + last) && parse(*m_parser);
    if (parsed)
        parseAhead(window, last);
    if (!parsed) {
        outcome = scanEvents(text, afterEvent, ends, &first, &endAt);
        if (outcome == Outcome::More && atEnd)
            outcome = Outcome::Slow; // cut short: said by the slow reader
        if (!ends.empty()) {
            last = ends.back();
            if (!copyIn(*m_parser, s + first, s + last) || !parse(*m_parser))
                return Outcome::Slow; // nothing consumed: the slow reader places the error
        }
    }

    if (parsed || !ends.empty()) {
        std::size_t k = 0;
        for (const simdjson::dom::element event : m_parser->events) {
            QString error;
            if (!readFields(event, m_fields) ||
                !readEvent(m_fields, state.index, trace, state.previousT, &error, actorsKnown)) {
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
