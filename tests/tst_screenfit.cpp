// ctest-label: ui
// The main window on a 1024x768 and a 1920x1080 screen, normal and presenting: inside the
// screen, the timeline's share, the smallest text, the transport on screen; and a live
// c10k run that must not widen the window. The screens are the offscreen platform's own,
// described in a configuration file written before the application starts.

#include "lessonpanels.h"
#include "mainwindow.h"
#include "narrationdock.h"
#include "presentationmode.h"
#include "screentestkit.h"
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
#include <QPainter>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>

#include <sys/resource.h>

#include <memory>

using namespace sockscope;
using namespace sockscope::screentestkit;

namespace {

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
    void c10kLiveKeepsTheWindowWidth();
    void scenarioChoiceFollowsTheTrace();

private:
    QHash<QString, Trace> m_traces;
};

void TestScreenFit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(twoScreens(),
             "the offscreen platform did not take the screens of the configuration file");
    QString failed;
    m_traces = runAll({{QStringLiteral("one-slow-client"), QStringLiteral("sequential")},
                       {QStringLiteral("three-clients"), QStringLiteral("threaded")}},
                      &failed);
    QVERIFY2(failed.isEmpty(), qPrintable(failed));
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

    const auto owned = windowOn(screen, presenting);
    MainWindow &window = *owned;
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
    return runOnTwoScreens<TestScreenFit>(argc, argv);
}

#include "tst_screenfit.moc"
