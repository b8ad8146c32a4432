#pragma once

#include <cstdint>

namespace sockscope::bench {

// A plain echo load generator for the overhead benchmarks, outside the lab on purpose: like
// wrk, it is the measuring instrument, not the thing measured, and records nothing.
// `connections` threads each send a 32-byte request and read the 32-byte echo, as fast as
// they can, for `seconds`. Returns requests per second over all connections (0 on failure).
// With `warmupSeconds`, the load runs that long first and only what follows is counted: the
// steady state, without the start's one-time costs (the server's threads starting, a
// recorder's buffers growing to the size they keep). `allRequests`, when given, gets the
// number of requests answered from the start to the end, warm-up included.
double echoRequestsPerSecond(std::uint16_t port, int connections, double seconds,
                             double warmupSeconds = 0, long *allRequests = nullptr);

} // namespace sockscope::bench
