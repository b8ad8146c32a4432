// ctest-label: ui
#include "mainwindow.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

using namespace sockscope;

namespace {
const TimelineView::PaintStats &paintOnce(TimelineView &view)
{
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    view.paintTimeline(p, QRect(QPoint(0, 0), view.viewport()->size()));
    return view.lastPaintStats();
}

// The default view tells the story: real time, and every bar that is more than a sliver
// carries its call whole, inside or beside it. (Never cut: a label is drawn whole or not at
// all; a sliver's label is shown at the cursor and on hover.)
void checkLabels(const TimelineView &view, const TimelineView::PaintStats &stats,
                 const QString &what)
{
    const double plotWidth = view.viewport()->width() - view.scale().plotLeft;
    qInfo("%s: timeline %dx%d, labels inside %d, beside %d, hidden %d (widest %.1f px)",
          qPrintable(what), view.viewport()->width(), view.viewport()->height(), stats.labelsInside,
          stats.labelsBeside, stats.labelsHidden, stats.widestHiddenBarPx);
    QVERIFY(!view.compressIdleGaps());
    QVERIFY(stats.labelsInside >= 2); // one-slow-client: the server's recv and client 2's
    QVERIFY2(stats.widestHiddenBarPx < 0.05 * plotWidth,
             qPrintable(QStringLiteral("%1: a %2 px bar without its label")
                            .arg(what)
                            .arg(stats.widestHiddenBarPx)));
}
} // namespace

// The bundled lessons, run for real in the main window; then the same trace in a timeline of
// the size the presentation layout gives it on a small and a large screen.
class TestTimelineLessons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultViewLabelsEveryBar_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("model");
        QTest::newRow("three-clients threaded")
            << QStringLiteral("three-clients") << QStringLiteral("threaded");
        QTest::newRow("one-slow-client sequential")
            << QStringLiteral("one-slow-client") << QStringLiteral("sequential");
    }

    void defaultViewLabelsEveryBar()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, model);
        MainWindow::Options options;
        options.restoreSettings = false;
        MainWindow window(options);
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectScenario(scenario));
        QVERIFY(window.selectModel(model));
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        QCoreApplication::processEvents();
        checkLabels(*window.timeline(), paintOnce(*window.timeline()),
                    scenario + QStringLiteral(" in the window"));

        // The timeline at 70% of a 1024x768 screen and of a 1920x1080 screen, normal and
        // with presentation mode's larger type.
        for (const QSize size : {QSize(1024, 537), QSize(1920, 756)}) {
            for (double scale : {1.0, 1.25}) {
                TraceDocument document;
                TimelineView view(&document);
                view.setScaleFactor(scale);
                view.resize(size);
                view.show();
                QVERIFY(QTest::qWaitForWindowExposed(&view));
                document.setLive(true, 0);
                document.setTrace(window.document()->trace());
                document.setLive(false, document.trace().endNs());
                document.setCursor(document.trace().size() - 1);
                checkLabels(view, paintOnce(view),
                            QStringLiteral("%1 at %2x%3, scale %4")
                                .arg(scenario)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(scale));
            }
        }
    }
};

QTEST_MAIN(TestTimelineLessons)
#include "tst_timelinelessons.moc"
