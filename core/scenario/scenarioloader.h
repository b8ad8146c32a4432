#pragma once

#include "scenario/scenario.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace sockscope {

// One thing wrong with a scenario file, pointing at the offending value.
struct ScenarioProblem
{
    QString file;
    TextPosition position;
    QString field;   // JSON path, e.g. clients[2].steps[0].ms; empty for the whole file
    QString message; // what was expected, and what the file had
    // "file:line:col: field: message" — the form compilers use, so editors can jump to it.
    QString toString() const;
};

// What a load did, counted, so a test can check that the work grows in proportion to the
// input (a quadratic loader took 212 s for 358,774 unknown keys) without timing anything.
struct ScenarioLoadWork
{
    qint64 problemsReported = 0; // every problem found, listed or not
    qint64 messagesMade = 0;     // problem messages built (the rest are only counted)
    qint64 entriesSorted = 0;    // list entries sorted while keeping the list short
    qint64 problemsHeldPeak = 0; // most problems held at once
};

struct ScenarioLoadOptions
{
    // Descriptors the run may open; -1: ask the kernel (RLIMIT_NOFILE, after raising the
    // soft limit to the hard one). Tests set it to check the "too many clients" message.
    qint64 descriptorLimit = -1;
    // At most this many problems are listed (the first in the file), then one line "and N
    // more problems"; 0 lists them all.
    int maxProblems = 50;
    // Filled in when set.
    ScenarioLoadWork *work = nullptr;
};

// Reads and validates a scenario. On any problem returns nullopt and lists the problems
// found, in file order (never a half-filled Scenario). Never crashes on any input: it is
// fuzzed. Linear in the size of the input.
std::optional<Scenario> parseScenario(const QByteArray &json, const QString &fileName,
                                      std::vector<ScenarioProblem> *problems,
                                      const ScenarioLoadOptions &options = {});
std::optional<Scenario> loadScenarioFile(const QString &path,
                                         std::vector<ScenarioProblem> *problems,
                                         const ScenarioLoadOptions &options = {});

// Descriptors one run needs for these clients: a client socket and a server-side socket
// per TCP client, plus room for the listening socket, pipes, Qt and the trace file.
qint64 descriptorsNeeded(const RunConfig &config);
constexpr qint64 kDescriptorHeadroom = 64;
// Raises the soft RLIMIT_NOFILE to the hard limit (once) and returns it. Many-client
// scenarios need it; a process may always raise its own soft limit that far.
qint64 availableDescriptors();

// Closest candidate within a small edit distance, for "did you mean ...?"; empty if none.
QString closestMatch(const QString &word, const QStringList &candidates);

} // namespace sockscope
