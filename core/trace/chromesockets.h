#pragma once

#include "trace.h"

#include <QJsonObject>

#include <functional>

namespace sockscope {

// The kernel's samples in a Chrome trace: one track per socket (in a process group "sockets
// (kernel, sampled)"), its TCP states as slices from one sample to the next, and its queue
// levels as counter tracks (accept queue and backlog of a listener; receive and send queue of
// a connection).
// Each Chrome event goes to `out` as it is made.
void appendChromeSocketTracks(const Trace &trace,
                              const std::function<void(const QJsonObject &)> &out);

} // namespace sockscope
