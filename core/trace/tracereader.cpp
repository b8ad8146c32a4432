#include "tracereader.h"

#include "eventbatch.h"
#include "traceobjects.h"
#include "tracescanner.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sockscope {

namespace {

// A streamed read (streamTraceFile) lets go of its events this often.
constexpr qsizetype kForgetEvery = 4096;
// The events parsed together (EventBatchReader): about 1 MB, whatever the file's size (a
// DOM of it takes a few times that).
constexpr qsizetype kBatchBytes = qsizetype(1) << 20;

// How readDocument() goes through the events.
struct EventPass
{
    // Captured and passed over, not read: the first of two passes, for the head and actors.
    bool skip = false;
    // Each event read is handed over here (and the trace then forgets what it no longer
    // needs); the trace's actors are known beforehand and the file's list is passed over.
    const EventSink *sink = nullptr;
};

// Events many at a time (EventBatchReader), as far as it reads them; the rest is read one at
// a time after it. `done`: the events' ']' was reached. False: the sink said stop, or the
// file could not be read.
bool readEventBatches(TraceScanner &in, Trace &trace, bool actorsKnown, const EventPass &pass,
                      EventBatchReader::State &state, bool *done)
{
    EventBatchReader batches;
    qsizetype limit = kBatchBytes;
    if (!pass.sink) {
        // Room for the events at once, from the file's size (a saved event takes about 100
        // bytes of text, its record 48 and its payload a few): grown a piece at a time, the
        // payload's blocks would be left behind in the heap. Room not used takes no memory.
        const qint64 size = std::min(in.sizeHint(), kMaxStreamedTraceFileBytes);
        trace.reserve(std::size_t(size / 48), std::size_t(size / 8));
    }
    for (;;) {
        // Two pieces in the window: the next is parsed while this one is read.
        while (in.pending() < 2 * limit && in.more()) {
        }
        if (!in.error.isEmpty())
            return false;
        const qsizetype pending = in.pending();
        const bool whole = in.atEof() && pending <= limit;
        const qsizetype before = trace.size();
        const int firstIndex = state.index;
        qsizetype used = 0;
        const EventBatchReader::Window window{in.rest().first(std::min(pending, 2 * limit)), limit,
                                              in.atEof() && pending <= 2 * limit, in.offset()};
        const auto outcome = batches.read(window, trace, actorsKnown, state, &used);
        in.skip(used);
        if (pass.sink) {
            for (qsizetype i = before; i < trace.size(); ++i)
                if (!(*pass.sink)(trace, trace.at(i), firstIndex + (i - before)))
                    return false;
            // Held by nobody now: the sink keeps what it needs itself.
            if (trace.size() >= kForgetEvery)
                trace.forgetFront(trace.size());
        }
        if (outcome == EventBatchReader::Outcome::End) {
            *done = true;
            return true;
        }
        if (outcome == EventBatchReader::Outcome::Slow)
            return true;
        // An event larger than the piece: a larger piece, up to what one value may hold.
        if (used > 0) {
            limit = kBatchBytes;
        } else {
            if (whole || limit > kMaxValueBytes)
                return true;
            limit *= 2;
        }
    }
}

// The document: its small keys gathered, its events read one by one into `trace`.
bool readDocument(TraceScanner &in, Trace &trace, QString *error, EventPass pass = {})
{
    const int first = in.peek();
    if (first == '[')
        return in.fail(QStringLiteral("top level: must be a JSON object"));
    if (first != '{')
        return in.syntax(first < 0 ? QStringLiteral("the file is empty")
                                   : QStringLiteral("a JSON object was expected"));
    in.take();
    QJsonObject root; // every key but "events" ("actors": null when read by simdjson)
    std::optional<ActorList> actorList; // "actors", read by simdjson
    // The actors into `trace`, refused with readActors()'s words.
    const auto addActors = [&](QString *why) {
        if (!actorList)
            return readActors(root.value(QLatin1String("actors")), trace, why);
        for (qsizetype i = 0; i < qsizetype(actorList->actors.size()); ++i) {
            const Actor &a = actorList->actors[std::size_t(i)];
            if (trace.actor(a.id)) {
                *why = QStringLiteral("actors[%1], key \"id\": %2 is used twice").arg(i).arg(a.id);
                return false;
            }
            trace.addActor(a);
        }
        *why = actorList->error;
        return why->isEmpty();
    };
    const auto actorsIsArray = [&] {
        return actorList ? actorList->isArray : root.value(QLatin1String("actors")).isArray();
    };
    bool eventsSeen = false;
    bool actorsRead = false;
    if (in.peek() == '}')
        in.take();
    else {
        for (;;) {
            QString name;
            if (!in.key(&name))
                return false;
            // Said at once: the first would be read, and QJsonDocument keeps the last.
            if ((name == QLatin1String("events") && eventsSeen) || root.contains(name))
                return in.fail(QStringLiteral("key \"%1\": appears twice").arg(name));
            if (name == QLatin1String("events")) {
                eventsSeen = true;
                if (in.peek() != '[')
                    return in.fail(QStringLiteral("key \"events\": must be an array"));
                in.take();
                // Read before the events when the file puts them first (older files do).
                if (pass.sink) {
                    actorsRead = true; // by the first pass
                } else if (root.contains(QLatin1String("actors"))) {
                    if (!actorsIsArray())
                        return in.fail(QStringLiteral("key \"actors\": must be an array"));
                    if (!addActors(error))
                        return false;
                    actorsRead = true;
                }
                EventBatchReader::State state;
                bool done = false;
                if (!pass.skip && !readEventBatches(in, trace, actorsRead, pass, state, &done))
                    return false;
                qint64 previousT = state.previousT;
                int index = state.index;
                if (!done && state.afterEvent) {
                    // Read on from the last event the batches took.
                    const int next = in.peek();
                    if (next == ']' || next == ',')
                        in.take();
                    if (next == ']')
                        done = true;
                    else if (next != ',')
                        return in.syntax(QStringLiteral("',' or ']' after an event was expected"));
                } else if (!done && in.peek() == ']') {
                    in.take();
                    done = true;
                }
                if (!done) {
                    for (;;) {
                        QByteArray text;
                        qint64 start = 0;
                        QJsonValue value;
                        if (!in.capture(&text, &start))
                            return false;
                        if (!pass.skip) {
                            if (!in.parse(text, start, &value) ||
                                !readEvent(value, index, trace, previousT, error, actorsRead))
                                return false;
                            previousT = trace.events().back().tNs;
                            if (pass.sink) {
                                if (!(*pass.sink)(trace, trace.events().back(), index))
                                    return false;
                                // Held by nobody now: the sink keeps what it needs itself.
                                if (trace.size() >= kForgetEvery)
                                    trace.forgetFront(trace.size());
                            }
                        }
                        ++index;
                        const int next = in.peek();
                        if (next == ']' || next == ',')
                            in.take();
                        if (next == ']')
                            break;
                        if (next != ',')
                            return in.syntax(QStringLiteral("',' or ']' after an event was "
                                                            "expected"));
                    }
                }
            } else {
                QByteArray text;
                qint64 start = 0;
                QJsonValue value;
                if (!in.capture(&text, &start))
                    return false;
                // The actors of a large run (a client each) are megabytes: simdjson reads them
                // in a fraction of the time and memory of a QJsonDocument.
                if (name == QLatin1String("actors") && !pass.sink)
                    actorList = readActorList(text);
                if (!actorList || name != QLatin1String("actors")) {
                    if (!in.parse(text, start, &value))
                        return false;
                } else {
                    value = QJsonValue(QJsonValue::Null); // there, read into actorList
                }
                root.insert(name, value);
            }
            const int next = in.peek();
            if (next == '}' || next == ',')
                in.take();
            if (next == '}')
                break;
            if (next != ',')
                return in.syntax(QStringLiteral("',' or '}' after a value was expected"));
        }
    }
    if (in.peek() >= 0)
        return in.syntax(QStringLiteral("nothing may follow the object"));
    if (!in.error.isEmpty())
        return false;
    if (pass.sink)
        return true; // the head and actors were read by the first pass
    Trace head;
    if (!readTraceHead(root, head, error))
        return false;
    trace.scenario = head.scenario;
    trace.model = head.model;
    trace.settings = head.settings;
    trace.noteDropped(head.droppedEvents(), head.firstDroppedNs());
    if (!actorsIsArray() || !eventsSeen) {
        *error = QStringLiteral("key \"%1\": must be an array")
                     .arg(actorsIsArray() ? QStringLiteral("events") : QStringLiteral("actors"));
        return false;
    }
    if (!actorsRead) {
        if (!addActors(error))
            return false;
        if (!pass.skip) // the second pass checks every event's actor
            *error = checkEventActors(trace);
        if (!error->isEmpty())
            return false;
    }
    return true;
}

} // namespace

namespace {

// The file opened for reading, or -1 with *error said; a folder is refused.
int openTraceFile(const QString &path, QString *error, bool *regular = nullptr)
{
    int fd;
    do {
        fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NOCTTY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *error = QStringLiteral("%1: cannot open: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    struct stat st
    {
    };
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        *error = QStringLiteral("%1: cannot read: %2")
                     .arg(path, QString::fromLocal8Bit(std::strerror(EISDIR)));
        return -1;
    }
    if (regular)
        *regular = S_ISREG(st.st_mode);
    return fd;
}

} // namespace

std::optional<Trace> readTraceFileIncrementally(const QString &path, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    const int fd = openTraceFile(path, error);
    if (fd < 0)
        return std::nullopt;
    TraceScanner in(fd);
    Trace trace;
    QString inner;
    const bool ok = readDocument(in, trace, &inner);
    ::close(fd);
    if (!ok) {
        *error = QStringLiteral("%1: %2").arg(path, in.error.isEmpty() ? inner : in.error);
        return std::nullopt;
    }
    trace.squeeze();
    return trace;
}

std::optional<Trace> readTraceBytes(const QByteArray &bytes, QString *error)
{
    TraceScanner in(bytes);
    Trace trace;
    QString inner;
    if (!readDocument(in, trace, &inner)) {
        if (error)
            *error = in.error.isEmpty() ? inner : in.error;
        return std::nullopt;
    }
    return trace;
}

std::optional<Trace> streamTraceFile(const QString &path, const EventSink &sink, QString *error)
{
    QString scratch;
    if (!error)
        error = &scratch;
    bool regular = false;
    const int fd = openTraceFile(path, error, &regular);
    if (fd < 0)
        return std::nullopt;
    Trace trace;
    QString inner;
    bool ok = false;
    if (!regular) {
        // A pipe or a device is read once: whole, then handed over.
        TraceScanner in(fd);
        ok = readDocument(in, trace, &inner);
        if (!ok && !in.error.isEmpty())
            inner = in.error;
        for (qsizetype i = 0; ok && i < trace.size(); ++i)
            ok = sink(trace, trace.at(i), i);
    } else {
        TraceScanner first(fd);
        ok = readDocument(first, trace, &inner, EventPass{true, nullptr});
        if (!ok && !first.error.isEmpty())
            inner = first.error;
        if (ok && ::lseek(fd, 0, SEEK_SET) != 0) {
            ok = false;
            inner = QStringLiteral("cannot read it again: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(errno)));
        }
        if (ok) {
            TraceScanner second(fd);
            ok = readDocument(second, trace, &inner, EventPass{false, &sink});
            if (!ok && !second.error.isEmpty())
                inner = second.error;
        }
    }
    ::close(fd);
    if (!ok) {
        *error = QStringLiteral("%1: %2").arg(path, inner);
        return std::nullopt;
    }
    return trace;
}

} // namespace sockscope
