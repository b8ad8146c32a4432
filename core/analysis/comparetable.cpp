#include "comparetable.h"

#include <QStringList>

#include <algorithm>

namespace sockscope {

bool CompareRow::isTime() const
{
    switch (metric) {
    case CompareMetric::Makespan:
    case CompareMetric::ClientWaited:
    case CompareMetric::ClientFirstReply:
    case CompareMetric::ClientDone:
        return true;
    default:
        return false;
    }
}

std::vector<CompareRow> compareRows(const std::vector<RunSummary> &runs)
{
    std::vector<CompareRow> rows;
    auto runRow = [&](CompareMetric metric, auto value) {
        CompareRow row;
        row.metric = metric;
        for (const RunSummary &run : runs)
            row.values.push_back(value(run));
        rows.push_back(std::move(row));
    };
    runRow(CompareMetric::Makespan, [](const RunSummary &r) { return r.makespanMs; });
    runRow(CompareMetric::ThreadsCreated,
           [](const RunSummary &r) { return std::optional<double>(r.threadsCreated); });
    runRow(CompareMetric::ProcessesCreated,
           [](const RunSummary &r) { return std::optional<double>(r.processesCreated); });
    runRow(CompareMetric::ThreadsPeak,
           [](const RunSummary &r) { return std::optional<double>(r.threadsPeak); });
    runRow(CompareMetric::ZombiesPeak,
           [](const RunSummary &r) { return std::optional<double>(r.zombiesPeak); });
    runRow(CompareMetric::SystemCalls,
           [](const RunSummary &r) { return std::optional<double>(double(r.systemCalls)); });
    runRow(CompareMetric::SelectCalls,
           [](const RunSummary &r) { return std::optional<double>(r.selectCalls); });
    runRow(CompareMetric::TasksCreated,
           [](const RunSummary &r) { return std::optional<double>(r.tasksCreated); });

    QStringList clients;
    for (const RunSummary &run : runs) {
        for (const ClientSummary &c : run.perClient) {
            if (!clients.contains(c.name))
                clients << c.name;
        }
    }
    for (const QString &name : clients) {
        for (CompareMetric metric : {CompareMetric::ClientWaited, CompareMetric::ClientFirstReply,
                                     CompareMetric::ClientDone}) {
            CompareRow row;
            row.metric = metric;
            row.client = name;
            for (const RunSummary &run : runs) {
                const auto it =
                    std::find_if(run.perClient.begin(), run.perClient.end(),
                                 [&](const ClientSummary &c) { return c.name == name; });
                std::optional<double> value;
                if (it != run.perClient.end()) {
                    value = metric == CompareMetric::ClientWaited       ? it->waitedMs
                            : metric == CompareMetric::ClientFirstReply ? it->firstReplyMs
                                                                        : it->doneMs;
                }
                row.values.push_back(value);
            }
            rows.push_back(std::move(row));
        }
    }
    return rows;
}

QString metricLabel(CompareMetric metric)
{
    switch (metric) {
    case CompareMetric::Makespan:
        return QStringLiteral("makespan (ms)");
    case CompareMetric::ThreadsCreated:
        return QStringLiteral("threads created");
    case CompareMetric::ProcessesCreated:
        return QStringLiteral("processes created");
    case CompareMetric::ThreadsPeak:
        return QStringLiteral("peak threads");
    case CompareMetric::ZombiesPeak:
        return QStringLiteral("peak zombies");
    case CompareMetric::SystemCalls:
        return QStringLiteral("system calls");
    case CompareMetric::SelectCalls:
        return QStringLiteral("select calls");
    case CompareMetric::TasksCreated:
        return QStringLiteral("tasks created");
    case CompareMetric::ClientWaited:
        return QStringLiteral("waited before accept (ms)");
    case CompareMetric::ClientFirstReply:
        return QStringLiteral("first reply (ms)");
    case CompareMetric::ClientDone:
        return QStringLiteral("done (ms)");
    }
    return {};
}

QString formatCompareValue(const CompareRow &row, std::size_t run)
{
    if (run >= row.values.size() || !row.values[run])
        return QStringLiteral("—");
    const double value = *row.values[run];
    return row.isTime() ? QString::number(value, 'f', 3) : QString::number(qint64(value));
}

QString compareTableText(const std::vector<RunSummary> &runs)
{
    const std::vector<CompareRow> rows = compareRows(runs);
    std::vector<QStringList> lines;
    QStringList header{QString()};
    for (const RunSummary &run : runs)
        header << (run.variant.isEmpty() ? run.model : run.variant);
    lines.push_back(header);
    for (const CompareRow &row : rows) {
        QStringList line;
        line << (row.client.isEmpty()
                     ? metricLabel(row.metric)
                     : QStringLiteral("%1: %2").arg(row.client, metricLabel(row.metric)));
        for (std::size_t i = 0; i < runs.size(); ++i)
            line << formatCompareValue(row, i);
        lines.push_back(line);
    }
    std::vector<qsizetype> widths(runs.size() + 1, 0);
    for (const QStringList &line : lines) {
        for (qsizetype c = 0; c < line.size(); ++c)
            widths[std::size_t(c)] = std::max(widths[std::size_t(c)], line[c].size());
    }
    QString text;
    for (const QStringList &line : lines) {
        QString out = line[0].leftJustified(widths[0]);
        for (qsizetype c = 1; c < line.size(); ++c)
            out += QStringLiteral("  ") + line[c].rightJustified(widths[std::size_t(c)]);
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        text += out + QLatin1Char('\n');
    }
    return text;
}

} // namespace sockscope
