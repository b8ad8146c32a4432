#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <functional>
#include <utility>
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

// A 95% interval for the median of what `values` were drawn from, without assuming a shape:
// the k-th smallest and the k-th largest value, k the largest with P(Binomial(n, 1/2) < k) at
// most 2.5% (n = 30: the 10th and the 21st of 30). {0, 0} when n is too small for one (< 6).
inline std::pair<double, double> medianInterval95(std::vector<double> values)
{
    const std::size_t n = values.size();
    double pmf = std::pow(0.5, double(n));
    double below = 0; // P(Binomial(n, 1/2) < k), k = i + 1 after step i
    std::size_t k = 0;
    for (std::size_t i = 0; i < n; ++i) {
        below += pmf;
        if (below > 0.025)
            break;
        k = i + 1;
        pmf = pmf * double(n - i) / double(i + 1);
    }
    if (k == 0)
        return {0, 0};
    std::sort(values.begin(), values.end());
    return {values[k - 1], values[n - k]};
}

// Peak resident set size of this process so far, in MB.
double peakRssMb();

// `sockscope-bench --scale-clients PORT CLIENTS HOLD_MS`: the client side of the scale
// benchmark, in a process of its own.
int scaleClientsMain(const QStringList &args);

} // namespace sockscope::bench
