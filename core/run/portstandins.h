#pragma once

#include "lab/syscalls.h"
#include "trace/recorder.h"

#include <QString>

namespace sockscope {

// Sockets that stand in for other programs on the machine:
//  - port-in-use: a program that got the server's port first (bound and listening), so the
//    server's bind() fails with EADDRINUSE;
//  - connection-refused: a port held bound where nobody listens, so a connect() there is
//    answered with a reset (ECONNREFUSED), and no other program can start listening there.
// Another program's calls are not part of the run's story (SockScope would not see them
// either), so they go through the lab into a recorder nobody reads.
class PortStandIns
{
public:
    PortStandIns();
    ~PortStandIns();
    PortStandIns(const PortStandIns &) = delete;
    PortStandIns &operator=(const PortStandIns &) = delete;

    // Binds and listens on address:port (port 0: a free one); returns the port it holds.
    bool occupy(Endpoint address, quint16 *occupied, QString *error);
    // Binds 127.0.0.1:0 without listening; returns where.
    bool holdClosedPort(Endpoint *closed, QString *error);
    void release();

private:
    int openBound(Endpoint address, QString *error);

    Recorder m_unseen;
    Syscalls m_calls;
    int m_occupier = -1;
    int m_closedPort = -1;
};

} // namespace sockscope
