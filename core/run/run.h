#pragma once

#include "runconfig.h"
#include "trace/recorder.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace sockscope {

class RunPrivate;

// One run: a real server under one model on 127.0.0.1 (unless the config says otherwise),
// plus the config's scripted clients. Everything it does is recorded into recorder();
// the consumer (GUI timer, command line) drains it into a Trace. Not a QObject: no signal
// per event. Thread-safe: start/stop/release may be called from the GUI thread while the
// server and clients run on their own threads.
class Run
{
public:
    explicit Run(RunConfig config);
    ~Run(); // stops, if still running
    Run(const Run &) = delete;
    Run &operator=(const Run &) = delete;

    const RunConfig &config() const;
    Recorder &recorder();

    // Starts the server (socket, bind, listen happen before this returns) and then the
    // clients. On failure (bind's EADDRINUSE, a bad address, ...) returns false with a clear
    // message; the failed call is recorded and nothing is left running.
    bool start(QString *error);
    quint16 port() const;    // the port actually bound (after start)
    QString address() const; // "127.0.0.1:PORT"

    // True once every scripted client has finished and the server was stopped, or after
    // stop(). A run with no scripted clients (serve) finishes only by stop(); neither does a
    // run with RunConfig::endWhenClientsDone off while its server still serves.
    bool isFinished() const;
    // Every scripted client has finished and the server had no connection left: the moment
    // the run would end by itself (with endWhenClientsDone off it goes on, see RunConfig).
    bool clientsDone() const;
    // The server's main loop is still running (it has not been stopped or left by itself).
    bool isServerServing() const;
    // The server watches a console pipe (select-stdin): typeConsoleLine() reaches it.
    bool watchesConsole() const;
    bool waitFinished(int timeoutMs);
    // Stops at any moment — server blocked in accept/recv/select, clients mid-flight, children
    // alive or zombie — within 1 s, leaving no thread, child, zombie or descriptor behind.
    void stop();
    QString failure() const; // empty unless something went wrong mid-run
    // What went wrong for single clients ("client 3: connect: Connection refused"), one line
    // each, once they are done. Not a failure of the run: a refused connect can be the lesson.
    QStringList clientProblems() const;

    // Stepping the clients by hand (RunConfig::stepByHand, or WaitRelease steps).
    std::vector<std::uint32_t> clientsWaiting() const;   // actor ids holding at a step
    void release(std::uint32_t clientActor);             // let that client take one step
    void releaseNext();                                  // the client that has waited longest
    QString nextStepOf(std::uint32_t clientActor) const; // "send \"hello\"", for the button

    // A line typed at the server's console (select-stdin): written with write() into the
    // console pipe the readiness loop watches beside its sockets. False when it was not
    // written (no console, the loop has ended, the run was stopped).
    bool typeConsoleLine(const QByteArray &line);

private:
    std::unique_ptr<RunPrivate> d;
};

} // namespace sockscope
