#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QMenu;
class QMenuBar;

namespace sockscope {

class CompareWindow;
class MainWindow;

// The main window's document and application actions, kept out of mainwindow.cpp: open a
// trace or a scenario (menu, recent files, drag and drop, sniffing which one a .json is),
// save, export (PNG/SVG/PDF, Chrome trace), Run > Compare models, Preferences and Help.
class MainWindowActions : public QObject
{
    Q_OBJECT
public:
    explicit MainWindowActions(MainWindow *window);

    // Adds the entries to the window's File, Run and Help menus (Help is created).
    void installMenus(QMenu *file, QMenu *run);

    enum class FileKind
    {
        Trace,
        Scenario,
        Unknown
    };
    // A SockScope trace's top-level "format" is "sockscope-trace", wherever the key is (a
    // trace re-saved with sorted keys has it after "events"); any other .json is taken for a
    // scenario. Unknown, with *error saying why, when the file cannot be read.
    static FileKind sniff(const QString &path, QString *error = nullptr);

    // Opens a trace or a scenario file; a problem is reported (a dialog, or the reporter set
    // below) and nothing changes.
    bool openFile(const QString &path);
    bool openTrace(const QString &path);
    // With background opening on, openTrace() starts reading the file on a worker thread and
    // returns true: the window answers input meanwhile, and a problem is reported when the
    // read ends. Off (the default, and for screenshots): it returns when the trace is shown.
    void setOpensTracesInBackground(bool on) { m_background = on; }
    // Loads and validates the scenario; on success selects it in the window (nothing runs).
    bool openScenario(const QString &path);
    // A copy of the current scenario at `path` (File › Save scenario as…), remembered and
    // listed under "My scenarios"; false with a message when it cannot be written.
    bool saveScenarioCopy(const QString &path);
    bool saveTrace(const QString &path);
    bool exportTimeline(const QString &path);
    bool exportChromeTrace(const QString &path);
    bool exportHandout(const QString &path); // File > Export handout (PDF)
    bool saveScreenshot(const QString &path);

    // Theme, replay speed, presentation scale, listening address; at startup also the
    // default model, unless the last session chose one.
    enum class Startup
    {
        No,
        Yes
    };
    void applyPreferences(Startup startup = Startup::No);

    QStringList recentFiles() const;
    CompareWindow *compareWindow(); // created on first use

    // How problems reach the user: a dialog by default. Tests replace it.
    using Reporter = std::function<void(const QString &title, const QString &text)>;
    void setReporter(Reporter reporter) { m_reporter = std::move(reporter); }
    QString lastProblem() const { return m_lastProblem; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void report(const QString &title, const QString &text);
    void addRecent(const QString &path);
    void traceOpened(const QString &path);
    void rebuildRecentMenu();
    void showPreferences();
    QString chooseSavePath(const QString &title, const QString &filter, const QString &suffix);

    MainWindow *m_window;
    QMenu *m_recentMenu = nullptr;
    QPointer<CompareWindow> m_compare;
    Reporter m_reporter;
    QString m_lastProblem;
    bool m_background = false;
};

// Shows problems (one "file:line:col: field: message" per line) as plain text the user can
// read and copy. Modal.
void showProblemsDialog(QWidget *parent, const QString &title, const QString &text);

} // namespace sockscope
