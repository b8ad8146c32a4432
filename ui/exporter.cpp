#include "exporter.h"

#include "models/modelinfo.h"
#include "timelinelegend.h"
#include "timelineview.h"
#include "trace/outputfile.h"
#include "tracedocument.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QVBoxLayout>

namespace sockscope {

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::TimelineExporter)
};

constexpr double kScreenDpi = 96.0;

// Draws `page` (laid out at `size`) into `painter`.
void paintPage(QWidget &page, QPainter &painter)
{
    page.render(&painter, QPoint(), QRegion(), QWidget::DrawChildren);
}
} // namespace

TimelineExporter::Format TimelineExporter::formatFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Format::Png;
}

bool TimelineExporter::exportTimeline(const TraceDocument &document, const QString &path,
                                      Format format, const Options &options, QString *error)
{
    const QSize size = options.size.expandedTo(QSize(320, 200));
    // A document of its own: the copy's cursor and zoom do not move the views on screen.
    TraceDocument copy;
    copy.setTrace(document.trace());
    copy.setLive(false, document.trace().endNs());
    copy.setCursor(document.cursor());

    QWidget page;
    page.setAttribute(Qt::WA_DontShowOnScreen);
    page.setAutoFillBackground(true);
    QPalette light = page.palette();
    light.setColor(QPalette::Window, Qt::white);
    light.setColor(QPalette::WindowText, Qt::black);
    page.setPalette(light);
    auto *title = new QLabel;
    title->setTextFormat(Qt::PlainText);
    QString text = options.title;
    if (text.isEmpty()) {
        const ModelInfo *model = findModel(document.trace().model);
        text = Text::tr("%1 — %2").arg(document.trace().scenario,
                                       model ? model->title : document.trace().model);
    }
    title->setText(text);
    QFont titleFont = title->font();
    titleFont.setPixelSize(int(22 * options.scale));
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setContentsMargins(int(10 * options.scale), int(6 * options.scale), 0, 0);
    auto *legend = new TimelineLegend;
    auto *view = new TimelineView(&copy);
    view->setFrameShape(QFrame::NoFrame);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view->setFollowLive(false);
    view->setCompressIdleGaps(options.compressIdleGaps);
    view->setScaleFactor(options.scale);
    legend->setPalette(view->palette());
    legend->setScaleFactor(options.scale);
    legend->setShowTasks(document.trace().model == QLatin1String("asyncio"));
    legend->setModel(document.trace().model);
    auto *layout = new QVBoxLayout(&page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(title);
    layout->addWidget(legend);
    layout->addWidget(view, 1);
    page.resize(size);
    page.show();
    layout->activate();
    QCoreApplication::sendPostedEvents(&page);
    view->zoomToStory();

    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    // Drawn into memory, then written through OutputFile: atomically, every write checked.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    switch (format) {
    case Format::Png: {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            paintPage(page, painter);
        }
        if (!image.save(&buffer, "PNG"))
            return fail(Text::tr("Could not encode the picture for %1.").arg(path));
        break;
    }
    case Format::Svg: {
        QSvgGenerator generator;
        generator.setOutputDevice(&buffer);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(), size));
        generator.setResolution(int(kScreenDpi));
        generator.setTitle(text);
        generator.setDescription(Text::tr("SockScope timeline"));
        QPainter painter;
        if (!painter.begin(&generator))
            return fail(Text::tr("Could not encode the picture for %1.").arg(path));
        paintPage(page, painter);
        painter.end();
        break;
    }
    case Format::Pdf: {
        QPdfWriter writer(&buffer);
        writer.setResolution(int(kScreenDpi));
        writer.setPageSize(QPageSize(QSizeF(size) * 72.0 / kScreenDpi, QPageSize::Point));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(text);
        writer.setCreator(QStringLiteral("SockScope"));
        QPainter painter;
        if (!painter.begin(&writer))
            return fail(Text::tr("Could not encode the picture for %1.").arg(path));
        paintPage(page, painter);
        painter.end();
        break;
    }
    }
    if (buffer.data().isEmpty())
        return fail(Text::tr("Could not encode the picture for %1.").arg(path));
    return writeOutputFile(path, buffer.data(), error);
}

} // namespace sockscope
