// Renders the application icon (an SVG) as a square PNG of a given size, for the hicolor icon
// theme of the Debian package: sockscope-render-icon IN.svg SIZE OUT.png
#include "trace/outputfile.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    // Painting needs no screen: the offscreen platform, whatever the build machine has.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool ok = false;
    const int size = args.size() == 4 ? args[2].toInt(&ok) : 0;
    if (!ok || size < 8 || size > 1024) {
        std::fputs("usage: sockscope-render-icon IN.svg SIZE(8-1024) OUT.png\n", stderr);
        return 2;
    }
    QSvgRenderer renderer(args[1]);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "sockscope-render-icon: %s is not a readable SVG\n",
                     qPrintable(args[1]));
        return 1;
    }
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        std::fputs("sockscope-render-icon: cannot encode the PNG\n", stderr);
        return 1;
    }
    QString error;
    if (!sockscope::writeOutputFile(args[3], png, &error)) {
        std::fprintf(stderr, "sockscope-render-icon: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}
