#pragma once

#include "trace.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sockscope {

namespace json {
class Sink;
}

// Trace files: {"format":"sockscope-trace","version":1,"scenario","model","settings",
// "events":[...],"actors":[...],"dropped"}. Keys are documented in docs/trace-format.md; other
// tools read them. Events come before actors (since the streaming writer): a run's actors are
// known only at its end, while its events go to disk as they come (TraceStream).
constexpr int kTraceFormatVersion = 1;

QByteArray traceToJson(const Trace &trace);
// The three parts of traceToJson(), for writing a trace while it is recorded: the header up
// to the opening of "events"; one event (`first`: no comma before it); after the last event,
// the actors, the dropped record (droppedEvents() + lateEvents()) and the closing brace.
QByteArray traceHeaderJson(const Trace &trace);
// (Written through a sink kept across many events: json::Sink, jsonwriting.h.)
void appendEventJson(json::Sink &out, const Trace &trace, const Event &event, bool first);
QByteArray traceFooterJson(const Trace &trace);
// On failure returns nullopt and sets `error` to what is wrong and where (byte offset, or
// events[i]/actors[i] and the key). Never returns a half-filled trace.
std::optional<Trace> traceFromJson(const QByteArray &json, QString *error);
// The same through Qt's QJsonDocument of the whole text: traceFromJson() says what it refuses
// this way (and fuzz_traceloader checks that both read the same).
std::optional<Trace> traceFromJsonDocument(const QByteArray &json, QString *error);

bool saveTraceFile(const Trace &trace, const QString &path, QString *error);
std::optional<Trace> loadTraceFile(const QString &path, QString *error);

// Reverses escapeBytes(): "\n", "\r", "\t", "\\", "\xNN". The text as UTF-8, or as a QString.
QByteArray unescapeBytes(QByteArrayView text);
QByteArray unescapeBytes(QStringView text);

} // namespace sockscope
