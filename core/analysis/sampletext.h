#pragma once

#include "../trace/kernelsample.h"
#include "../trace/trace.h"

#include <QString>

namespace sockscope::eventtext {

// What a kernel sample (tcp_state, queues) says, in a sentence that says it is a sample:
// "CLOSE_WAIT (sampled): the peer has closed, this end has not; 127.0.0.1:5000 ↔
// 127.0.0.1:40112, fd 9 of pid 4242".
QString sampleResult(const Trace &trace, const Event &e);
// What the state means for the socket's holder: "the peer has closed, this end has not".
QString tcpStateMeaning(TcpState state);

} // namespace sockscope::eventtext
