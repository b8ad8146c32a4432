// ctest-label: ui
// The texts of the main window on a 1024x768 and a 1920x1080 screen, stepping through real
// runs: the sentence of the event at the cursor is readable (the caption shows it whole, the
// dock scrolls), the socket lane a sample is about stays in view, and no text of the timeline
// runs into another (a select()'s cells, the labels of calls that did not block, fold counts,
// a queue's level and its drops).

#include "lessonpanels.h"
#include "narrationdock.h"
#include "screentestkit.h"
#include "socketviewswitch.h"
#include "timelineview.h"
#include "trace/kernelsample.h"
#include "tracedocument.h"

#include <QApplication>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

using namespace sockscope;
using namespace sockscope::screentestkit;

class TestScreenTexts : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void theCursorsSentenceAndSocketStayInView_data();
    void theCursorsSentenceAndSocketStayInView();
    void noTextRunsIntoAnother_data();
    void noTextRunsIntoAnother();
    void queueWordsKeepClearOfDrops_data();
    void queueWordsKeepClearOfDrops();

private:
    QHash<QString, Trace> m_traces;
};

void TestScreenTexts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(twoScreens(),
             "the offscreen platform did not take the screens of the configuration file");
    QString failed;
    m_traces = runAll({{QStringLiteral("accept-queue"), QStringLiteral("sequential")},
                       {QStringLiteral("select-readiness"), QStringLiteral("select")}},
                      &failed);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
}

void TestScreenTexts::queueWordsKeepClearOfDrops_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("normal") << 1.0;
    QTest::newRow("presenting") << 1.6;
}

// A listener whose queue went from full to half full in the sample that counted new drops:
// the level's words ("1 of 2") begin where the drops' words ("+3 dropped") do, in the same
// band: the drops' row at its top, the level's words at its bottom, apart at either scale.
void TestScreenTexts::queueWordsKeepClearOfDrops()
{
    QFETCH(double, scale);
    Trace trace;
    const auto main =
        trace.addActor({0, ActorKind::Thread, QStringLiteral("main"), 7, 7, 0, false});
    const auto kernel =
        trace.addActor({0, ActorKind::Kernel, QStringLiteral("kernel"), 7, 0, 0, false});
    const Endpoint server{0x7f000001u, 5000};
    constexpr std::int64_t kMs = 1000000;
    auto call = [&](std::int64_t ns, EventKind kind, int bytes = -1) {
        Event e;
        e.tNs = ns;
        e.actor = main;
        e.kind = kind;
        e.fd = 3;
        e.bytes = bytes;
        if (kind == EventKind::Bind)
            e.setPeer(server);
        trace.append(e);
    };
    auto sample = [&](std::int64_t ns, EventKind kind, int queued, int drops) {
        Event e;
        e.tNs = ns;
        e.actor = kernel;
        e.kind = kind;
        e.fd = 3;
        e.childPid = 7;
        e.call = kind == EventKind::TcpState ? std::uint8_t(TcpState::Listen) : 0;
        e.flags = kFlagSampled | kFlagHolderSeen;
        KernelFigures f;
        f.local = server;
        if (kind == EventKind::Queues) {
            f.acceptQueue = queued;
            f.backlog = 1;
            f.listenDrops = drops;
        }
        trace.append(e, payload::encodeKernelFigures(f));
    };
    call(0, EventKind::Socket);
    call(1 * kMs, EventKind::Bind);
    call(2 * kMs, EventKind::Listen, 1);
    sample(3 * kMs, EventKind::TcpState, 0, 0);
    sample(4 * kMs, EventKind::Queues, 2, 0);
    sample(300 * kMs, EventKind::Queues, 1, 3);
    sample(900 * kMs, EventKind::Queues, 0, 3);
    call(1000 * kMs, EventKind::Close);
    sample(1001 * kMs, EventKind::TcpState, 0, 0);

    TraceDocument document;
    TimelineView view(&document);
    view.resize(1000, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setScaleFactor(scale);
    document.setTrace(trace);
    view.setSocketView(SocketView::Kernel);
    QVERIFY(!view.data().socketLanes().empty());
    view.zoomToFit();
    TextSizeDevice device(view.viewport()->size());
    {
        QPainter painter(&device);
        view.paintTimeline(painter, view.viewport()->rect());
    }
    const int axis = TimelineMetrics::forScale(view.scaleFactor()).axisHeight;
    QList<QPair<QRectF, QString>> boxes;
    for (const auto &box : device.engine.boxes) {
        if (box.first.center().y() > axis)
            boxes.append(box);
    }
    bool drops = false;
    for (const auto &box : boxes)
        drops = drops || box.second.contains(QLatin1String("dropped"));
    QVERIFY(drops);
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        for (qsizetype j = i + 1; j < boxes.size(); ++j) {
            QVERIFY2(!boxes[i]
                          .first.adjusted(1, 2, -1, -2)
                          .intersects(boxes[j].first.adjusted(1, 2, -1, -2)),
                     qPrintable(QStringLiteral("\"%1\" runs into \"%2\"")
                                    .arg(boxes[i].second, boxes[j].second)));
        }
    }
}

void TestScreenTexts::noTextRunsIntoAnother_data()
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
void TestScreenTexts::noTextRunsIntoAnother()
{
    QFETCH(QSize, screenSize);
    QFETCH(bool, presenting);
    QFETCH(QString, scenario);
    QScreen *screen = screenOfSize(screenSize);
    QVERIFY(screen);
    const auto owned = windowOn(screen, presenting);
    MainWindow &window = *owned;
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

void TestScreenTexts::theCursorsSentenceAndSocketStayInView_data()
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
void TestScreenTexts::theCursorsSentenceAndSocketStayInView()
{
    QFETCH(QSize, screenSize);
    QFETCH(bool, presenting);
    QScreen *screen = screenOfSize(screenSize);
    QVERIFY(screen);
    const auto owned = windowOn(screen, presenting);
    MainWindow &window = *owned;
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

int main(int argc, char **argv)
{
    return runOnTwoScreens<TestScreenTexts>(argc, argv);
}

#include "tst_screentexts.moc"
