#include "externalconnections.h"

#include <arpa/inet.h>

#include <cstdio>
#include <cstring>

namespace sockscope {

namespace {
// include/net/tcp_states.h
constexpr unsigned kEstablished = 0x01;
constexpr unsigned kCloseWait = 0x08;
} // namespace

int openServerConnectionsFrom(quint16 serverPort, const std::vector<Endpoint> &peers)
{
    if (peers.empty())
        return 0;
    std::FILE *table = std::fopen("/proc/self/net/tcp", "re");
    if (!table)
        return -1;
    int open = 0;
    char line[512];
    // "  sl  local_address rem_address   st ...", then one socket a line:
    // "   0: 0100007F:1F90 0100007F:C350 01 ...", each address the raw network-order word.
    bool header = true;
    while (std::fgets(line, sizeof line, table)) {
        if (header) {
            header = false;
            continue;
        }
        unsigned localAddress = 0, localPort = 0, remoteAddress = 0, remotePort = 0, state = 0;
        if (std::sscanf(line, " %*u: %8X:%4X %8X:%4X %2X", &localAddress, &localPort,
                        &remoteAddress, &remotePort, &state) != 5)
            continue;
        if (localPort != serverPort || (state != kEstablished && state != kCloseWait))
            continue;
        const Endpoint remote{ntohl(remoteAddress), std::uint16_t(remotePort)};
        for (const Endpoint &peer : peers) {
            if (peer == remote) {
                ++open;
                break;
            }
        }
    }
    std::fclose(table);
    return open;
}

} // namespace sockscope
