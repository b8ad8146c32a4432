// ctest-label: ui
// The main window on a 1024x768 and a 1920x1080 screen, normal and presenting: inside the
// screen, the timeline's share, the smallest text, the transport on screen; and a live
// c10k run that must not widen the window. The screens are the offscreen platform's own,
// described in a configuration file written before the application starts.
#include "lessonpanels.h"
#include "mainwindow.h"
#include "narrationdock.h"
#include "presentationmode.h"
#include "socketviewswitch.h"
#include "stateinspector.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QPaintEngine>
#include <QPainter>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextItem>
#include <QToolBar>
#include <QToolButton>

#include <sys/resource.h>

#include <memory>

using namespace sockscope;

namespace {

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

QAction *actionNamed(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QString::fromLatin1(name));
}

} // namespace

class TestScreenFit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fitsTheScreen_data();
    void fitsTheScreen();
    void noTextRunsIntoAnother_data();
    void noTextRunsIntoAnother();
    void theCursorsSentenceAndSocketStayInView_data();
    void theCursorsSentenceAndSocketStayInView();
    void c10kLiveKeepsTheWindowWidth();
    void scenarioChoiceFollowsTheTrace();

private:
    Trace runOnce(const QString &scenario, const QString &model);
    QScreen *screenOfSize(QSize size) const;

    QHash<QString, Trace> m_traces;
};

QScreen *TestScreenFit::screenOfSize(QSize size) const
{
    for (QScreen *screen : QGuiApplication::screens()) {
        if (screen->geometry().size() == size)
            return screen;
    }
    return nullptr;
}

Trace TestScreenFit::runOnce(const QString &scenario, const QString &model)
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

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(screenOfSize({1024, 768}) && screenOfSize({1920, 1080}),
             "the offscreen platform did not take the screens of the configuration file");
    for (const auto &[scenario, model] :
         {std::pair{QStringLiteral("one-slow-client"), QStringLiteral("sequential")},
          std::pair{QStringLiteral("three-clients"), QStringLiteral("threaded")},
          std::pair{QStringLiteral("accept-queue"), QStringLiteral("sequential")},
          std::pair{QStringLiteral("select-readiness"), QStringLiteral("select")}}) {
        Trace trace = runOnce(scenario, model);
        QVERIFY2(trace.size() > 10, qPrintable(scenario));
        m_traces.insert(scenario, std::move(trace));
    }
}

void TestScreenFit::fitsTheScreen_data()
{
    QTest::addColumn<QSize>("screenSize");
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<QString>("scenario");
    for (const QString &scenario :
         {QStringLiteral("one-slow-client"), QStringLiteral("three-clients")}) {
        for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
            for (const bool presenting : {false, true}) {
                const QByteArray name =
                    QStringLiteral("%1 %2x%3 %4")
                        .arg(scenario)
                        .arg(size.width())
                        .arg(size.height())
                        .arg(presenting ? QStringLiteral("presenting") : QStringLiteral("normal"))
                        .toLatin1();
                QTest::newRow(name.constData()) << size << presenting << scenario;
            }
        }
    }
}

void TestScreenFit::fitsTheScreen()
{
    QFETCH(QSize, screenSize);
    QFETCH(bool, presenting);
    QFETCH(QString, scenario);
    QScreen *screen = screenOfSize(screenSize);
    QVERIFY(screen);

    MainWindow::Options options;
    options.restoreSettings = false;
    options.screen = screen;
    MainWindow window(options);
    if (presenting)
        window.setPresentation(true);
    else
        window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTrace(m_traces.value(scenario));
    // Halfway: clients connected, sockets open, every panel has something to show.
    window.document()->setCursor(window.document()->trace().size() / 2);
    QTest::qWait(200); // let layouts settle

    // Inside the screen; full screen when presenting. No mode asks for more than 1024x700.
    const QRect screenRect = screen->geometry();
    QCOMPARE(window.screen(), screen);
    QVERIFY2(screenRect.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("window %1,%2 %3x%4")
                            .arg(window.frameGeometry().x())
                            .arg(window.frameGeometry().y())
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())));
    if (presenting)
        QCOMPARE(window.geometry(), screenRect);
    const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
    QVERIFY2(
        minimum.width() <= 1024 && minimum.height() <= 700,
        qPrintable(QStringLiteral("minimum %1x%2").arg(minimum.width()).arg(minimum.height())));

    TimelineView *timeline = window.timeline();
    QVERIFY(timeline->isVisible());
    const double share = double(timeline->width()) * timeline->height() /
                         (double(screenRect.width()) * screenRect.height());
    if (presenting) {
        QVERIFY2(share >= 0.70, qPrintable(QStringLiteral("timeline share %1").arg(share)));
    } else {
        // The timeline keeps the middle of the window, the docks do not crowd it out.
        QVERIFY2(timeline->width() >= window.width() * 0.45,
                 qPrintable(QStringLiteral("timeline %1 of %2 px wide")
                                .arg(timeline->width())
                                .arg(window.width())));
        // The state tables show their rows without scroll bars of their own.
        StateInspector *inspector = window.lessons()->stateInspector();
        QVERIFY(inspector->isVisible());
        QVERIFY(inspector->actorsTable()->rowCount() > 0);
        QVERIFY(inspector->socketsTable()->rowCount() > 0);
        for (QTableWidget *table : {inspector->actorsTable(), inspector->socketsTable()}) {
            QVERIFY(table->rowCount() <= StateInspector::kMaxVisibleRows);
            QVERIFY(!table->verticalScrollBar()->isVisible());
        }
    }

    // The transport: first, back, play, next, last on screen, none in a tool bar's overflow.
    for (const char *name :
         {"FirstAction", "PreviousAction", "PlayAction", "NextAction", "LastAction"}) {
        QAction *action = actionNamed(window, name);
        QVERIFY2(action, name);
        bool shown = false;
        for (QToolBar *bar : window.findChildren<QToolBar *>()) {
            QWidget *button = bar->widgetForAction(action);
            if (!button || !bar->isVisible())
                continue;
            shown = shown || (button->isVisible() && bar->rect().contains(button->geometry()) &&
                              window.rect().contains(
                                  QRect(button->mapTo(&window, QPoint(0, 0)), button->size())));
        }
        QVERIFY2(shown, name);
    }

    if (!presenting)
        return;
    // Every text at least 18 px at 1024x768 and 22 px at 1920x1080.
    const int minPx = screenSize.height() >= 1080 ? 22 : 18;
    QCOMPARE(PresentationMode::minimumTextPx(screenSize), minPx);
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != &window)
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget))
            text = label->text();
        else if (auto *button = qobject_cast<QToolButton *>(widget))
            text = button->toolButtonStyle() == Qt::ToolButtonIconOnly ? QString() : button->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            text = combo->currentText();
        else if (qobject_cast<QMenuBar *>(widget))
            text = QStringLiteral("menu");
        if (text.trimmed().isEmpty())
            continue;
        const int px = QFontInfo(widget->font()).pixelSize();
        QVERIFY2(px >= minPx,
                 qPrintable(
                     QStringLiteral("%1 \"%2\": %3 px")
                         .arg(QString::fromLatin1(widget->metaObject()->className()), text.left(40))
                         .arg(px)));
    }
    CaptionBar *caption = window.lessons()->caption();
    QVERIFY(caption->isVisible());
    QVERIFY(!caption->text().isEmpty());

    // The timeline's own text: lane names scale with the factor, the rest is drawn here.
    QVERIFY(timeline->scaleFactor() * PresentationMode::kTimelineSmallestTextPx >= minPx);
    TextSizeDevice device(timeline->viewport()->size());
    {
        QPainter painter(&device);
        timeline->paintTimeline(painter, timeline->viewport()->rect());
    }
    QVERIFY(!device.engine.texts.isEmpty());
    for (const auto &[px, text] : device.engine.texts)
        QVERIFY2(px >= minPx - 0.5,
                 qPrintable(QStringLiteral("timeline text \"%1\": %2 px").arg(text).arg(px)));

    // Leaving puts the window back inside the screen, not full screen.
    window.setPresentation(false);
    QTRY_VERIFY(!window.isFullScreen());
    QVERIFY(screenRect.contains(window.frameGeometry()));
}

void TestScreenFit::noTextRunsIntoAnother_data()
{
    QTest::addColumn<QSize>("screenSize");
    QTest::addColumn<bool>("presenting");
    QTest::addColumn<QString>("scenario");
    for (const QString &scenario :
         {QStringLiteral("select-readiness"), QStringLiteral("accept-queue")}) {
        QTest::newRow(qPrintable(scenario + QStringLiteral(" 1024x768 presenting")))
            << QSize(1024, 768) << true << scenario;
        QTest::newRow(qPrintable(scenario + QStringLiteral(" 1024x768 normal")))
            << QSize(1024, 768) << false << scenario;
        QTest::newRow(qPrintable(scenario + QStringLiteral(" 1920x1080 presenting")))
            << QSize(1920, 1080) << true << scenario;
    }
}

// The timeline as a lesson shows it, both kinds of lanes: no text is drawn over another (the
// cells of a select() under its bar, the labels of calls that did not block, fold counts and
// the calls' labels shared the line under the bars and ran into each other at 1024x768).
// Without a cursor: its ring's label is drawn over the lane on purpose, pointing at the ring.
void TestScreenFit::noTextRunsIntoAnother()
{
    QFETCH(QSize, screenSize);
    QFETCH(bool, presenting);
    QFETCH(QString, scenario);
    QScreen *screen = screenOfSize(screenSize);
    QVERIFY(screen);
    MainWindow::Options options;
    options.restoreSettings = false;
    options.screen = screen;
    MainWindow window(options);
    if (presenting)
        window.setPresentation(true);
    else
        window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.socketViewSwitch()->setView(SocketView::Both);
    window.showTrace(m_traces.value(scenario));
    QVERIFY(window.document()->trace().size() > 20);
    window.document()->setCursor(-1);
    QTest::qWait(100);
    TimelineView *timeline = window.timeline();
    // From the top, and scrolled to the bottom: every lane once.
    qsizetype compared = 0;
    for (const int scroll : {0, timeline->verticalScrollBar()->maximum()}) {
        timeline->verticalScrollBar()->setValue(scroll);
        TextSizeDevice device(timeline->viewport()->size());
        {
            QPainter painter(&device);
            timeline->paintTimeline(painter, timeline->viewport()->rect());
        }
        // The plot's texts: the axis places its own (placeWithoutOverlap), and a lane's text
        // scrolled under the axis is clipped away there (this device does not clip).
        const int axis = TimelineMetrics::forScale(timeline->scaleFactor()).axisHeight;
        QList<QPair<QRectF, QString>> boxes;
        for (const auto &box : device.engine.boxes) {
            if (box.first.center().y() > axis)
                boxes.append(box);
        }
        QVERIFY(!boxes.isEmpty());
        compared += boxes.size();
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            for (qsizetype j = i + 1; j < boxes.size(); ++j) {
                // Ink, not line spacing: a pixel's touch at the edges is not running into.
                const QRectF a = boxes[i].first.adjusted(1, 2, -1, -2);
                const QRectF b = boxes[j].first.adjusted(1, 2, -1, -2);
                QVERIFY2(!a.intersects(b),
                         qPrintable(QStringLiteral("\"%1\" at %2,%3 runs into \"%4\" at %5,%6")
                                        .arg(boxes[i].second)
                                        .arg(boxes[i].first.x())
                                        .arg(boxes[i].first.y())
                                        .arg(boxes[j].second)
                                        .arg(boxes[j].first.x())
                                        .arg(boxes[j].first.y())));
            }
        }
    }
    QVERIFY2(compared > 15, qPrintable(QString::number(compared)));
}

void TestScreenFit::theCursorsSentenceAndSocketStayInView_data()
{
    QTest::addColumn<QSize>("screenSize");
    QTest::addColumn<bool>("presenting");
    QTest::newRow("1024x768 presenting") << QSize(1024, 768) << true;
    QTest::newRow("1920x1080 presenting") << QSize(1920, 1080) << true;
    QTest::newRow("1024x768 normal") << QSize(1024, 768) << false;
}

// The accept queue, both kinds of lanes, stepping through every event: the caption shows the
// whole sentence of the event at the cursor (a long chapter above it may scroll), the
// narration dock of the normal window scrolls what it cannot show, and the socket lane a
// sample is about is whole in the timeline's view. At 1024x768 the caption grew after the
// timeline had scrolled, and the listener's queue was cut off below; the dock cut its text.
void TestScreenFit::theCursorsSentenceAndSocketStayInView()
{
    QFETCH(QSize, screenSize);
    QFETCH(bool, presenting);
    QScreen *screen = screenOfSize(screenSize);
    QVERIFY(screen);
    MainWindow::Options options;
    options.restoreSettings = false;
    options.screen = screen;
    MainWindow window(options);
    if (presenting)
        window.setPresentation(true);
    else
        window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.socketViewSwitch()->setView(SocketView::Both);
    window.showTrace(m_traces.value(QStringLiteral("accept-queue")));
    const Trace &trace = window.document()->trace();
    QVERIFY(trace.size() > 20);
    TimelineView *timeline = window.timeline();
    const QString text =
        presenting ? QStringLiteral("CaptionScroll") : QStringLiteral("NarrationScroll");
    QScrollArea *scroll = nullptr;
    for (auto *area : window.findChildren<QScrollArea *>(text)) {
        if (area->isVisible())
            scroll = area;
    }
    QVERIFY(scroll);
    auto sentenceShown = [&](QString *why) {
        const QString sentence = presenting ? window.lessons()->caption()->text()
                                            : window.lessons()->narration()->text();
        for (QLabel *label : scroll->widget()->findChildren<QLabel *>()) {
            if (label->text() != sentence || label->isHidden())
                continue;
            const int top = label->mapTo(scroll->viewport(), QPoint(0, 0)).y();
            *why = QStringLiteral("sentence at %1..%2 of a %3 px view: %4")
                       .arg(top)
                       .arg(top + label->height())
                       .arg(scroll->viewport()->height())
                       .arg(label->text());
            const bool whole = top >= 0 && top + label->height() <= scroll->viewport()->height();
            // The caption shows it whole; the dock may leave its end to its scroll bar.
            return whole || (!presenting && scroll->verticalScrollBar()->maximum() > 0);
        }
        *why = QStringLiteral("no label shows the sentence");
        return false;
    };
    // A sample: its socket's lane whole. A call: its actor's lane on screen (with the socket
    // its descriptor held only as far as both fit).
    auto laneShown = [&](qsizetype index, QString *why) {
        const int top = timeline->verticalScrollBar()->value();
        const int axis = TimelineMetrics::forScale(timeline->scaleFactor()).axisHeight;
        const int bottom = top + timeline->viewport()->height() - axis;
        const Event &e = trace.at(index);
        if (e.kind != EventKind::TcpState && e.kind != EventKind::Queues) {
            const int y = timeline->eventPosition(index).y();
            *why = QStringLiteral("event %1 at y %2 of a %3 px view")
                       .arg(index)
                       .arg(y)
                       .arg(timeline->viewport()->height());
            return y < 0 || (y >= axis && y < timeline->viewport()->height());
        }
        const int row = timeline->timelineLayout().rowOfSocket(timeline->socketLaneOfEvent(index));
        if (row < 0)
            return true;
        const TimelineLayout::Row &r = timeline->timelineLayout().rows()[std::size_t(row)];
        *why = QStringLiteral("event %1: socket row %2..%3, view %4..%5")
                   .arg(index)
                   .arg(r.top)
                   .arg(r.top + r.height)
                   .arg(top)
                   .arg(bottom);
        return r.top >= top && r.top + r.height <= bottom;
    };
    int socketsChecked = 0;
    for (qsizetype i = 0; i < trace.size(); ++i) {
        window.document()->setCursor(i);
        QTest::qWait(10); // the caption's new height, the layout, the view's resize
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(sentenceShown(&why), qPrintable(why), 2000);
        QTRY_VERIFY2_WITH_TIMEOUT(laneShown(i, &why), qPrintable(why), 2000);
        const EventKind kind = trace.at(i).kind;
        if ((kind == EventKind::TcpState || kind == EventKind::Queues) &&
            timeline->socketLaneOfEvent(i) >= 0)
            ++socketsChecked;
    }
    QVERIFY(socketsChecked > 10);
}

// c10k-epoll live in the real window: a thousand clients, sets of a thousand fds; the
// window's width never changes and nothing asks for more than the screen.
void TestScreenFit::c10kLiveKeepsTheWindowWidth()
{
    rlimit limit{};
    getrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < 4096) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 8192);
        setrlimit(RLIMIT_NOFILE, &limit);
    }
    getrlimit(RLIMIT_NOFILE, &limit);
    if (limit.rlim_cur < 2600)
        QSKIP("c10k-epoll needs about 2,100 descriptors");
    QScreen *screen = screenOfSize({1024, 768});
    QVERIFY(screen);
    MainWindow::Options options;
    options.restoreSettings = false;
    options.screen = screen;
    MainWindow window(options);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const int width = window.width();
    const int timelineWidth = window.timeline()->width();
    QVERIFY(window.selectScenario(QStringLiteral("c10k-epoll")));
    QVERIFY(window.selectModel(QStringLiteral("epoll")));
    QString error;
    QVERIFY2(window.startRun(&error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    int samples = 0;
    while (window.isRunning() && clock.elapsed() < 120000) {
        QTest::qWait(40);
        ++samples;
        QCOMPARE(window.width(), width);
        // Step the cursor as a teacher would after the run: here it follows the live edge.
        QVERIFY(window.minimumSizeHint().width() <= screen->geometry().width());
    }
    QVERIFY(!window.isRunning());
    QVERIFY(samples > 5);
    QTest::qWait(200);
    QCOMPARE(window.width(), width);
    // After the run, stepping to the end shows sets of a thousand fds in every panel.
    window.jumpLast();
    QTest::qWait(100);
    QCOMPARE(window.width(), width);
    QVERIFY(window.minimumSizeHint().width() <= screen->geometry().width());
    QVERIFY(window.timeline()->width() >= timelineWidth * 0.9);
}

// Choosing a scenario chooses its default model; a trace shown selects the scenario it came
// from, or none.
void TestScreenFit::scenarioChoiceFollowsTheTrace()
{
    QSettings().remove(QStringLiteral("preferences/defaultModel"));
    MainWindow::Options options;
    options.restoreSettings = false;
    MainWindow window(options);
    window.show();
    QVERIFY(window.selectScenario(QStringLiteral("one-slow-client")));
    QCOMPARE(window.currentModel(), QStringLiteral("sequential"));
    QVERIFY(window.selectScenario(QStringLiteral("three-clients")));
    QCOMPARE(window.currentModel(), QStringLiteral("threaded"));

    window.showTrace(m_traces.value(QStringLiteral("one-slow-client")));
    QCOMPARE(window.currentScenario(), QStringLiteral("one-slow-client"));
    QCOMPARE(window.currentModel(), QStringLiteral("sequential"));
    Trace fromElsewhere = m_traces.value(QStringLiteral("three-clients"));
    fromElsewhere.scenario = QStringLiteral("no-such-scenario");
    window.showTrace(std::move(fromElsewhere));
    QVERIFY(window.currentScenario().isEmpty());
    QCOMPARE(window.currentModel(), QStringLiteral("threaded"));
}

int main(int argc, char **argv)
{
    // Two screens side by side, before the application exists.
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
    TestScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenfit.moc"
