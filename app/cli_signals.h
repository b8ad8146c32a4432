#pragma once

#include "cli/stopsignalguard.h"

namespace sockscope::cli {

// How sockscope-cli stops on SIGINT and SIGTERM. The handlers are installed before anything
// else runs (the executable's preinit_array); each signal writes its number to a pipe, the only
// thing a handler may safely do. A signal that comes while a scenario loads waits in the pipe
// and stops the run as soon as it starts. While a run or a watched program goes on, every
// thread blocks the two signals and the main loop reads them from a signalfd beside the pipe
// (no handler: TSan's deferred one was seen never to run).

// False when the handlers could not be installed (main() then gives up).
bool stopSignalsInstalled();
// The pipe's read end: readable (one byte, the signal's number) once a stop signal came.
int stopSignalFd();
// For commands that run nothing to stop (convert, list-*): they end on a signal the ordinary
// way, and one that came while the program started is delivered now.
void restoreDefaultSignals();
// run and serve: after the first signal, the next one ends the process at once, even while the
// main thread is held up (a trace streamed into a FIFO nobody reads).
void endAtOnceOnSecondSignal();
// Waits at most `waitMs` for a stop signal; true when one came (it is kept for stopSignal(),
// and a second one no longer waits for the trace). It reads the pipe and, for a signal that
// came while the calling thread blocked SIGINT and SIGTERM (drive()), a signalfd.
bool waitForStopSignal(int waitMs);
// The signalfd that receives SIGINT and SIGTERM while every thread blocks them (made at the
// first call; -1 if it cannot be made, and then only the pipe tells).
int blockedStopSignalFd();
// Without waiting: the stop signal that has come (on the pipe or the signalfd), or 0. The first
// one is kept for stopSignal().
int takeStopSignal();

// For a command's main loop (drive(), watch): while one lives, SIGINT and SIGTERM are blocked
// on this thread as on the run's, so they wait in the kernel for the signalfd that
// waitForStopSignal() and takeStopSignal() read. Without a signalfd it leaves them open, and
// the handler and the pipe stop the command as before.
class StopSignalsToTheLoop
{
public:
    StopSignalsToTheLoop() : m_mask(blockedStopSignalFd() >= 0 ? SIG_BLOCK : SIG_UNBLOCK) {}

private:
    StopSignalGuard m_mask;
};

// The signal that stopped the command, or 0.
int stopSignal();

} // namespace sockscope::cli
