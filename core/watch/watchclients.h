#pragma once

#include "clients/clientenvironment.h"
#include "clients/peerdirectory.h"
#include "clients/releasegate.h"
#include "run/runconfig.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace sockscope {

class ClientFleet;

// A scenario's scripted clients sent at a watched program (sockscope-cli watch --scenario
// NAME --port P): the same clients the built-in models get, started once the program
// listens on P, so lesson 1's clients can be run against a student's own server.
class WatchClients
{
public:
    static std::unique_ptr<WatchClients> fromScenario(const QString &nameOrPath, quint16 port,
                                                      QString *error);
    ~WatchClients();

    // Lanes and events go to `recorder`, which must outlive this.
    void attach(Recorder &recorder);
    PeerDirectory *peers() { return m_peers.get(); }
    // Starts the clients (the first time only); called when the program listens on the port.
    void startOnce();
    bool started() const { return m_fleet != nullptr; }
    bool allDone() const;
    // True once the clients are done: the scenario's run would end now.
    bool stopsProgram() const { return m_config.endWhenClientsDone; }
    void stop();
    QStringList problems() const;

private:
    WatchClients() = default;
    RunConfig m_config;
    Recorder *m_recorder = nullptr;
    std::unique_ptr<PeerDirectory> m_peers;
    ReleaseGate m_gate;
    StopSignal m_stop;
    std::unique_ptr<ClientEnvironment> m_environment;
    std::unique_ptr<ClientFleet> m_fleet;
    QString m_startProblem;
};

} // namespace sockscope
