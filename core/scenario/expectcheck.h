#pragma once

#include "scenario/scenario.h"
#include "trace/trace.h"

#include <QString>
#include <QStringList>

namespace sockscope {

// Derived numbers an expectation can name ("metric": "zombies_peak").
QStringList knownMetrics();
// Computes one of knownMetrics() from a trace; nullopt for an unknown name.
std::optional<qint64> computeMetric(const Trace &trace, const QString &metric);

// How many events of the trace match the pattern.
qint64 countMatches(const Trace &trace, const EventPattern &pattern);
// The index of the first event that matches (the last with pattern.last), or -1.
qsizetype firstMatch(const Trace &trace, const EventPattern &pattern);

// Checks a finished run against the scenario's "expect" for `model`. `started` is what
// Run::start() returned. Returns one readable line per failed expectation; empty: all held.
QStringList checkExpectations(const Scenario &scenario, const QString &model, const Trace &trace,
                              bool started);

// Whether a check reads the kernel sampler's samples (tcp_state, queues, their metrics): what
// it sees depends on a sample falling inside the moment it is about.
bool readsKernelSamples(const Expectation &expectation);

// "accept_end by server peer client 2", for messages.
QString describePattern(const EventPattern &pattern);

} // namespace sockscope
