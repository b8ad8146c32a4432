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

} // namespace sockscope
