#pragma once

#include <csignal>
#include <pthread.h>

namespace sockscope {

// Threads started while one of these lives keep SIGINT and SIGTERM blocked (a thread inherits
// its creator's mask), so that a stop signal sent to the process is taken by a thread that
// leaves them open: the command line's main thread, whose handler turns it into a byte on the
// pipe its loop polls. Any thread's handler would do as well, but a sanitizer (TSan) runs a
// handler only when the thread that took the signal next enters or leaves a call it watches,
// and a server thread blocked in accept() may never: under TSan the stop then never came
// (about one `serve` in 25 under load).
//
// The command line's main loops block them too (StopSignalsToTheLoop, app/cli_signals.h): the
// signal then stays pending in the kernel and is read from a signalfd, no handler involved.
// TSan defers even the main thread's handler at times (one forking `serve` in 30-90 under
// load never saw its SIGINT). `how` SIG_UNBLOCK opens them again for a while.
class StopSignalGuard
{
public:
    explicit StopSignalGuard(int how = SIG_BLOCK)
    {
        sigset_t stops;
        sigemptyset(&stops);
        sigaddset(&stops, SIGINT);
        sigaddset(&stops, SIGTERM);
        pthread_sigmask(how, &stops, &m_old);
    }
    ~StopSignalGuard() { pthread_sigmask(SIG_SETMASK, &m_old, nullptr); }
    StopSignalGuard(const StopSignalGuard &) = delete;
    StopSignalGuard &operator=(const StopSignalGuard &) = delete;

private:
    sigset_t m_old;
};

} // namespace sockscope
