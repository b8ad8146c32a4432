#pragma once

#include <cstdint>

namespace sockscope::bench {

// A plain echo load generator for the overhead benchmarks, outside the lab on purpose: like
// wrk, it is the measuring instrument, not the thing measured, and records nothing.
// `connections` threads each send a 32-byte request and read the 32-byte echo, as fast as
// they can, for `seconds`. Returns requests per second over all connections (0 on failure).
double echoRequestsPerSecond(std::uint16_t port, int connections, double seconds);

} // namespace sockscope::bench
