// ctest-label: ui
#include "mainwindow.h"
#include "timelineview.h"
#include "tracedocument.h"

#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTest>

using namespace sockscope;

// The bundled lessons, run for real in the main window at a small and a large screen: the
// view they end on shows every bar's call whole (inside the bar or beside it), none cut to
// "re…" and none left for the cursor to show.
class TestTimelineLessons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void defaultViewLabelsEveryBar_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QSize>("size");
        for (const QSize size : {QSize(1024, 768), QSize(1920, 1080)}) {
            const QString suffix = QStringLiteral(" %1x%2").arg(size.width()).arg(size.height());
            QTest::newRow(qPrintable(QStringLiteral("three-clients threaded") + suffix))
                << QStringLiteral("three-clients") << QStringLiteral("threaded") << size;
            QTest::newRow(qPrintable(QStringLiteral("one-slow-client sequential") + suffix))
                << QStringLiteral("one-slow-client") << QStringLiteral("sequential") << size;
        }
    }

    void defaultViewLabelsEveryBar()
    {
        QFETCH(QString, scenario);
        QFETCH(QString, model);
        QFETCH(QSize, size);
        MainWindow::Options options;
        options.restoreSettings = false;
        MainWindow window(options);
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.selectScenario(scenario));
        QVERIFY(window.selectModel(model));
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        QCoreApplication::processEvents();

        TimelineView *view = window.timeline();
        QVERIFY(!view->compressIdleGaps());
        QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&image);
        view->paintTimeline(p, QRect(QPoint(0, 0), view->viewport()->size()));
        const TimelineView::PaintStats &stats = view->lastPaintStats();
        qInfo("%s %s %dx%d: timeline %dx%d, labels inside %d, beside %d, hidden %d",
              qPrintable(scenario), qPrintable(model), size.width(), size.height(),
              view->viewport()->width(), view->viewport()->height(), stats.labelsInside,
              stats.labelsBeside, stats.labelsHidden);
        QVERIFY(stats.labelsInside + stats.labelsBeside > 0);
        QCOMPARE(stats.labelsHidden, 0);
    }
};

QTEST_MAIN(TestTimelineLessons)
#include "tst_timelinelessons.moc"
