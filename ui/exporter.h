#pragma once

#include <QSize>
#include <QString>

namespace sockscope {

class TraceDocument;

// Pictures of a timeline for slides: PNG, SVG or PDF at projector resolution, drawn by a
// TimelineView of its own (so the window on screen is not resized), with a title and the
// legend above it.
class TimelineExporter
{
public:
    enum class Format
    {
        Png,
        Svg,
        Pdf
    };

    struct Options
    {
        QSize size{1920, 1080};
        double scale = 1.5; // fonts and bars, as in presentation mode
        bool compressIdleGaps = false;
        QString title; // empty: "scenario — model"
    };

    // From the file name's suffix (.png, .svg, .pdf); Png when unknown.
    static Format formatFor(const QString &path);
    static bool exportTimeline(const TraceDocument &document, const QString &path, Format format,
                               const Options &options, QString *error);
};

} // namespace sockscope
