#pragma once

#include "trace/event.h"

#include <vector>

namespace sockscope {

// How many of the server's connections from outside programs (nc, telnet, a student's script
// holding a connection to a scenario run's port) the kernel still has open on the server's
// side: a TCP socket whose local port is `serverPort` and whose remote address is one of
// `peers`, in ESTABLISHED or CLOSE_WAIT (the server has not closed it yet). Read from
// /proc/self/net/tcp, the kernel's own table. -1 when the table cannot be read.
//
// The run uses it to tell "the server is still serving a scripted client" from "the server
// is serving only strangers", without asking each model which of its connections are whose.
int openServerConnectionsFrom(quint16 serverPort, const std::vector<Endpoint> &peers);

} // namespace sockscope
