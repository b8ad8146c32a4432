// Timeline paint time, offscreen into an image: full zoom-out and zoomed in, for 10,000 and
// 1,000,000 events. Budget: < 16 ms, and the 1M figure at most twice the 10k one.
#include "benchmark.h"

#include "analysis/synthetictrace.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QImage>
#include <QPainter>

namespace sockscope::bench {

namespace {

constexpr QSize kViewSize(1600, 900);

double medianPaintMs(TimelineView &view, int repeats)
{
    QImage image(kViewSize, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> samples;
    for (int i = 0; i < repeats; ++i) {
        image.fill(Qt::white);
        QPainter painter(&image);
        const double t0 = nowSeconds();
        view.paintTimeline(painter, QRect(QPoint(0, 0), kViewSize));
        samples.push_back((nowSeconds() - t0) * 1000.0);
    }
    return percentile(samples, 0.5);
}

Results paintBench(const Options &options)
{
    Results r;
    const int repeats = options.scaled(30, 2);
    struct Size
    {
        qsizetype events;
        QString key;
    };
    const Size sizes[] = {{options.scaled(10000, 1000), QStringLiteral("10k")},
                          {options.scaled(1000000, 5000), QStringLiteral("1m")}};
    for (const Size &size : sizes) {
        TraceDocument document;
        document.setTrace(synthetic::large(size.events));
        TimelineView view(&document);
        view.resize(kViewSize);
        view.setCompressIdleGaps(false);
        view.zoomToFit();
        r.insert(QStringLiteral("paint_ms_%1_full").arg(size.key), medianPaintMs(view, repeats));
        // Zoomed in a thousandfold around the middle: most events are culled, the rest drawn
        // with labels.
        view.zoomBy(1000.0, kViewSize.width() / 2.0);
        r.insert(QStringLiteral("paint_ms_%1_zoomed").arg(size.key), medianPaintMs(view, repeats));
    }
    r.insert(QStringLiteral("paint_ratio_1m_10k"),
             r.value(QStringLiteral("paint_ms_1m_full")) /
                 std::max(0.001, r.value(QStringLiteral("paint_ms_10k_full"))));
    return r;
}

const Register registered("paint", paintBench);

} // namespace
} // namespace sockscope::bench
