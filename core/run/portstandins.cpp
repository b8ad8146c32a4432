#include "portstandins.h"

#include <cerrno>
#include <cstring>
#include <sys/socket.h>

namespace sockscope {

PortStandIns::PortStandIns() : m_calls(m_unseen, 0)
{
    m_unseen.setEnabled(false);
}

PortStandIns::~PortStandIns()
{
    release();
}

int PortStandIns::openBound(Endpoint address, QString *error)
{
    const int fd = m_calls.socket(SOCK_STREAM);
    if (fd < 0) {
        *error = QStringLiteral("socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return -1;
    }
    if (m_calls.bind(fd, address) != 0) {
        *error = QStringLiteral("cannot bind %1: %2")
                     .arg(address.toString(), QString::fromLocal8Bit(std::strerror(errno)));
        m_calls.close(fd);
        return -1;
    }
    return fd;
}

bool PortStandIns::occupy(Endpoint address, quint16 *occupied, QString *error)
{
    const int fd = openBound(address, error);
    if (fd < 0)
        return false;
    if (m_calls.listen(fd, 1) != 0) {
        *error = QStringLiteral("listen: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        m_calls.close(fd);
        return false;
    }
    m_occupier = fd;
    *occupied = Syscalls::localAddress(fd).port;
    return true;
}

bool PortStandIns::holdClosedPort(Endpoint *closed, QString *error)
{
    const int fd = openBound({0x7f000001u, 0}, error);
    if (fd < 0)
        return false;
    m_closedPort = fd;
    *closed = Syscalls::localAddress(fd);
    return true;
}

void PortStandIns::release()
{
    for (int *fd : {&m_occupier, &m_closedPort}) {
        if (*fd >= 0)
            m_calls.close(*fd);
        *fd = -1;
    }
}

} // namespace sockscope
