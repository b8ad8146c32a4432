#pragma once

#include "summary.h"

#include <QString>

#include <optional>
#include <vector>

namespace sockscope {

// What one row of the model comparison measures. The GUI translates these; the command line
// prints metricLabel() as is.
enum class CompareMetric
{
    Makespan,
    ThreadsCreated,
    ProcessesCreated,
    ThreadsPeak,
    ZombiesPeak,
    SystemCalls,
    SelectCalls,
    TasksCreated, // asyncio's coroutines: the loop's answer to "a thread per client"
    ClientWaited, // waited before accept (UDP: before the first reply)
    ClientFirstReply,
    ClientDone,
};

struct CompareRow
{
    CompareMetric metric = CompareMetric::Makespan;
    QString client;                            // per-client rows only
    std::vector<std::optional<double>> values; // one per run, in the runs' order
    bool isTime() const;                       // milliseconds, else a count
};

// The comparison of several runs of one scenario: run rows first, then three rows per client.
// Clients are matched by name, in the order of the first run that has them. Shared by
// `sockscope-cli compare` and the Compare window so both show the same numbers.
std::vector<CompareRow> compareRows(const std::vector<RunSummary> &runs);

QString metricLabel(CompareMetric metric); // plain English, for the command line
// A value as the table shows it: "12.345" for times, "7" for counts, "—" when missing.
QString formatCompareValue(const CompareRow &row, std::size_t run);

// The whole table as aligned plain text (the models as columns).
QString compareTableText(const std::vector<RunSummary> &runs);

} // namespace sockscope
