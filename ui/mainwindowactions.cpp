#include "mainwindowactions.h"

#include "traceopener.h"

#include "aboutdialog.h"
#include "comparewindow.h"
#include "exporter.h"
#include "handoutwriter.h"
#include "mainwindow.h"
#include "preferences.h"
#include "preferencesdialog.h"
#include "scenario/scenariolibrary.h"
#include "scenario/userscenarios.h"
#include "scenariopicker.h"
#include "timelineguide.h"
#include "timelineview.h"
#include "trace/chrometrace.h"
#include "trace/filekind.h"
#include "trace/inputfile.h"
#include "trace/tracefile.h"
#include "tracedocument.h"

#include <QAction>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>

namespace sockscope {

namespace {
constexpr int kMaxRecent = 8;
const QString kRecentKey = QStringLiteral("files/recent");

QString localJsonFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() &&
            url.toLocalFile().endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}
} // namespace

void showProblemsDialog(QWidget *parent, const QString &title, const QString &text)
{
    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("ProblemsDialog"));
    dialog.setWindowTitle(title);
    auto *heading = new QLabel(title);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    // Plain text: a file's contents are never interpreted as markup.
    auto *problems = new QPlainTextEdit;
    problems->setObjectName(QStringLiteral("problems"));
    problems->setReadOnly(true);
    problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    problems->setPlainText(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(heading);
    layout->addWidget(problems, 1);
    layout->addWidget(buttons);
    dialog.resize(760, 320);
    dialog.exec();
}

MainWindowActions::MainWindowActions(MainWindow *window) : QObject(window), m_window(window)
{
    m_reporter = [this](const QString &title, const QString &text) {
        showProblemsDialog(m_window, title, text);
    };
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
    connect(m_window->traceOpener(), &TraceOpener::opened, this,
            [this](const QString &path) { traceOpened(path); });
    connect(m_window->traceOpener(), &TraceOpener::failed, this,
            [this](const QString &path, const QString &error) {
                report(tr("This trace cannot be opened"), tr("%1:\n%2").arg(path, error));
            });
}

void MainWindowActions::installMenus(QMenu *file, QMenu *run)
{
    // File: Open scenario and Open recent after "Open trace", Export before Quit.
    QAction *quit = file->actions().isEmpty() ? nullptr : file->actions().constLast();
    QAction *afterOpen = file->actions().size() > 1 ? file->actions().at(1) : quit;
    auto *openScenarioAction = new QAction(tr("Open &scenario…"), file);
    openScenarioAction->setToolTip(
        tr("Load a scenario file; problems are listed by line and column"));
    connect(openScenarioAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(m_window, tr("Open scenario"), {},
                                                          tr("Scenarios (*.json)"));
        if (!path.isEmpty())
            openScenario(path);
    });
    file->insertAction(afterOpen, openScenarioAction);
    m_recentMenu = new QMenu(tr("Open &recent"), file);
    file->insertMenu(afterOpen, m_recentMenu);
    rebuildRecentMenu();
    auto *saveScenarioAction = new QAction(tr("Save scenario &as…"), file);
    saveScenarioAction->setToolTip(
        tr("Save a copy of the current scenario to change in an editor; copies in your "
           "scenario folder are listed under \"My scenarios\""));
    connect(saveScenarioAction, &QAction::triggered, this, [this] {
        const QString current = m_window->currentScenario();
        if (current.isEmpty())
            return;
        QDir().mkpath(userScenarioFolder());
        const QString name = ScenarioLibrary::bundledPath(current).isEmpty()
                                 ? QFileInfo(current).completeBaseName()
                                 : current;
        const QString path =
            QFileDialog::getSaveFileName(m_window, tr("Save scenario as"),
                                         proposedScenarioCopyPath(name), tr("Scenarios (*.json)"));
        if (!path.isEmpty())
            saveScenarioCopy(path);
    });
    file->insertAction(afterOpen, saveScenarioAction);
    auto *folderAction = new QAction(tr("Open &my scenarios folder"), file);
    folderAction->setToolTip(tr("Show the folder whose scenarios are listed under \"My "
                                "scenarios\" in the file manager"));
    connect(folderAction, &QAction::triggered, this, [this] {
        const QString folder = userScenarioFolder();
        if (!QDir().mkpath(folder) || !QDesktopServices::openUrl(QUrl::fromLocalFile(folder)))
            m_window->statusBar()->showMessage(tr("Your scenarios are in %1.").arg(folder), 10000);
    });
    file->insertAction(afterOpen, folderAction);

    auto *exportMenu = new QMenu(tr("&Export"), file);
    auto addExport = [&](const QString &text, const QString &filter, const QString &suffix) {
        exportMenu->addAction(text, this, [this, text, filter, suffix] {
            const QString path = chooseSavePath(text, filter, suffix);
            if (!path.isEmpty())
                exportTimeline(path);
        });
    };
    addExport(tr("Timeline as &PNG…"), tr("PNG image (*.png)"), QStringLiteral("png"));
    addExport(tr("Timeline as &SVG…"), tr("SVG drawing (*.svg)"), QStringLiteral("svg"));
    addExport(tr("Timeline as P&DF…"), tr("PDF document (*.pdf)"), QStringLiteral("pdf"));
    exportMenu->addSeparator();
    exportMenu->addAction(tr("&Chrome trace for Perfetto…"), this, [this] {
        const QString path = chooseSavePath(
            tr("Export Chrome trace"), tr("Chrome Trace JSON (*.json)"), QStringLiteral("json"));
        if (!path.isEmpty())
            exportChromeTrace(path);
    });
    file->insertMenu(quit, exportMenu);
    auto *handout = new QAction(tr("Export &handout (PDF)…"), file);
    handout->setToolTip(tr("A page per chapter of this run: the timeline at that moment, the "
                           "chapter, the narration and the code; the answers last"));
    connect(handout, &QAction::triggered, this, [this] {
        const QString path =
            chooseSavePath(tr("Export handout"), tr("PDF document (*.pdf)"), QStringLiteral("pdf"));
        if (!path.isEmpty())
            exportHandout(path);
    });
    file->insertAction(quit, handout);
    auto *preferences = new QAction(tr("&Preferences…"), file);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, this, &MainWindowActions::showPreferences);
    file->insertSeparator(quit);
    file->insertAction(quit, preferences);
    file->insertSeparator(quit);

    run->addSeparator();
    run->addAction(tr("&Compare models…"), this, [this] {
        CompareWindow *compare = compareWindow();
        compare->setScenario(m_window->currentScenario());
        compare->show();
        compare->raise();
        compare->activateWindow();
    });

    QMenu *help = m_window->menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("How to read the &timeline"), this, [this] {
        auto *guide = new TimelineGuide(m_window);
        guide->setAttribute(Qt::WA_DeleteOnClose);
        guide->show();
    });
    help->addSeparator();
    auto *about =
        help->addAction(tr("&About SockScope"), this, [this] { showAboutDialog(m_window); });
    about->setMenuRole(QAction::AboutRole);
}

CompareWindow *MainWindowActions::compareWindow()
{
    if (!m_compare) {
        m_compare = new CompareWindow(m_window);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
        m_compare->setBindAddress(Preferences::load().bindAddress);
    }
    return m_compare;
}

MainWindowActions::FileKind MainWindowActions::sniff(const QString &path, QString *error)
{
    // A regular file's head says whether it is a trace when its "format" comes first, as
    // SockScope writes it: a large trace is then not read twice. Anything else (a pipe, a
    // device, "format" further on, a file that cannot be opened) is read whole, as before.
    if (QFileInfo(path).isFile()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && isTraceJson(file.read(qint64(1) << 20)))
            return FileKind::Trace;
    }
    QString why;
    const auto bytes = readInputFile(path, kMaxTraceFileBytes, tr("a trace file"), &why, true);
    if (!bytes) {
        if (error)
            *error = tr("%1: %2").arg(path, why);
        return FileKind::Unknown;
    }
    return isTraceJson(*bytes) ? FileKind::Trace : FileKind::Scenario;
}

bool MainWindowActions::openFile(const QString &path)
{
    QString error;
    switch (sniff(path, &error)) {
    case FileKind::Trace:
        return openTrace(path);
    case FileKind::Scenario:
        return openScenario(path);
    case FileKind::Unknown:
        break;
    }
    report(tr("Cannot open %1").arg(QFileInfo(path).fileName()), error);
    return false;
}

bool MainWindowActions::openTrace(const QString &path)
{
    if (m_background) {
        m_window->openTraceFileInBackground(path);
        return true;
    }
    QString error;
    if (!m_window->openTraceFile(path, &error)) {
        report(tr("This trace cannot be opened"), tr("%1:\n%2").arg(path, error));
        return false;
    }
    traceOpened(path);
    return true;
}

void MainWindowActions::traceOpened(const QString &path)
{
    addRecent(path);
    m_window->statusBar()->showMessage(
        tr("Opened %1: nothing runs, step with ← and →.").arg(QFileInfo(path).fileName()), 8000);
}

bool MainWindowActions::saveScenarioCopy(const QString &path)
{
    const QString current = m_window->currentScenario();
    QString error;
    if (current.isEmpty() || !sockscope::saveScenarioCopy(current, path, &error)) {
        report(tr("The scenario was not saved"),
               current.isEmpty() ? tr("No scenario is chosen.") : error);
        return false;
    }
    m_window->scenarioPicker()->rememberScenario(path); // listed, the current one kept
    m_window->statusBar()->showMessage(
        tr("Saved a copy at %1: change it in an editor, then choose it under \"My "
           "scenarios\".")
            .arg(path),
        10000);
    return true;
}

bool MainWindowActions::openScenario(const QString &path)
{
    QStringList problems;
    const auto scenario = loadScenario(path, &problems);
    if (!scenario) {
        // Nothing changes: the window keeps its scenario and no run is half set up.
        report(tr("This scenario has problems"), problems.join(QLatin1Char('\n')));
        return false;
    }
    // Listed under "My scenarios" from now on, and chosen there.
    m_window->scenarioPicker()->rememberScenario(path);
    if (!m_window->selectScenario(path)) {
        report(tr("This scenario has problems"), tr("%1: the file cannot be read.").arg(path));
        return false;
    }
    if (!scenario->defaultModel.isEmpty())
        m_window->selectModel(scenario->defaultModel);
    addRecent(path);
    m_window->statusBar()->showMessage(
        tr("Scenario \"%1\" loaded; press Start to run it.").arg(scenario->title), 8000);
    return true;
}

bool MainWindowActions::saveTrace(const QString &path)
{
    QString error;
    if (!saveTraceFile(m_window->document()->trace(), path, &error)) {
        report(tr("The trace was not saved"), error);
        return false;
    }
    addRecent(path);
    m_window->statusBar()->showMessage(tr("Saved %1.").arg(path), 6000);
    return true;
}

bool MainWindowActions::saveScreenshot(const QString &path)
{
    QString error;
    if (!m_window->saveScreenshot(path, &error)) {
        report(tr("The screenshot was not saved"), error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Saved %1.").arg(path), 6000);
    return true;
}

bool MainWindowActions::exportTimeline(const QString &path)
{
    const Preferences preferences = Preferences::load();
    TimelineExporter::Options options;
    options.scale = preferences.presentationScale;
    options.compressIdleGaps = m_window->timeline()->compressIdleGaps();
    QString error;
    if (!TimelineExporter::exportTimeline(*m_window->document(), path,
                                          TimelineExporter::formatFor(path), options, &error)) {
        report(tr("The timeline was not exported"), error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported %1.").arg(path), 6000);
    return true;
}

bool MainWindowActions::exportHandout(const QString &path)
{
    const Trace &trace = m_window->document()->trace();
    // The scenario the run came from: the window's scenario file when it is that one.
    QString scenario = trace.scenario;
    const QString current = m_window->currentScenario();
    if (QFileInfo(current).isFile()) {
        QStringList ignored;
        const auto loaded = loadScenario(current, &ignored);
        if (loaded && loaded->name == trace.scenario)
            scenario = current;
    }
    if (trace.isEmpty() || scenario.isEmpty()) {
        report(tr("The handout was not exported"),
               tr("A handout shows the chapters of a run: run a scenario first."));
        return false;
    }
    QString error;
    if (!sockscope::exportHandout(trace, scenario, path, &error)) {
        report(tr("The handout was not exported"), error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported %1.").arg(path), 6000);
    return true;
}

bool MainWindowActions::exportChromeTrace(const QString &path)
{
    QString error;
    if (!saveChromeTrace(m_window->document()->trace(), path, &error)) {
        report(tr("The Chrome trace was not exported"), error);
        return false;
    }
    m_window->statusBar()->showMessage(tr("Exported %1; open it at ui.perfetto.dev.").arg(path),
                                       8000);
    return true;
}

QString MainWindowActions::chooseSavePath(const QString &title, const QString &filter,
                                          const QString &suffix)
{
    QString path = QFileDialog::getSaveFileName(m_window, title, {}, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    return path;
}

void MainWindowActions::report(const QString &title, const QString &text)
{
    m_lastProblem = text;
    m_window->statusBar()->showMessage(title, 10000);
    if (m_reporter)
        m_reporter(title, text);
}

QStringList MainWindowActions::recentFiles() const
{
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindowActions::addRecent(const QString &path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
    rebuildRecentMenu();
}

void MainWindowActions::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files[i];
        auto *action =
            m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                                    [this, path] { openFile(path); });
        action->setToolTip(path);
        action->setStatusTip(path);
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear the list"), this, [this] {
            QSettings().remove(kRecentKey);
            rebuildRecentMenu();
        });
    }
}

void MainWindowActions::showPreferences()
{
    PreferencesDialog dialog(Preferences::load(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.preferences().save();
    applyPreferences();
}

void MainWindowActions::applyPreferences(Startup startup)
{
    const Preferences preferences = Preferences::load();
    applyTheme(preferences.theme);
    if (!preferences.defaultModel.isEmpty() &&
        (startup == Startup::No || !QSettings().contains(QStringLiteral("run/model"))))
        m_window->selectModel(preferences.defaultModel);
    m_window->setReplaySpeed(preferences.replaySpeed);
    m_window->setPresentationScale(preferences.presentationScale);
    if (m_compare)
        m_compare->setBindAddress(preferences.bindAddress);
}

bool MainWindowActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::DragEnter) {
            auto *drag = static_cast<QDragEnterEvent *>(event);
            if (!localJsonFile(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto *drop = static_cast<QDropEvent *>(event);
            const QString path = localJsonFile(drop->mimeData());
            if (!path.isEmpty()) {
                drop->acceptProposedAction();
                // After the drop returns: a dialog inside a drop handler stalls the drag source.
                QMetaObject::invokeMethod(
                    this, [this, path] { openFile(path); }, Qt::QueuedConnection);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sockscope
