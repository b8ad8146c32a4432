#pragma once

#include "actor.h"
#include "trace.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace sockscope {

namespace json {
class Fields;
}

// One object of a trace file read into the trace: an actor, an event, the "dropped" record
// (docs/trace-format.md). Shared by the whole-document loader (traceFromJson) and the reader
// that goes through a file a piece at a time (tracereader.h). On failure each says what and
// where: "events[12], key \"fd\": must be a whole number".

std::optional<Actor> readActor(const QJsonValue &value, int index, QString *error);
// The same checks on an object's keys as any parser read them (Qt's or simdjson's).
std::optional<Actor> readActor(const json::Fields &fields, int index, QString *error);
// Appends the event to `trace`. `previousT`: the time of the event before it (time order is
// checked). Without `actorsKnown` (the file lists its actors after its events) the actor keys
// are checked later, by checkEventActors().
bool readEvent(const QJsonValue &value, int index, Trace &trace, qint64 previousT, QString *error,
               bool actorsKnown = true);
bool readEvent(const json::Fields &fields, int index, Trace &trace, qint64 previousT,
               QString *error, bool actorsKnown = true);
// The first event naming an actor the trace does not have, said as readEvent() would; empty
// when there is none.
QString checkEventActors(const Trace &trace);
bool readDropped(const QJsonValue &dropped, Trace &trace, QString *error);
// The document's own keys: "format", "version", "scenario", "model", "settings", "dropped".
bool readTraceHead(const QJsonObject &root, Trace &trace, QString *error);
// "actors": an array of actors, each id once.
bool readActors(const QJsonValue &actors, Trace &trace, QString *error);

} // namespace sockscope
