// ctest-label: ui
// Save and reopen through the main window (every view, nothing running), exports a slide can
// use, preferences that keep servers on loopback unless confirmed, and scenario files that are
// refused with every problem listed.
#include "analysis/lanes.h"
#include "analysis/synthetictrace.h"
#include "eventlogdock.h"
#include "exporter.h"
#include "mainwindow.h"
#include "mainwindowactions.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "timelineguide.h"
#include "timelinepalette.h"
#include "timelineview.h"
#include "trace/tracefile.h"
#include "tracedocument.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QDragEnterEvent>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include "trace/kernelsample.h"

#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QXmlStreamReader>

#include <cerrno>
#include <cstring>
#include <functional>

using namespace sockscope;

namespace {
MainWindow::Options quiet()
{
    MainWindow::Options options;
    options.restoreSettings = false;
    return options;
}

const char kBadScenario[] = R"({
  "name": "bad",
  "title": "A broken scenario",
  "models": ["threaded", "nosuch"],
  "clients": [
    { "name": "c1", "steps": [ "connect", { "do": "sleep", "ms": -5 } ] }
  ]
}
)";

// file:line:col: field: message
const QRegularExpression kProblemLine(QStringLiteral(R"(^.*bad\.json:\d+:\d+: .+)"));
} // namespace

class TestTraceIo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void saveAndReopenARealRun()
    {
        QString path = m_dir.filePath(QStringLiteral("run.json"));
        Trace original;
        {
            MainWindow window(quiet());
            window.resize(1400, 900);
            window.show();
            QVERIFY(window.selectScenario(QStringLiteral("three-clients")));
            QVERIFY(window.selectModel(QStringLiteral("forking")));
            QString error;
            QVERIFY2(window.startRun(&error), qPrintable(error));
            QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
            original = window.document()->trace();
            QVERIFY(window.actions()->saveTrace(path));
            QVERIFY(window.actions()->recentFiles().contains(QFileInfo(path).absoluteFilePath()));
        }
        QCOMPARE(MainWindowActions::sniff(path), MainWindowActions::FileKind::Trace);

        // A new window, no server: every view works from the file.
        MainWindow window(quiet());
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.actions()->openFile(path));
        QVERIFY(!window.isRunning());
        const Trace &reopened = window.document()->trace();
        QCOMPARE(reopened.size(), original.size());
        QCOMPARE(reopened.actors(), original.actors());
        QCOMPARE(reopened.model, QStringLiteral("forking"));
        QCOMPARE(window.currentModel(), QStringLiteral("forking"));
        for (qsizetype i = 0; i < reopened.size(); ++i) {
            QCOMPARE(reopened.at(i).kind, original.at(i).kind);
            QCOMPARE(reopened.at(i).tNs, original.at(i).tNs);
        }
        // Timeline: the same lanes (main + 3 children + 3 clients) and spawn arrows.
        QCOMPARE(window.timeline()->laneLabels().size(), 7);
        QCOMPARE(window.timeline()->data().spawnLinks().size(), std::size_t(3));
        // Event log: one row per event; stepping moves the cursor from the first to the last.
        QCOMPARE(window.eventLog()->findChild<QAbstractItemView *>()->model()->rowCount() > 0,
                 true);
        window.jumpFirst();
        QCOMPARE(window.document()->cursor(), 0);
        window.stepNext();
        QCOMPARE(window.document()->cursor(), 1);
        window.jumpLast();
        QCOMPARE(window.document()->cursor(), lastStepIndex(reopened));
        window.setPlaying(true);
        QVERIFY(window.isPlaying());
        window.setPlaying(false);
    }

    void dropATraceOnTheWindow()
    {
        const QString path = m_dir.filePath(QStringLiteral("dropped.json"));
        QString error;
        QVERIFY(saveTraceFile(synthetic::selectLoop(), path, &error));
        MainWindow window(quiet());
        window.show();
        QVERIFY(window.acceptDrops());
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint at(200, 200);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(window.document()->trace().size(), synthetic::selectLoop().size());
        QVERIFY(!window.isRunning());
    }

    void badTraceIsReported()
    {
        const QString path = m_dir.filePath(QStringLiteral("broken-trace.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"format": "sockscope-trace", "version": 1, "actors": [], "events": [{"t_ns": "x"}]})");
        file.close();
        MainWindow window(quiet());
        window.showTrace(synthetic::threadedThreeClients());
        const qsizetype before = window.document()->trace().size();
        QStringList reports;
        window.actions()->setReporter(
            [&](const QString &title, const QString &text) { reports << title << text; });
        QVERIFY(!window.actions()->openFile(path));
        QCOMPARE(reports.size(), 2);
        QVERIFY2(reports[1].contains(QStringLiteral("events[0]")), qPrintable(reports[1]));
        QCOMPARE(window.document()->trace().size(), before); // nothing replaced
    }

    void badScenarioShowsEveryProblemAndStartsNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kBadScenario);
        file.close();
        QCOMPARE(MainWindowActions::sniff(path), MainWindowActions::FileKind::Scenario);

        MainWindow window(quiet());
        window.show();
        QVERIFY(window.selectScenario(QStringLiteral("three-clients")));
        // The real dialog: read it, then close it.
        QString shown;
        QString title;
        QTimer::singleShot(0, this, [&] {
            QTRY_VERIFY(QApplication::activeModalWidget());
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("ProblemsDialog"));
            title = dialog->windowTitle();
            shown = dialog->findChild<QPlainTextEdit *>(QStringLiteral("problems"))->toPlainText();
            dialog->reject();
        });
        QVERIFY(!window.actions()->openFile(path));
        QVERIFY(!title.isEmpty());
        const QStringList lines = shown.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(shown)); // the unknown model and the negative delay
        for (const QString &line : lines)
            QVERIFY2(kProblemLine.match(line).hasMatch(), qPrintable(line));
        QVERIFY(shown.contains(QStringLiteral("nosuch")));
        QVERIFY(shown.contains(QStringLiteral("clients[0].steps[1]")));
        // Nothing changed and nothing runs.
        QVERIFY(!window.isRunning());
        QCOMPARE(window.currentScenario(), QStringLiteral("three-clients"));
        QVERIFY(window.document()->trace().isEmpty());

        // A good scenario file is selected (and not started).
        const QString good = m_dir.filePath(QStringLiteral("good.json"));
        QVERIFY(QFile::copy(QStringLiteral(":/scenarios/three-clients.json"), good));
        QVERIFY(window.actions()->openFile(good));
        QCOMPARE(window.currentScenario(), good);
        QVERIFY(!window.isRunning());
    }

    void badScenarioOnTheCommandLine()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        const QString shot = m_dir.filePath(QStringLiteral("never.png"));
        QProcess gui;
        gui.start(qEnvironmentVariable("SOCKSCOPE_GUI"),
                  {QStringLiteral("--scenario"), path, QStringLiteral("--screenshot"), shot});
        QVERIFY(gui.waitForFinished(30000));
        QCOMPARE(gui.exitCode(), 2);
        const QString err = QString::fromUtf8(gui.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("bad.json:")), qPrintable(err));
        QVERIFY(err.contains(QStringLiteral("nosuch")));
        QVERIFY(!QFile::exists(shot)); // nothing ran, nothing was pictured
    }

    // Issue 19, item 10: a screenshot path that cannot be written is refused before the run.
    void badScreenshotPathIsRefusedBeforeTheRun()
    {
        QProcess gui;
        gui.start(qEnvironmentVariable("SOCKSCOPE_GUI"),
                  {QStringLiteral("--scenario"), QStringLiteral("three-clients"),
                   QStringLiteral("--screenshot"), QStringLiteral("/nonexistent/dir/shot.png")});
        QVERIFY(gui.waitForFinished(30000));
        QCOMPARE(gui.exitCode(), 2);
        const QString err = QString::fromUtf8(gui.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("/nonexistent/dir/shot.png: cannot write: the folder "
                                             "/nonexistent/dir does not exist; nothing was run")),
                 qPrintable(err));
    }

    void exportsAreValidFiles()
    {
        TraceDocument document;
        document.setTrace(synthetic::forkingWithZombies());
        document.setLive(false, document.trace().endNs());
        TimelineExporter::Options options;
        options.size = QSize(1920, 1080);

        const QString png = m_dir.filePath(QStringLiteral("slide.png"));
        QString error;
        QVERIFY2(TimelineExporter::exportTimeline(document, png, TimelineExporter::formatFor(png),
                                                  options, &error),
                 qPrintable(error));
        QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1920, 1080));
        // Not a blank page: the timeline's colours are in it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY(colours.size() > 8);
        if (const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(QDir(dir).filePath(QStringLiteral("export-slide.png")));

        const QString svg = m_dir.filePath(QStringLiteral("slide.svg"));
        QCOMPARE(TimelineExporter::formatFor(svg), TimelineExporter::Format::Svg);
        QVERIFY(TimelineExporter::exportTimeline(document, svg, TimelineExporter::Format::Svg,
                                                 options, &error));
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QCOMPARE(renderer.viewBox().size(), QSize(1920, 1080));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&svgFile);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));

        const QString pdf = m_dir.filePath(QStringLiteral("slide.pdf"));
        QCOMPARE(TimelineExporter::formatFor(pdf), TimelineExporter::Format::Pdf);
        QVERIFY(TimelineExporter::exportTimeline(document, pdf, TimelineExporter::Format::Pdf,
                                                 options, &error));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QVERIFY(pdfFile.read(5).startsWith("%PDF"));

        // The Chrome trace, from the window's File > Export.
        MainWindow window(quiet());
        window.showTrace(synthetic::selectLoop());
        const QString chrome = m_dir.filePath(QStringLiteral("perfetto.json"));
        QVERIFY(window.actions()->exportChromeTrace(chrome));
        QFile chromeFile(chrome);
        QVERIFY(chromeFile.open(QIODevice::ReadOnly));
        const QJsonDocument json = QJsonDocument::fromJson(chromeFile.readAll());
        QVERIFY(json.object().contains(QStringLiteral("traceEvents")) || json.isArray());
        // And the picture from the window's own menu path.
        const QString fromWindow = m_dir.filePath(QStringLiteral("window.png"));
        QVERIFY(window.actions()->exportTimeline(fromWindow));
        QCOMPARE(QImage(fromWindow).size(), QSize(1920, 1080));
    }

    // Issue 19, item 1: every GUI save and export fails loudly on a short write (/dev/full:
    // ENOSPC on every write) and, to a regular file, leaves the old file as it was.
    void guiSavesFailLoudly()
    {
        MainWindow window(quiet());
        window.showTrace(synthetic::selectLoop());
        QStringList reports;
        window.actions()->setReporter(
            [&](const QString &title, const QString &text) { reports << title << text; });
        const QString full = QStringLiteral("/dev/full");
        const QString enospc = QString::fromLocal8Bit(std::strerror(ENOSPC));
        for (const auto &save : std::initializer_list<std::function<bool()>>{
                 [&] { return window.actions()->saveTrace(full); },
                 [&] { return window.actions()->exportChromeTrace(full); },
                 [&] { return window.actions()->exportTimeline(full); },
                 [&] { return window.actions()->saveScreenshot(full); }}) {
            reports.clear();
            QVERIFY(!save());
            QCOMPARE(reports.size(), 2);
            QVERIFY2(reports[1].contains(full), qPrintable(reports[1]));
        }
        // The exports through the exporter itself, in every format.
        TraceDocument document;
        document.setTrace(synthetic::selectLoop());
        document.setLive(false, document.trace().endNs());
        for (const auto format : {TimelineExporter::Format::Png, TimelineExporter::Format::Svg,
                                  TimelineExporter::Format::Pdf}) {
            QString error;
            QVERIFY(!TimelineExporter::exportTimeline(document, full, format, {}, &error));
            QVERIFY2(error.startsWith(full + QStringLiteral(": cannot write: ")) &&
                         error.contains(enospc),
                     qPrintable(error));
        }
        QCOMPARE(QFileInfo(full).isFile(), false); // still the device
    }

    // Issue 19, item 13: a trace re-saved with sorted keys and indentation (Python's
    // json.dump(sort_keys=True, indent=1); QJsonDocument sorts the same way) opens as a trace.
    void sortedKeysTraceOpensAsATrace()
    {
        const QString path = m_dir.filePath(QStringLiteral("sorted.json"));
        const Trace original = synthetic::threadedThreeClients();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray sorted =
            QJsonDocument::fromJson(traceToJson(original)).toJson(QJsonDocument::Indented);
        QVERIFY(sorted.indexOf("\"format\"") > 4096); // after "actors" and "events"
        file.write(sorted);
        file.close();
        QCOMPARE(MainWindowActions::sniff(path), MainWindowActions::FileKind::Trace);
        MainWindow window(quiet());
        QStringList reports;
        window.actions()->setReporter(
            [&](const QString &title, const QString &text) { reports << title << text; });
        QVERIFY2(window.actions()->openFile(path), qPrintable(reports.join(QLatin1Char('\n'))));
        QCOMPARE(window.document()->trace().size(), original.size());
    }

    void nonLoopbackNeedsConfirmation()
    {
        Preferences preferences;
        QCOMPARE(preferences.bindAddress, QStringLiteral("127.0.0.1"));
        PreferencesDialog dialog(preferences);
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("bindAddress"));
        QVERIFY(address);
        address->setText(QStringLiteral("0.0.0.0"));
        int asked = 0;
        dialog.setConfirmExposure([&](QWidget *, const QString &a) {
            ++asked;
            return a == QStringLiteral("never");
        });
        dialog.open();
        dialog.accept();
        QCOMPARE(asked, 1);
        QVERIFY(dialog.isVisible()); // refused: the dialog stays, nothing is saved
        QCOMPARE(dialog.result(), 0);

        dialog.setConfirmExposure([&](QWidget *, const QString &) {
            ++asked;
            return true;
        });
        dialog.accept();
        QCOMPARE(asked, 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.preferences().bindAddress, QStringLiteral("0.0.0.0"));

        // Loopback needs no question.
        PreferencesDialog loopback(preferences);
        loopback.setConfirmExposure([&](QWidget *, const QString &) {
            ++asked;
            return false;
        });
        loopback.open();
        loopback.accept();
        QCOMPARE(asked, 2);
        QCOMPARE(loopback.result(), int(QDialog::Accepted));
    }

    void runsListenWhereThePreferencesSay()
    {
        Preferences preferences;
        preferences.bindAddress = QStringLiteral("127.0.0.2"); // loopback, but not the default
        preferences.save();
        QCOMPARE(Preferences::load().bindAddress, QStringLiteral("127.0.0.2"));
        MainWindow window(quiet());
        QVERIFY(window.selectScenario(QStringLiteral("three-clients")));
        QVERIFY(window.selectModel(QStringLiteral("sequential")));
        QString error;
        QVERIFY2(window.startRun(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!window.isRunning(), 30000);
        bool bound = false;
        for (const Event &e : window.document()->trace().events()) {
            if (e.kind == EventKind::Bind && e.err == 0) {
                QCOMPARE(e.peer().toString().section(QLatin1Char(':'), 0, 0),
                         QStringLiteral("127.0.0.2"));
                bound = true;
            }
        }
        QVERIFY(bound);
        QSettings().remove(QStringLiteral("preferences"));
        QCOMPARE(Preferences::load().bindAddress, QStringLiteral("127.0.0.1"));
    }

    void helpMenuAndTimelineGuide()
    {
        MainWindow window(quiet());
        QStringList help;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text() == QStringLiteral("&Help")) {
                for (QAction *a : menu->menu()->actions())
                    help << a->text();
            }
        }
        QVERIFY2(help.contains(QStringLiteral("How to read the &timeline")),
                 qPrintable(help.join(u'|')));
        QVERIFY(help.contains(QStringLiteral("&About SockScope")));
        TimelineGuide guide;
        guide.show();
        // One swatch per colour or shape of the timeline, each beside its explanation.
        int swatches = 0;
        for (QLabel *label : guide.findChildren<QLabel *>())
            swatches += label->pixmap().isNull() ? 0 : 1;
        QVERIFY(swatches >= 16);
        // Task lanes (asyncio) are explained: a task is not a thread, its awaits and resumes.
        QStringList texts;
        for (QLabel *label : guide.findChildren<QLabel *>())
            texts << label->text();
        const QString all = texts.join(u'\n');
        for (const char *phrase : {"a task is a coroutine, not a thread", "awaiting read on fd 9",
                                   "A task running", "Resumed: a dotted arrow"})
            QVERIFY2(all.contains(QLatin1String(phrase)), phrase);
        // The legend adds the three task entries only where there are task lanes.
        QCOMPARE(TimelinePalette().legend(true).size(), TimelinePalette().legend().size() + 3);
        if (const QString dir = qEnvironmentVariable("SOCKSCOPE_SCREENSHOT_DIR"); !dir.isEmpty())
            guide.grab().save(QDir(dir).filePath(QStringLiteral("timeline-guide.png")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestTraceIo)
#include "tst_traceio.moc"
