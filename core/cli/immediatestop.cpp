#include "immediatestop.h"

#include "trace/outputfile.h"

#include <csignal>

namespace sockscope {

namespace {
extern "C" void onSignalWhileStopping(int signal)
{
    OutputFile::removeUnfinishedOnSignal();
    // SA_RESETHAND gave the signal its default action back; SA_NODEFER lets it through now.
    ::raise(signal);
}
} // namespace

void stopAtOnceOnNextSignal()
{
    struct sigaction action
    {
    };
    action.sa_handler = onSignalWhileStopping;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

} // namespace sockscope
