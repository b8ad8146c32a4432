#pragma once

#include "../trace/trace.h"

#include <QString>

namespace sockscope {

// Plain-text pieces of one event for the event log and the timeline's tooltip. Network bytes
// come out escaped (escapeBytes): never rich text.
namespace eventtext {

QString time(std::int64_t tNs);                      // "301.050 ms"
QString call(const Event &e);                        // "accept_end", "wait_end (select)"
QString fd(const Event &e);                          // "3", "3 → 7", "" when none
QString result(const Trace &trace, const Event &e);  // "fd 7 from 127.0.0.1:50500", "EINVAL"
QString bytes(const Event &e);                       // "21" for data-moving calls, else ""
QString data(const Trace &trace, const Event &e);    // escaped preview of the bytes
QString errnoText(int err);                          // "ECONNREFUSED (Connection refused)"
QString actor(const Trace &trace, std::uint32_t id); // "worker 1 (tid 4262)"
// Everything about the event, several lines, for a tooltip.
QString describe(const Trace &trace, qsizetype index);

} // namespace eventtext
} // namespace sockscope
