#pragma once

#include "lab/kernelsampler.h"
#include "watchrings.h"
#include "watchtranslator.h"

#include <QString>
#include <QStringList>

#include <map>
#include <memory>
#include <sys/types.h>

namespace sockscope {

class Recorder;

struct WatchOptions
{
    QStringList program;      // the argument vector: program, then its arguments (never a shell)
    QString workingDirectory; // empty: the watcher's
    QString preloadLibrary;   // path of libsockscope_preload.so
    QString pythonPath;      // a directory with sitecustomize.py (Python source lines); empty: none
    bool followExec = false; // programs the watched program execs are watched too
    // The program's standard input, output and error: -1 for the watcher's own (they pass
    // through unchanged), else a descriptor it gets as that one (the GUI's pipe and terminal).
    int stdinFd = -1;
    int stdoutFd = -1;
    int stderrFd = -1;
    QStringList extraEnvironment; // "NAME=VALUE" entries added to the program's environment
};

// Runs one program under the preload library and turns what it reports into events in a
// Recorder (through WatchTranslator). The program's standard input, output and error are the
// watcher's: they pass through unchanged. Its forked children are watched from outside with a
// pidfd each, so a child that has exited but is not reaped is seen as a zombie (process_exit)
// exactly as for the built-in forking model. Nothing here runs a shell.
class Watcher
{
public:
    explicit Watcher(Recorder &recorder);
    ~Watcher(); // stops what is still running
    Watcher(const Watcher &) = delete;
    Watcher &operator=(const Watcher &) = delete;

    bool start(const WatchOptions &options, QString *error);

    // One turn: waits at most `timeoutMs` for records, exits, or `wakeFd` (readable: returns
    // early, nothing read from it). Returns false once the program has exited.
    bool poll(int timeoutMs, int wakeFd = -1);
    // Stops the program and every child it forked (SIGTERM, then SIGKILL after a grace time),
    // reads what they reported until then, and collects the program. Safe to call twice.
    void stop();

    pid_t pid() const { return m_pid; }
    bool hasExited() const { return m_exited; }
    // Exit code, or minus the signal that ended it; valid once hasExited().
    int exitStatus() const { return m_exitStatus; }
    WatchTranslator &translator() { return *m_translator; }
    const WatchTranslator &translator() const { return *m_translator; }

    // The exit status of a process that has exited but is not reaped (a zombie), read from
    // /proc/PID/stat; nullopt when it cannot be read.
    static std::optional<int> zombieStatus(pid_t pid);

    // The kernel's side of the program's sockets: a KernelSampler per port it listens on (at
    // most kMaxSampledPorts), started when the listen() is reported, stopped with the program.
    static constexpr int kMaxSampledPorts = 8;
    std::size_t sampledPorts() const { return m_samplers.size(); }

private:
    void readRecords();
    void watchChild(int pid);
    void checkChildren(bool stopping);
    void collectProgram();

    Recorder &m_recorder;
    std::unique_ptr<WatchTranslator> m_translator;
    pid_t m_pid = -1;
    int m_pidfd = -1;
    int m_records = -1;       // our end of the SOCK_SEQPACKET pair
    WatchRings m_rings;       // the fast way in (the socket takes what does not fit)
    bool m_ringsBusy = false; // the last read found records: read again soon
    bool m_exited = false;
    bool m_stopped = false;
    int m_exitStatus = 0;
    std::map<int, int> m_childPidfds; // pid -> pidfd, children still running
    void sampleKernelSide(int port);
    void stopSampling();
    std::map<int, std::unique_ptr<KernelSampler>> m_samplers; // by port
    bool m_samplingRefused = false; // sock_diag said no once: it is not asked again
};

} // namespace sockscope
