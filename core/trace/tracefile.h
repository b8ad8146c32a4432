#pragma once

#include "trace.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace sockscope {

// Trace files: {"format":"sockscope-trace","version":1,"scenario","model","actors":[...],
// "events":[...]}. Keys are documented in docs/trace-format.md; other tools read them.
constexpr int kTraceFormatVersion = 1;

QByteArray traceToJson(const Trace &trace);
// On failure returns nullopt and sets `error` to what is wrong and where (byte offset, or
// events[i]/actors[i] and the key). Never returns a half-filled trace.
std::optional<Trace> traceFromJson(const QByteArray &json, QString *error);

bool saveTraceFile(const Trace &trace, const QString &path, QString *error);
std::optional<Trace> loadTraceFile(const QString &path, QString *error);

// Reverses escapeBytes(): "\n", "\r", "\t", "\\", "\xNN".
QByteArray unescapeBytes(QStringView text);

} // namespace sockscope
