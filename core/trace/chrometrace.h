#pragma once

#include "trace.h"

#include <QByteArray>
#include <QString>

namespace sockscope {

// Chrome Trace Event JSON (opens in Perfetto and chrome://tracing): process and thread
// names as metadata, blocked calls as complete ("X") events, instant calls as instant
// events, and flow arrows for thread spawn, fork and client wake-ups.
QByteArray chromeTraceJson(const Trace &trace);
bool saveChromeTrace(const Trace &trace, const QString &path, QString *error);
// The same export of a trace file, read and written a piece at a time (streamTraceFile()):
// memory does not grow with the trace. On failure the output is left as it was (a regular
// file) and *error says why.
bool convertToChromeTrace(const QString &inPath, const QString &outPath, QString *error);

} // namespace sockscope
