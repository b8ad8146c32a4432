#pragma once

#include "trace/recorder.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace sockscope {

class PeerDirectory;
class Watcher;
class WatchClients;

// What the GUI asks for when it watches a program (File › Watch a program…, sockscope
// --watch -- PROGRAM ARGS).
struct WatchRequest
{
    QStringList program;      // the argument vector: program, then its arguments (never a shell)
    QString workingDirectory; // empty: ours
    QString scenario;         // optional: a scenario whose clients are sent at `port`
    quint16 port = 0;         // with a scenario: the port the program listens on
};

// One watched program for a window: the Watcher on a thread of its own, the program's output
// read from a terminal (so that C's stdio and Python flush per line, as in a terminal) and its
// input written into a pipe, the scenario's clients when asked for, and the source lines.
// Everything recorded goes into recorder(), which the window drains like a Run's. Not a
// QObject: the window polls it. Nothing here runs a shell.
class WatchSession
{
public:
    // Checks the program (core/watch/programcheck) and the scenario; null with one sentence
    // in *error when it cannot be watched.
    static std::unique_ptr<WatchSession> create(const WatchRequest &request, QString *error);
    ~WatchSession(); // stops what still runs
    WatchSession(const WatchSession &) = delete;
    WatchSession &operator=(const WatchSession &) = delete;

    const WatchRequest &request() const { return m_request; }
    Recorder &recorder() { return m_recorder; }

    bool start(QString *error);
    // The program has ended, or the scenario's clients are done (the run is over), or stop()
    // was called; sources() is then complete.
    bool isFinished() const { return m_finished.load(); }
    // Stops the program and everything it forked; returns once they are collected.
    void stop();
    int pid() const { return m_pid; }

    // The source table of the events (Trace::sources), as far as known now.
    std::vector<QString> sources() const;
    // What the program wrote to its standard output and error since the last call, decoded
    // as UTF-8 and escaped for display (escapeText; line ends kept).
    QString takeOutput();
    // Writes `bytes` into the program's standard input. False when they could not all be
    // written (the program has closed it, has ended, or does not read: the pipe is full).
    bool writeInput(const QByteArray &bytes);
    // Closes the program's standard input (end of file, as Ctrl+D in a terminal).
    void closeInput();
    // How it ended, one sentence ("exited with status 0"); empty while running. Problems of
    // the clients and of the source lines follow, one per entry.
    QString outcome() const;
    QStringList problems() const;

private:
    WatchSession() = default;
    void loop();
    void pumpOutput();
    void publishSources();
    void finish();

    WatchRequest m_request;
    QString m_executable; // as found on PATH (for the C call sites' lines)
    QString m_preload;
    QString m_pythonPath;
    Recorder m_recorder;
    std::unique_ptr<Watcher> m_watcher;
    std::unique_ptr<WatchClients> m_clients;
    std::unique_ptr<PeerDirectory> m_ownPeers;
    std::thread m_thread;
    int m_pid = -1;
    int m_wake = -1;     // eventfd: stop()
    int m_terminal = -1; // pty master: the program's output
    int m_input = -1;    // the write end of the program's standard input
    std::atomic<bool> m_stopRequested{false};
    std::atomic<bool> m_finished{false};
    mutable std::mutex m_mutex; // guards what follows
    std::vector<QString> m_sources;
    QByteArray m_output;
    qsizetype m_outputDropped = 0;
    QString m_outcome;
    QStringList m_problems;
};

} // namespace sockscope
