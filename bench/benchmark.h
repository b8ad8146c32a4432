#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

namespace sockscope::bench {

// One benchmark's figures, keyed as in bench-results.json.
using Results = QMap<QString, double>;

struct Options
{
    bool smoke = false; // tiny sizes: proves the benchmark runs, measures nothing
    int scaled(int full, int smoke) const { return this->smoke ? smoke : full; }
};

struct Benchmark
{
    QString name;
    std::function<Results(const Options &)> run;
};

std::vector<Benchmark> &registry();

struct Register
{
    Register(const char *name, std::function<Results(const Options &)> run)
    {
        registry().push_back({QString::fromLatin1(name), std::move(run)});
    }
};

inline double nowSeconds()
{
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

inline double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    const auto k = std::size_t(std::clamp(p, 0.0, 1.0) * double(values.size() - 1));
    std::nth_element(values.begin(), values.begin() + std::ptrdiff_t(k), values.end());
    return values[k];
}

// Peak resident set size of this process so far, in MB.
double peakRssMb();

// `sockscope-bench --scale-clients PORT CLIENTS HOLD_MS`: the client side of the scale
// benchmark, in a process of its own.
int scaleClientsMain(const QStringList &args);

} // namespace sockscope::bench
