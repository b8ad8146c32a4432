#pragma once

#include "../trace/trace.h"

#include <QStringList>

namespace sockscope {

// Hand-made traces shaped like real runs, for tests and for looking at the timeline without
// running a server (`sockscope --synthetic NAME`). Times and descriptors are plausible, not
// recorded.
namespace synthetic {

Trace threadedThreeClients();
Trace forkingWithZombies();
Trace selectLoop();
// About `events` events over `pairs` worker/client pairs, appended in time order; for the
// paint budget.
Trace large(qsizetype events, int pairs = 50);

QStringList names(); // "threaded", "forking", "select", "large"
// By name: one of names(), or "large:N" for N events. Empty trace for an unknown name.
Trace byName(const QString &name);

} // namespace synthetic
} // namespace sockscope
