#include "cli_signals.h"

#include "cli/immediatestop.h"
#include "lab/syscalls.h"

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <sys/signalfd.h>
#include <unistd.h>

namespace sockscope::cli {

namespace {

int g_signalPipe[2] = {-1, -1};
// SIGINT and SIGTERM while the main thread blocks them (drive()), made at the first wait.
int g_signalFd = -1;
int g_stopSignal = 0; // the signal that stopped a command, read in the main thread
volatile sig_atomic_t g_secondSignalEndsAtOnce = 0;
bool g_stopSignalsInstalled = false;

extern "C" void onStopSignal(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
    if (g_secondSignalEndsAtOnce)
        stopAtOnceOnNextSignal(); // sigaction() only: async-signal-safe
    errno = saved;
}

bool installStopSignals()
{
    if (Syscalls::makePipe(g_signalPipe, true) != 0)
        return false;
    struct sigaction action
    {
    };
    action.sa_handler = onStopSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 &&
           ::sigaction(SIGTERM, &action, nullptr) == 0;
}

// Before any other work, even the initialisers of Qt and of this program: the executable's
// preinit_array runs before every shared library's. A Ctrl+C that comes while the program
// starts must stop it the same way as one that comes later (the trace written, exit 130),
// not kill it with nothing written. Only the dynamic loader's mapping of the libraries comes
// before this (tens of milliseconds for Qt): sockscope-cli (app/cli_launcher.cpp) blocks
// SIGINT and SIGTERM before it executes this program, so a signal from then waits, pending,
// until the handlers exist and it is unblocked here.
void installStopSignalsFirst(int, char **, char **)
{
    g_stopSignalsInstalled = installStopSignals();
    sigset_t stops;
    sigemptyset(&stops);
    sigaddset(&stops, SIGINT);
    sigaddset(&stops, SIGTERM);
    if (g_stopSignalsInstalled)
        ::sigprocmask(SIG_UNBLOCK, &stops, nullptr);
}

} // namespace

// Writable like the C runtime's own entries of the section. This file is linked into the
// executable itself (not a library), so the entry is in the executable's preinit_array.
__attribute__((section(".preinit_array"),
               used)) void (*g_installStopSignalsFirst)(int, char **,
                                                        char **) = installStopSignalsFirst;

bool stopSignalsInstalled()
{
    return g_stopSignalsInstalled;
}

int stopSignalFd()
{
    return g_signalPipe[0];
}

void restoreDefaultSignals()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    char byte;
    if (::read(g_signalPipe[0], &byte, 1) == 1)
        ::raise(static_cast<unsigned char>(byte));
}

void endAtOnceOnSecondSignal()
{
    g_secondSignalEndsAtOnce = 1;
}

int blockedStopSignalFd()
{
    if (g_signalFd < 0) {
        sigset_t stops;
        sigemptyset(&stops);
        sigaddset(&stops, SIGINT);
        sigaddset(&stops, SIGTERM);
        g_signalFd = ::signalfd(-1, &stops, SFD_NONBLOCK | SFD_CLOEXEC);
    }
    return g_signalFd;
}

int takeStopSignal()
{
    // The pipe has what a handler took (a signal that came before the wait, or while the main
    // thread had them open); the signalfd what came while every thread blocked them.
    bool came = false;
    char byte;
    while (::read(g_signalPipe[0], &byte, 1) > 0) {
        came = true;
        if (g_stopSignal == 0)
            g_stopSignal = static_cast<unsigned char>(byte);
    }
    signalfd_siginfo info{};
    while (g_signalFd >= 0 && ::read(g_signalFd, &info, sizeof info) == ssize_t(sizeof info)) {
        came = true;
        if (g_stopSignal == 0)
            g_stopSignal = int(info.ssi_signo);
    }
    return came ? g_stopSignal : 0;
}

bool waitForStopSignal(int waitMs)
{
    const int signals = blockedStopSignalFd();
    pollfd ready[2] = {{g_signalPipe[0], POLLIN, 0}, {signals, POLLIN, 0}};
    if (::poll(ready, signals >= 0 ? 2 : 1, waitMs) <= 0 || takeStopSignal() == 0)
        return false;
    stopAtOnceOnNextSignal(); // a second one does not wait for the trace
    return true;
}

int stopSignal()
{
    return g_stopSignal;
}

} // namespace sockscope::cli
