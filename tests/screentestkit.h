#pragma once

// For the tests of the main window on given screens (tst_screenfit, tst_screentexts): a paint
// device that notes every text drawn (its pixel size and its box), the two screens of the
// offscreen platform (1024x768 and 1920x1080, from a configuration file written before the
// application starts), and a real run of a scenario in the window.

#include "mainwindow.h"
#include "tracedocument.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPaintEngine>
#include <QScreen>
#include <QTemporaryDir>
#include <QTest>
#include <QTextItem>

#include <memory>

namespace sockscope::screentestkit {

// Notes the pixel size of every text the timeline draws (the layers it paints directly).
class TextSizeEngine : public QPaintEngine
{
public:
    TextSizeEngine() : QPaintEngine(QPaintEngine::AllFeatures) {}
    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & QPaintEngine::DirtyTransform)
            m_transform = state.transform();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawPath(const QPainterPath &) override {}
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        const QFont f = item.font();
        const double px = f.pixelSize() > 0 ? f.pixelSize() : f.pointSizeF() * 96.0 / 72.0;
        if (item.text().trimmed().isEmpty())
            return;
        texts.append({px, item.text()});
        // Where it is drawn: from its baseline, the ink of its letters' height.
        const QFontMetricsF fm(f);
        boxes.append({m_transform.mapRect(QRectF(p.x(), p.y() - fm.ascent(),
                                                 fm.horizontalAdvance(item.text()), fm.height())),
                      item.text()});
    }
    Type type() const override { return User; }
    QList<QPair<double, QString>> texts;
    QList<QPair<QRectF, QString>> boxes;

private:
    QTransform m_transform;
};

class TextSizeDevice : public QPaintDevice
{
public:
    explicit TextSizeDevice(QSize size) : m_size(size) {}
    QPaintEngine *paintEngine() const override { return &engine; }
    mutable TextSizeEngine engine;

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(QPaintDevice::devicePixelRatioFScale());
        default:
            return 0;
        }
    }

private:
    QSize m_size;
};

inline QScreen *screenOfSize(QSize size)
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->geometry().size() == size)
            return screen;
    }
    return nullptr;
}

// A main window on `screen`, shown: full screen when presenting. Wait for it to be exposed.
inline std::unique_ptr<MainWindow> windowOn(QScreen *screen, bool presenting)
{
    MainWindow::Options options;
    options.restoreSettings = false;
    options.screen = screen;
    auto window = std::make_unique<MainWindow>(options);
    if (presenting)
        window->setPresentation(true);
    else
        window->show();
    return window;
}

// The scenario run for real in a main window, to its end (at most a minute).
inline Trace runOnce(const QString &scenario, const QString &model)
{
    MainWindow::Options options;
    options.restoreSettings = false;
    MainWindow window(options);
    window.show();
    if (!window.selectScenario(scenario) || !window.selectModel(model))
        return {};
    QString error;
    if (!window.startRun(&error))
        return {};
    QElapsedTimer clock;
    clock.start();
    while (window.isRunning() && clock.elapsed() < 60000)
        QTest::qWait(50);
    return window.document()->trace();
}

// Each (scenario, model) run once, its trace by scenario; the first that recorded nothing much
// in `failed`.
inline QHash<QString, Trace> runAll(const QList<QPair<QString, QString>> &runs, QString *failed)
{
    QHash<QString, Trace> traces;
    for (const auto &[scenario, model] : runs) {
        Trace trace = runOnce(scenario, model);
        if (trace.size() <= 10 && failed->isEmpty())
            *failed = scenario;
        traces.insert(scenario, std::move(trace));
    }
    return traces;
}

// Both screens of the configuration file are there.
inline bool twoScreens()
{
    return screenOfSize({1024, 768}) && screenOfSize({1920, 1080});
}

// main(): two screens side by side, described before the application exists; then the tests.
template <typename Test> int runOnTwoScreens(int argc, char **argv)
{
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("screens.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(R"({ "windowFrameMargins": false, "screens": [
        { "name": "projector", "x": 0, "y": 0, "width": 1024, "height": 768,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 },
        { "name": "fullhd", "x": 1024, "y": 0, "width": 1920, "height": 1080,
          "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1 } ] })");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + config.toLocal8Bit());
    QApplication app(argc, argv);
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace sockscope::screentestkit
